import { rankingFromValues } from '../ranking-groups.ts'
import type { TallyMethod } from './method.ts'

/** Approval (and dot voting): one point per approved candidate; most approvals wins. */
export const approval: TallyMethod = (election) => {
  const approvals: Record<string, number> = Object.fromEntries(election.candidates.map((c) => [c, 0]))
  for (const ballot of election.approvals)
    for (const name of new Set(ballot.approve)) approvals[name] = (approvals[name] ?? 0) + ballot.count
  const ranking = rankingFromValues(election.candidates, (c) => approvals[c] ?? 0, 'higher-first')
  return { method: 'approval', winners: [...(ranking[0] ?? [])], ranking, approvals, scores: approvals }
}
