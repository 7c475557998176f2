import type { BallotKind } from '../../../../shared/ballot-kinds.ts'
import { methodFacts, type MethodName } from '../../../../shared/counting-methods.ts'
import { DEFAULT_PASS_MARK, passMarkOptions, type PassMark } from '../../../../shared/pass-mark.ts'
import type { Band } from '../../../../shared/vote-vector.ts'
import { plainSettings, type BallotSpec } from '../../../../shared/votes.ts'

/**
 * The ready-made settings a facilitator picks from in the ballot builder: pass marks, percentage
 * bases and agreement scales used by real assemblies (research/voting.md). Labels come from the
 * UI language at the moment the ballot is made and are then stored with the ballot.
 */

export type ThresholdPreset = 'simple' | 'twoThirds' | 'eighty' | 'custom'

/** Pass marks: "more than half", "at least two-thirds", "at least 80%" (newDemocracy juries). */
export const thresholdPresets: Record<Exclude<ThresholdPreset, 'custom'>, PassMark> = {
  simple: DEFAULT_PASS_MARK,
  twoThirds: { percent: 200 / 3, strict: false },
  eighty: { percent: 80, strict: false },
}

export function thresholdPresetOf(mark: PassMark): ThresholdPreset {
  for (const [name, preset] of Object.entries(thresholdPresets))
    if (Math.abs(preset.percent - mark.percent) < 1e-6 && preset.strict === mark.strict)
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
          ...passMarkOptions(DEFAULT_PASS_MARK),
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
          ...passMarkOptions(DEFAULT_PASS_MARK),
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

export const tieBreaks = ['random', 'previous-round', 'candidate-order', 'chair'] as const
export type TieBreak = (typeof tieBreaks)[number]

export type BuilderTexts = {
  yes: string
  no: string
  proposal: string
  scale: (preset: ScalePreset) => ScaleTexts
  judgment: string[]
}

/** A fresh ballot of a kind with sensible defaults, ready to edit. */
export function defaultSpec(kind: BallotKind, title: string, texts: BuilderTexts): BallotSpec {
  const fresh = (method: MethodName): BallotSpec => ({
    title,
    kind,
    method,
    entry: 'counts',
    candidates: [],
    ...plainSettings(),
    options: { ...methodFacts(method).defaults },
  })
  switch (kind) {
    case 'yes-no': {
      const base = fresh('single_choice_majority')
      return {
        ...base,
        candidates: [texts.yes, texts.no],
        options: { ...base.options, pass_options: [texts.yes] },
      }
    }
    case 'scale':
      return {
        ...fresh('graded_agreement'),
        candidates: [texts.proposal],
        ...scaleSettings('scotland4', texts.scale('scotland4')),
      }
    case 'choice':
      return fresh('plurality')
    case 'approval':
      return fresh('approval')
    case 'score':
      return { ...fresh('score'), entry: 'papers', grades: scoreGrades }
    case 'majority-judgment':
      return { ...fresh('majority_judgment'), grades: texts.judgment }
    case 'ranking':
      return {
        ...fresh('irv'),
        entry: 'papers',
        rules: { unranked: 'not_counted', equal_rank_semantics: 'tie' },
        tieBreak: 'random',
      }
  }
}

/**
 * The options a ranked method starts with, when the method changes: the earlier method's own
 * options are dropped so nothing stale is stored with the ballot; the seed of a drawn tie stays.
 */
export function rankedOptions(method: MethodName, seed: string | undefined): BallotSpec['options'] {
  return { ...methodFacts(method).defaults, ...(seed ? { seed } : {}) }
}
