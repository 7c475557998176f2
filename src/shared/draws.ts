import { z } from 'zod'

export const drawAlgorithms = ['leximin', 'maximin', 'legacy'] as const
export type DrawAlgorithm = (typeof drawAlgorithms)[number]

export const drawRequestSchema = z.object({
  algorithm: z.enum(drawAlgorithms).default('leximin'),
  /** Round the lottery to this many equally likely numbered panels for a public draw (e.g. 1000). */
  lotterySize: z.number().int().min(2).max(100_000).optional(),
  /** How many reserves to draw in order with the panel. */
  reserves: z.number().int().min(0).max(500).optional(),
})
export type DrawRequest = z.infer<typeof drawRequestSchema>

/**
 * A lottery the organiser stopped before it was proven fairest. The lowest chance and the
 * certified bound say how far from the fairest it can be; `seedRounds` and `iterations` are the
 * exact stopping point, so that a re-run stopped there gives the same lottery.
 */
export type StoppedEarly = {
  /** Rounds of the starting panels' search done (fewer than planned when stopped during it). */
  seedRounds: number
  /** LP solves done when stopped. */
  iterations: number
  /** LEXIMIN's stage when stopped (1: the lowest chance was still being raised). */
  round: number
  /** People whose chance was final, of `people` in the optimisation. */
  fixed: number
  people: number
  /** The lowest chance among people who can be selected at all. */
  lowest: number
  /** No lottery gives them a lowest chance above this (certified by the panel solver). */
  upperBound: number
}

/** How far below the certified best possible a stopped lottery's lowest chance may be, in percentage points. */
export function stoppedGapPoints(stopped: StoppedEarly): number {
  return Math.max(0, stopped.upperBound - stopped.lowest) * 100
}

export type DrawKind = 'initial' | 'replacement'

/** How long computing the lottery is expected to take, told before it starts. */
export type DrawEstimate = {
  people: number
  /** Classes of interchangeable people the optimisation works over (0 when it does not run). */
  classes: number
  /** The quotas let everyone have the same chance k/n: found at once. */
  equalChance: boolean
  band: 'seconds' | 'minute' | 'minutes' | 'long'
}

/** A draw as the UI and the reports show it. */
export type DrawView = {
  id: number
  kind: DrawKind
  algorithm: DrawAlgorithm
  panelSize: number
  lotterySize: number | null
  reserveCount: number
  /** sha256 of the canonical inputs (pool, quotas, algorithm and its version), committed before the seed. */
  inputHash: string
  /** sha256 of the lottery (panels and probabilities), committed before the seed; null for LEGACY. */
  lotteryHash: string | null
  committedAt: string
  status: 'committed' | 'completed' | 'discarded'
  seed: string | null
  seededAt: string | null
  ticket: number | null
  stats: {
    minProbability: number
    maxProbability: number
    meanProbability: number
    gini: number
    panels: number
    seconds: number
    stopped?: StoppedEarly
  } | null
  /** Every respondent's selection probability (external id -> p); empty for LEGACY. */
  probabilities: Record<string, number>
  selected: string[]
  reserves: string[]
}
