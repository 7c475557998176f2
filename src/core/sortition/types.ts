import type { StoppedEarly } from '../../shared/draws.ts'

export type { StoppedEarly }

/** One row of a quota file: how many panel members may have `value` in `category`. */
export type Quota = {
  category: string
  value: string
  min: number
  max: number
  /** The lowest the minimum may be relaxed to (default 0). */
  minFlex?: number
  /** The highest the maximum may be relaxed to (default: as many people as have the value). */
  maxFlex?: number
}

/** A person in the pool: one value per category, and an optional household key. */
export type Respondent = {
  id: string
  /** category name (as written in the quota file) → value (as written in the quota file). */
  features: Record<string, string>
  /** People who share a household key may not sit on the same panel. */
  household?: string
}

/** Everything a draw needs: the pool, the quotas and the panel size. */
export type DrawInput = {
  quotas: Quota[]
  pool: Respondent[]
  panelSize: number
}

export type Algorithm = 'leximin' | 'maximin' | 'legacy'
export const algorithms: readonly Algorithm[] = ['leximin', 'maximin', 'legacy']

/** A panel is a sorted list of respondent indices into the pool. */
export type Panel = number[]

/** A probability distribution over quota-feasible panels. */
export type Lottery = { panel: Panel; probability: number }[]

export type ProgressStage = 'checking' | 'seeding' | 'optimising' | 'fixing' | 'finishing'

export type Progress = {
  stage: ProgressStage
  /** Distinct panels found so far. */
  panels: number
  /** The lowest selection probability guaranteed so far (once known). */
  minProbability?: number
  /**
   * Certified: no lottery can give the people not yet fixed a lowest chance above this (LEXIMIN's
   * current stage, MAXIMIN's only one). With `minProbability`, the gap still to close.
   */
  upperBound?: number
  /** LEXIMIN's stage: 1 while the lowest chance is raised, then one per group fixed. */
  round?: number
  /** Everyone in the optimisation, for "fixed of people". */
  people?: number
  /** For leximin: how many respondents have their probability fixed. */
  fixed?: number
}

export type ProgressCallback = (progress: Progress) => void

export type SolveOptions = {
  onProgress?: ProgressCallback
  /** Cancels: the draw throws `cancelled` and nothing is kept. */
  signal?: AbortSignal
  /** Stops early: LEXIMIN and MAXIMIN return the best lottery found so far, marked as stopped. */
  stop?: AbortSignal
  /** Replays a stopped run: stop after exactly this many LP solves (what `StoppedEarly` recorded). */
  stopAfter?: number
}
