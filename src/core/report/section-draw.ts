import type Database from 'better-sqlite3'
import { auditHead } from '../audit/audit-log.ts'
import type { StoredDraw } from '../draw/draw-repo.ts'
import type { DrawPart, DrawRecord } from './report-model.ts'
import { completedDraws } from './section-participation.ts'

/** A completed draw as the report and the certificate print it. */
export function drawRecord(draw: StoredDraw): DrawRecord {
  return {
    id: draw.id,
    kind: draw.kind,
    algorithm: draw.algorithm,
    panelSize: draw.panelSize,
    poolSize: draw.input.pool.length,
    inputHash: draw.inputHash,
    lotteryHash: draw.lotteryHash,
    committedAt: draw.committedAt,
    seed: draw.seed,
    seededAt: draw.seededAt,
    ticket: draw.ticket,
    selected: draw.selected,
    reserves: draw.reserves,
    stats: draw.stats
      ? {
          min: draw.stats.minProbability,
          max: draw.stats.maxProbability,
          mean: draw.stats.meanProbability,
          gini: draw.stats.gini,
          panels: draw.stats.panels,
          stopped: draw.stats.stopped ?? null,
        }
      : null,
  }
}

/**
 * The draw: its algorithm, commitments and seed, and everyone's chance of selection in the first
 * draw as the sorted curve the draw screen shows. Null before a draw is complete.
 */
export function drawSection(sqlite: Database.Database): DrawPart | null {
  const draws = completedDraws(sqlite)
  const first = draws.find((d) => d.kind === 'initial')
  if (!first) return null
  const curve = first.input.pool.map((p) => first.probabilities[p.id] ?? 0).sort((a, b) => a - b)
  return { first: drawRecord(first), curve, draws: draws.map(drawRecord), auditHead: auditHead(sqlite) }
}
