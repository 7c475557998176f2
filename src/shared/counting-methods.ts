import type { BallotKind } from './ballot-kinds.ts'
import { DEFAULT_PASS_MARK, passMarkOptions } from './pass-mark.ts'

/**
 * Every counting method, once: the ballot kind that offers it, the detail its result shows,
 * whether it elects several people, the strengths and unranked-option rules it accepts, and the
 * options it starts with. The tally core (src/core/tally), the ballot builder and the results
 * screen all read this table; a new method is an entry here and its file in
 * src/core/tally/methods (wired by name in tally-election.ts), and its name and sentence in the
 * translations.
 */

/**
 * Which detail a result needs, which the results screen and the big screen follow; `condorcet`
 * is every Condorcet method (it elects the option that beats each other one-to-one, when there is one).
 */
export type ResultFamily = 'choice' | 'scale' | 'scores' | 'judgment' | 'rounds' | 'condorcet'

/** How a pairwise defeat is measured (options.strength). */
export const strengths = ['winning', 'margin', 'ratio', 'opposition'] as const
export type Strength = (typeof strengths)[number]

/** How a ranked paper's unranked options count (rules.unranked). */
export const unrankedRules = ['tied_last', 'no_preference', 'not_counted', 'no_points'] as const
export type UnrankedRule = (typeof unrankedRules)[number]

/** Option values a method's rules take; each stored under its vote-vector/1 name. */
type Defaults = Readonly<Record<string, string | number | boolean>>

type CountingMethod = {
  /** The ballot kind whose builder offers it; null for methods counted from files only. */
  kind: BallotKind | null
  family: ResultFamily
  /** Elects several people to several seats (and reports the quota it used). */
  multiSeat: boolean
  /** The strengths it reads from options.strength, its default first; none: it reads none. */
  strengths: readonly Strength[]
  /** A ranked method's rules for unranked options, its default first; several: the builder offers them. */
  unranked: readonly UnrankedRule[]
  /** Its percentages may be of every member present, voting or not (options.percentage_base "present"). */
  presentBase: boolean
  /** The options a ballot starts with when this method is picked. */
  defaults: Defaults
}

const ranked = { kind: 'ranking', multiSeat: false, strengths: [], presentBase: false } as const
const runoff = { ...ranked, family: 'rounds', unranked: ['not_counted'] } as const
const condorcet = { ...ranked, family: 'condorcet', unranked: ['tied_last', 'no_preference'] } as const
const positional = { ...ranked, family: 'scores', unranked: ['tied_last', 'no_points'] } as const
const unrankedNone = { multiSeat: false, strengths: [], unranked: [], presentBase: false } as const

export const countingMethods = {
  irv: { ...runoff, defaults: { irv_rule: 'condorcet-php' } },
  stv: { ...runoff, multiSeat: true, defaults: { transfer: 'scotland' } },
  cpo_stv: { ...runoff, multiSeat: true, defaults: { quota: 'hagenbach-bischoff' } },
  schulze: { ...condorcet, strengths: ['winning', 'margin', 'ratio'], defaults: { strength: 'winning' } },
  ranked_pairs: {
    ...condorcet,
    strengths: ['winning', 'margin'],
    defaults: { strength: 'winning', equal_defeats: 'candidate-order' },
  },
  copeland: { ...condorcet, defaults: {} },
  minimax: {
    ...condorcet,
    strengths: ['winning', 'margin', 'opposition'],
    defaults: { strength: 'winning' },
  },
  kemeny_young: { ...condorcet, defaults: {} },
  /** Every Condorcet method side by side: read from vote-vector files, not offered in the builder. */
  condorcet_family: { ...condorcet, kind: null, defaults: {} },
  borda: { ...positional, defaults: { borda_start: 1 } },
  dowdall: { ...positional, defaults: {} },
  plurality: { ...unrankedNone, kind: 'choice', family: 'choice', defaults: { percentage_base: 'valid' } },
  approval: { ...unrankedNone, kind: 'approval', family: 'scores', defaults: {} },
  score: { ...unrankedNone, kind: 'score', family: 'scores', defaults: { aggregate: 'mean' } },
  majority_judgment: {
    ...unrankedNone,
    kind: 'majority-judgment',
    family: 'judgment',
    defaults: { contestation_favoured: true },
  },
  single_choice_majority: {
    ...unrankedNone,
    kind: 'yes-no',
    family: 'choice',
    presentBase: true,
    defaults: { ...passMarkOptions(DEFAULT_PASS_MARK), percentage_base: 'valid' },
  },
  single_choice_distribution: {
    ...unrankedNone,
    kind: 'choice',
    family: 'choice',
    presentBase: true,
    defaults: {},
  },
  graded_agreement: { ...unrankedNone, kind: 'scale', family: 'scale', defaults: {} },
} as const satisfies Record<string, CountingMethod>

export type MethodName = keyof typeof countingMethods

/** The methods' names (vote-vector/1 `method`), in the catalogue's order. */
export const methodNames = Object.keys(countingMethods) as [MethodName, ...MethodName[]]

/** Whether a name (read from a result or a file) is one of the methods. */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(countingMethods, name)
}

export function methodFacts(method: MethodName): CountingMethod {
  return countingMethods[method]
}

/** The methods a ballot kind can be counted by, in the order the builder offers them. */
export function methodsOfKind(kind: BallotKind): MethodName[] {
  return methodNames.filter((m) => methodFacts(m).kind === kind)
}

/** The rule variants the builder offers, the default first. */
export const irvRules = ['condorcet-php', 'eliminate-all-tied'] as const
export const stvTransfers = ['scotland', 'wigm', 'meek', 'warren', 'gregory', 'albany'] as const
export const quotaKinds = ['droop', 'hagenbach-bischoff', 'hare', 'imperiali'] as const
export const scoreAggregates = ['mean', 'sum', 'median', 'star'] as const
