import type { DrawAlgorithm, StoppedEarly } from '../../shared/draws.ts'
import type { Quota as AppQuota } from '../../shared/quotas.ts'

export type { StoppedEarly }

/**
 * A quota as the draw and quota files read it: the app's quota (shared/quotas.ts) with a
 * flexibility that is not set left out rather than null, as draw inputs are recorded and hashed.
 */
export type Quota = Omit<AppQuota, 'minFlex' | 'maxFlex'> & { minFlex?: number; maxFlex?: number }

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

/** LEXIMIN, MAXIMIN or LEGACY: the app's list of draw algorithms (shared/draws.ts). */
export type Algorithm = DrawAlgorithm

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
  /** Replays a stopped run: stops exactly where `StoppedEarly` recorded it stopped. */
  replay?: Pick<StoppedEarly, 'seedRounds' | 'iterations'>
}
