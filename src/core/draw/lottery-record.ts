import { createHash } from 'node:crypto'
import { canonicalJson } from '../audit/audit-log.ts'
import type { Lottery } from '../sortition/types.ts'

/** A lottery as recorded and published: panels as lists of respondent ids, with their probabilities. */
export type LotteryRecord = { panels: string[][]; probabilities: number[] }

export function lotteryRecord(lottery: Lottery, ids: string[]): LotteryRecord {
  return {
    panels: lottery.map((entry) => entry.panel.map((i) => ids[i] ?? '')),
    probabilities: lottery.map((entry) => entry.probability),
  }
}

/** Back to indices into the (recorded) pool order. */
export function lotteryFromRecord(record: LotteryRecord, ids: string[]): Lottery {
  const index = new Map(ids.map((id, i) => [id, i]))
  return record.panels.map((panel, b) => ({
    panel: panel.map((id) => index.get(id) ?? -1),
    probability: record.probabilities[b] ?? 0,
  }))
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function lotteryHash(record: LotteryRecord): string {
  return sha256(canonicalJson(record))
}
