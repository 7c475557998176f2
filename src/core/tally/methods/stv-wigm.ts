import type { Election } from '../election.ts'
import { byVoteDescending, validBallots, type DroopOutcome, type Stage } from './stv-droop-stage.ts'

/**
 * Weighted Inclusive Gregory Method (Droop's model WIGM rule). Quota = votes/(seats+1), exact
 * (options.arithmetic "rational") or plus the smallest unit ("guarded", the default), so a
 * candidate needs strictly more than votes/(seats+1). Each round elects everyone with a quota,
 * then transfers the largest pending surplus (every paper of that candidate moves on at
 * weight × surplus / votes, the candidate keeps the quota); with no surplus pending the lowest
 * candidate is defeated. Ties go to the earliest-listed candidate (Droop's tie order).
 * Arithmetic is double precision; comparisons allow 1e-9 for rounding.
 */
type Paper = { ranking: string[][]; count: number; weight: number; position: number; holder: string | null }

const EPS = 1e-9

export function wigmCount(election: Election): DroopOutcome {
  const candidates = election.candidates
  const seats = election.seats
  const nBallots = validBallots(election)
  const integerQuota = election.options.integer_quota === true
  const quota = integerQuota ? Math.floor(nBallots / (seats + 1)) + 1 : nBallots / (seats + 1)
  const hasQuota = (v: number) => (integerQuota ? v >= quota - EPS : v > quota + EPS)
  const hopeful = new Set(candidates)
  const elected: string[] = []
  const defeated: string[] = []
  const pending: string[] = []
  const votes = new Map(candidates.map((c) => [c, 0]))
  const stages: Stage[] = []
  let round = 0
  const papers: Paper[] = election.rankings.map((b) => ({
    ranking: b.ranking,
    count: b.count,
    weight: 1,
    position: -1,
    holder: null,
  }))
  const advance = (paper: Paper) => {
    paper.holder = null
    for (let i = paper.position + 1; i < paper.ranking.length; i++) {
      const names = paper.ranking[i] ?? []
      if (names.length === 0) continue
      paper.position = i
      if (names.length !== 1) return
      const name = names[0] as string
      if (hopeful.has(name)) {
        paper.holder = name
        votes.set(name, (votes.get(name) ?? 0) + paper.weight * paper.count)
        return
      }
    }
    paper.position = paper.ranking.length
  }
  for (const paper of papers) advance(paper)
  const stage = (action: 'elect' | 'defeat', candidate: string) =>
    stages.push({ round, action, candidate, quota, votes: new Map(votes) })
  const first = (names: string[]) =>
    names.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))[0] as string
  while (hopeful.size > seats - elected.length && seats - elected.length > 0) {
    round++
    for (const c of byVoteDescending(candidates, votes))
      if (hopeful.has(c) && hasQuota(votes.get(c) ?? 0)) {
        hopeful.delete(c)
        elected.push(c)
        pending.push(c)
        stage('elect', c)
      }
    if (pending.length > 0) {
      const high = Math.max(...pending.map((c) => votes.get(c) ?? 0))
      const chosen = first(pending.filter((c) => Math.abs((votes.get(c) ?? 0) - high) <= EPS))
      pending.splice(pending.indexOf(chosen), 1)
      const vote = votes.get(chosen) ?? 0
      const surplus = vote - quota
      for (const paper of papers)
        if (paper.holder === chosen) {
          paper.weight = (paper.weight * surplus) / vote
          advance(paper)
        }
      votes.set(chosen, quota)
    } else if (hopeful.size > 0) {
      const low = Math.min(...[...hopeful].map((c) => votes.get(c) ?? 0))
      const loser = first([...hopeful].filter((c) => (votes.get(c) ?? 0) <= low + EPS))
      stage('defeat', loser)
      hopeful.delete(loser)
      defeated.push(loser)
      for (const paper of papers) if (paper.holder === loser) advance(paper)
      votes.set(loser, 0)
    }
  }
  for (const c of candidates) {
    if (!hopeful.has(c)) continue
    hopeful.delete(c)
    if (elected.length < seats) {
      elected.push(c)
      stage('elect', c)
    } else {
      defeated.push(c)
      stage('defeat', c)
    }
  }
  return { rule: 'wigm', quota, stages, elected, defeated }
}
