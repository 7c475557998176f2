import type Database from 'better-sqlite3'
import { english, msg, type Message } from '../../shared/messages.ts'
import { canonicalJson } from '../audit/audit-log.ts'
import { drawEntries } from '../audit/audit-repo.ts'
import { computeLottery } from '../sortition/draw.ts'
import { DRAW_RULES_VERSION, drawInputHash } from '../sortition/input-hash.ts'
import { selectWithSeed } from './complete-draw.ts'
import { listDraws } from './draw-repo.ts'
import { lotteryHash, lotteryRecord } from './lottery-record.ts'

import type { DrawCheck } from '../../shared/contract.ts'
export type { DrawCheck }

const PROBABILITY_TOLERANCE = 1e-6

/**
 * Re-runs every completed draw from its recorded inputs and seed: the input hash, the lottery
 * (recomputed from scratch for LEXIMIN and MAXIMIN), the audit log's commitments, and the panel and
 * reserves drawn with the seed must all match what was recorded.
 */
export async function verifyDraws(sqlite: Database.Database): Promise<DrawCheck[]> {
  const payloads = drawEntries(sqlite).map((e) => ({
    kind: e.kind,
    payload: JSON.parse(e.payload) as Record<string, unknown>,
  }))
  const checks: DrawCheck[] = []
  for (const draw of listDraws(sqlite)) {
    if (draw.status !== 'completed') continue
    const fail = (why: Message) => checks.push({ draw: draw.id, ok: false, reason: english(why), why })
    const id = draw.id
    const committed = payloads.find(
      (p) => p.kind === 'draw.committed' && p.payload['draw'] === draw.id,
    )?.payload
    const completed = payloads.find(
      (p) => p.kind === 'draw.completed' && p.payload['draw'] === draw.id,
    )?.payload
    if (!committed || !completed) {
      fail(msg('drawCheck.notInLog', { id }))
      continue
    }
    const rules = typeof committed['rules'] === 'string' ? committed['rules'] : DRAW_RULES_VERSION
    const inputHash = drawInputHash(draw.input, draw.algorithm, draw.lotterySize ?? undefined, rules)
    if (inputHash !== draw.inputHash || inputHash !== committed['inputHash']) {
      fail(msg('drawCheck.inputsChanged', { id }))
      continue
    }
    let noted: Message | undefined
    if (draw.lottery) {
      if (lotteryHash(draw.lottery) !== committed['lotteryHash']) {
        fail(msg('drawCheck.lotteryChanged', { id }))
        continue
      }
    }
    if (draw.lottery && rules !== DRAW_RULES_VERSION) {
      // This version computes lotteries under other rules: the committed lottery is checked by its
      // hash and the panel re-drawn from it, but the optimisation itself cannot be replayed here.
      noted = msg('drawCheck.otherRules', { id, rules, current: DRAW_RULES_VERSION })
    } else if (draw.lottery) {
      // A lottery stopped early is replayed to the same stopping point, recorded in the audit log.
      const replay = stoppingPoint(committed['stopped'])
      const rerun = await computeLottery(
        draw.input,
        draw.algorithm === 'maximin' ? 'maximin' : 'leximin',
        replay === undefined ? {} : { replay },
      )
      const fresh = lotteryRecord(
        rerun.lottery,
        draw.input.pool.map((p) => p.id),
      )
      const samePanels = canonicalJson(fresh.panels) === canonicalJson(draw.lottery.panels)
      const sameProbabilities = fresh.probabilities.every(
        (p, b) => Math.abs(p - (draw.lottery?.probabilities[b] ?? Number.NaN)) <= PROBABILITY_TOLERANCE,
      )
      if (!samePanels || !sameProbabilities) {
        fail(msg('drawCheck.lotteryDiffers', { id, algorithm: draw.algorithm }))
        continue
      }
    }
    if (draw.seed === null || draw.seed !== completed['seed']) {
      fail(msg('drawCheck.seedDiffers', { id }))
      continue
    }
    const again = selectWithSeed(draw, draw.seed)
    const recorded = { selected: draw.selected, reserves: draw.reserves, ticket: draw.ticket }
    const logged = {
      selected: completed['selected'],
      reserves: completed['reserves'],
      ticket: completed['ticket'],
    }
    if (canonicalJson(again) !== canonicalJson(recorded) || canonicalJson(again) !== canonicalJson(logged)) {
      fail(msg('drawCheck.panelDiffers', { id }))
      continue
    }
    checks.push(noted ? { draw: id, ok: true, note: english(noted), noted } : { draw: id, ok: true })
  }
  return checks
}

/**
 * Where a draw stopped early was stopped, from its `draw.committed` entry. A malformed one gives
 * none: the lottery is then recomputed in full and differs, which verify reports.
 */
function stoppingPoint(stopped: unknown): { seedRounds: number; iterations: number } | undefined {
  if (typeof stopped !== 'object' || stopped === null) return undefined
  const { seedRounds, iterations } = stopped as Record<string, unknown>
  return typeof seedRounds === 'number' && typeof iterations === 'number'
    ? { seedRounds, iterations }
    : undefined
}
