import type { Band } from '../../../../shared/vote-vector.ts'
import { plainSettings, type BallotKind, type BallotSpec } from '../../../../shared/votes.ts'

/**
 * The ready-made settings a facilitator picks from in the ballot builder: pass marks, percentage
 * bases and agreement scales used by real assemblies (research/voting.md). Labels come from the
 * UI language at the moment the ballot is made and are then stored with the ballot.
 */

export type ThresholdPreset = 'simple' | 'twoThirds' | 'eighty' | 'custom'

/** Pass marks: "more than half", "at least two-thirds", "at least 80%" (newDemocracy juries). */
export const thresholdPresets: Record<
  Exclude<ThresholdPreset, 'custom'>,
  { percent: number; strict: boolean }
> = {
  simple: { percent: 50, strict: true },
  twoThirds: { percent: 200 / 3, strict: false },
  eighty: { percent: 80, strict: false },
}

export function thresholdPresetOf(percent: number | undefined, strict: boolean | undefined): ThresholdPreset {
  for (const [name, preset] of Object.entries(thresholdPresets))
    if (Math.abs(preset.percent - (percent ?? 50)) < 1e-6 && preset.strict === (strict ?? true))
      return name as ThresholdPreset
  return 'custom'
}

/** Which ballots the percentages are taken of (options.percentage_base). */
export const percentageBases = ['valid', 'all', 'present'] as const
export type PercentageBase = (typeof percentageBases)[number]

export const scalePresets = ['scotland4', 'consent5', 'agree7', 'kaner8'] as const
export type ScalePreset = (typeof scalePresets)[number]

export type ScaleTexts = {
  grades: string[]
  /** Labels of the support bands, strongest first. */
  bands: { strong: string; supported: string }
}

/** The settings of a scale preset, given its grade labels (worst first) in the UI language. */
export function scaleSettings(
  preset: ScalePreset,
  texts: ScaleTexts,
): Pick<BallotSpec, 'grades' | 'options'> {
  const grades = texts.grades
  switch (preset) {
    case 'scotland4':
      // Citizens' Assembly of Scotland: agree + strongly agree > 75% strongly supported, > 50% supported.
      return {
        grades,
        options: {
          agree_options: grades.slice(2),
          threshold_percent: 50,
          threshold_strict: true,
          bands: scotlandBands(texts.bands),
        },
      }
    case 'consent5':
      // Geelong jury: at least 80% at "live with it" or better.
      return {
        grades,
        options: { agree_options: grades.slice(2), threshold_percent: 80, threshold_strict: false },
      }
    case 'agree7':
      return {
        grades,
        options: {
          agree_options: grades.slice(4),
          threshold_percent: 50,
          threshold_strict: true,
          bands: scotlandBands(texts.bands),
        },
      }
    case 'kaner8':
      // Kaner's gradients: the proposal passes when everyone is at "abstain" or better.
      return {
        grades,
        options: { agree_options: grades.slice(4), threshold_percent: 100, threshold_strict: false },
      }
  }
}

function scotlandBands(labels: ScaleTexts['bands']): Band[] {
  return [
    { label: labels.strong, min_percent: 75, strict: true },
    { label: labels.supported, min_percent: 50, strict: true },
  ]
}

export const scoreGrades = Array.from({ length: 11 }, (_, i) => String(i))

/** Ranked methods that elect several people. */
export const multiSeatMethods = new Set(['stv', 'cpo_stv'])

/** STV rules offered in the builder (options.transfer); the first is the default. */
export const stvTransfers = ['scotland', 'wigm', 'meek', 'warren', 'gregory', 'albany'] as const
export const quotaKinds = ['droop', 'hagenbach-bischoff', 'hare', 'imperiali'] as const

/** The methods whose count reads options.strength, with the strengths each accepts. */
export const strengthsFor: Partial<Record<string, readonly string[]>> = {
  schulze: ['winning', 'margin', 'ratio'],
  ranked_pairs: ['winning', 'margin'],
  minimax: ['winning', 'margin', 'opposition'],
}

export const irvRules = ['condorcet-php', 'eliminate-all-tied'] as const
export const scoreAggregates = ['mean', 'sum', 'median', 'star'] as const
export const tieBreaks = ['random', 'previous-round', 'candidate-order', 'chair'] as const
export type TieBreak = (typeof tieBreaks)[number]

/** How a ranked ballot's unranked options count (rules.unranked), by method. */
export function defaultUnranked(method: string): 'not_counted' | 'tied_last' {
  return method === 'irv' || method === 'stv' || method === 'cpo_stv' ? 'not_counted' : 'tied_last'
}

export type BuilderTexts = {
  yes: string
  no: string
  proposal: string
  scale: (preset: ScalePreset) => ScaleTexts
  judgment: string[]
}

/** A fresh ballot of a kind with sensible defaults, ready to edit. */
export function defaultSpec(kind: BallotKind, title: string, texts: BuilderTexts): BallotSpec {
  const base: BallotSpec = {
    title,
    kind,
    method: 'plurality',
    entry: 'counts',
    candidates: [],
    ...plainSettings(),
  }
  switch (kind) {
    case 'yes-no':
      return {
        ...base,
        method: 'single_choice_majority',
        candidates: [texts.yes, texts.no],
        options: {
          threshold_percent: 50,
          threshold_strict: true,
          percentage_base: 'valid',
          pass_options: [texts.yes],
        },
      }
    case 'scale':
      return {
        ...base,
        method: 'graded_agreement',
        candidates: [texts.proposal],
        ...scaleSettings('scotland4', texts.scale('scotland4')),
      }
    case 'choice':
      return { ...base, method: 'plurality', options: { percentage_base: 'valid' } }
    case 'approval':
      return { ...base, method: 'approval' }
    case 'score':
      return {
        ...base,
        method: 'score',
        entry: 'papers',
        grades: scoreGrades,
        options: { aggregate: 'mean' },
      }
    case 'majority-judgment':
      return {
        ...base,
        method: 'majority_judgment',
        grades: texts.judgment,
        options: { contestation_favoured: true },
      }
    case 'ranking':
      return {
        ...base,
        method: 'irv',
        entry: 'papers',
        rules: { unranked: 'not_counted', equal_rank_semantics: 'tie' },
        tieBreak: 'random',
      }
  }
}

/**
 * The options a ranked method reads, with its defaults, when the method changes: the earlier
 * method's own options are dropped so nothing stale is stored with the ballot.
 */
export function rankedOptions(method: string, seed: string | undefined): BallotSpec['options'] {
  const withSeed = seed ? { seed } : {}
  switch (method) {
    case 'irv':
      return { irv_rule: 'condorcet-php', ...withSeed }
    case 'stv':
      return { transfer: 'scotland', ...withSeed }
    case 'cpo_stv':
      return { quota: 'hagenbach-bischoff', ...withSeed }
    case 'schulze':
      return { strength: 'winning', ...withSeed }
    case 'ranked_pairs':
      return { strength: 'winning', equal_defeats: 'candidate-order', ...withSeed }
    case 'minimax':
      return { strength: 'winning', ...withSeed }
    case 'borda':
      return { borda_start: 1, ...withSeed }
    default:
      return { ...withSeed }
  }
}
