import type { Election } from '../election.ts'
import { DroopRecord, validBallots, type DroopOutcome } from './stv-droop-stage.ts'

/**
 * Meek STV and Warren STV (Droop's parametric rule). Every continuing or elected candidate has
 * a keep factor (1 at first). Each ballot is passed down its ranking: Meek lets a candidate keep
 * weight × factor of what reaches them, Warren lets them keep min(factor, what is left). The
 * quota is the active vote / (seats + 1), recomputed every iteration. Elected candidates'
 * factors shrink (factor × quota / votes) until the total surplus is at most omega
 * (10^-options.omega, default 10^-9), a candidate newly exceeds the quota, the surplus stops
 * falling, or a batch of sure losers can be defeated (options.defeat_batch "safe", the default;
 * "none" defeats one at a time). Then the lowest candidate — or any candidate within the surplus
 * of the lowest, earliest-listed first — is defeated. Arithmetic is double precision.
 */
type MeekBallot = { ranking: string[][]; count: number }

export function meekCount(election: Election, warren: boolean): DroopOutcome {
  const candidates = election.candidates
  const seats = election.seats
  const nBallots = validBallots(election)
  const omega = 10 ** -(election.options.omega ?? 9)
  const batchMode = election.options.defeat_batch ?? 'safe'
  const exact = election.options.arithmetic === 'rational'
  const tiny = 1e-12
  const ballots: MeekBallot[] = election.rankings
  const kf = new Map(candidates.map((c) => [c, 1]))
  const status = new Map<string, 'hopeful' | 'elected' | 'defeated'>(candidates.map((c) => [c, 'hopeful']))
  const votes = new Map(candidates.map((c) => [c, 0]))
  let round = 0
  let quota = nBallots / (seats + 1)
  const initialQuota = quota
  const record = new DroopRecord(() => ({ round, quota, votes: new Map(votes) }))
  const hopeful = () => candidates.filter((c) => status.get(c) === 'hopeful')
  const hasQuota = (v: number) => (exact ? v > quota + tiny : v >= quota + tiny)
  const keep = (factor: number, weight: number): [number, number] => {
    if (warren) {
      const k = factor < weight ? factor : weight
      return [k, weight - k]
    }
    return [weight * factor, weight * (1 - factor)]
  }
  const distribute = () => {
    for (const c of candidates) if (status.get(c) !== 'defeated') votes.set(c, 0)
    for (const ballot of ballots) {
      const walk = (i: number, weight: number) => {
        if (weight <= 0 || i >= ballot.ranking.length) return
        const names = (ballot.ranking[i] ?? []).filter((n) => status.get(n) !== 'defeated' && kf.has(n))
        if (names.length === 0) {
          walk(i + 1, weight)
          return
        }
        const share = weight / names.length
        for (const name of names) {
          const [k, rest] = keep(kf.get(name) ?? 0, share)
          votes.set(name, (votes.get(name) ?? 0) + k * ballot.count)
          walk(i + 1, rest)
        }
      }
      walk(0, 1)
    }
  }
  const activeVotes = () =>
    candidates.filter((c) => status.get(c) !== 'defeated').reduce((s, c) => s + (votes.get(c) ?? 0), 0)
  const complete = () =>
    hopeful().length <= seats - record.elected.length || seats - record.elected.length <= 0
  const batchDefeat = (surplus: number): string[] => {
    if (batchMode === 'none') return []
    const sorted = hopeful().sort(
      (a, b) => (votes.get(a) ?? 0) - (votes.get(b) ?? 0) || candidates.indexOf(a) - candidates.indexOf(b),
    )
    const groups: string[][] = []
    let group: string[] = []
    let base = 0
    for (const c of sorted) {
      const v = votes.get(c) ?? 0
      if (base + surplus >= v) group.push(c)
      else {
        if (group.length > 0) groups.push(group)
        group = [c]
        base = v
      }
    }
    if (group.length > 0) groups.push(group)
    const maxDefeat = hopeful().length - (seats - record.elected.length)
    let total = 0
    let count = 0
    let last = -1
    for (let g = 0; g < groups.length - 1; g++) {
      const members = groups[g] as string[]
      count += members.length
      if (count > maxDefeat) break
      total += members.reduce((s, c) => s + (votes.get(c) ?? 0), 0)
      const next = votes.get((groups[g + 1] as string[])[0] as string) ?? 0
      if (total + surplus < next) last = g
    }
    return last >= 0 ? groups.slice(0, last + 1).flat() : []
  }
  const defeat = (c: string) => {
    record.defeat(c)
    status.set(c, 'defeated')
    kf.set(c, 0)
    votes.set(c, 0)
    distribute()
  }
  // Round 0: first preferences, for reporting.
  distribute()
  while (!complete()) {
    round++
    let outcome: 'elected' | 'omega' | 'stable' | 'batch' = 'omega'
    let batch: string[] = []
    let lastSurplus = nBallots
    let surplus = 0
    for (let iteration = 0; iteration < 100_000; iteration++) {
      distribute()
      quota = activeVotes() / (seats + 1)
      let newlyElected = false
      for (const c of hopeful())
        if (hasQuota(votes.get(c) ?? 0)) {
          status.set(c, 'elected')
          record.elect(c)
          newlyElected = true
        }
      surplus = candidates
        .filter((c) => status.get(c) === 'elected')
        .reduce((s, c) => s + (votes.get(c) ?? 0) - quota, 0)
      if (newlyElected) {
        outcome = 'elected'
        break
      }
      if (surplus <= omega) {
        outcome = 'omega'
        break
      }
      if (surplus >= lastSurplus) {
        outcome = 'stable'
        break
      }
      batch = batchDefeat(surplus)
      if (batch.length > 0) {
        outcome = 'batch'
        break
      }
      lastSurplus = surplus
      for (const c of candidates)
        if (status.get(c) === 'elected') kf.set(c, ((kf.get(c) ?? 0) * quota) / (votes.get(c) ?? 1))
    }
    if (outcome === 'elected') continue
    if (outcome === 'batch') {
      // Droop defeats a batch in ballot-file (listed) order.
      for (const c of [...batch].sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))) defeat(c)
      continue
    }
    const open = hopeful()
    if (open.length > 0) {
      const low = Math.min(...open.map((c) => votes.get(c) ?? 0))
      const loser = open.find((c) => low + surplus + tiny >= (votes.get(c) ?? 0)) as string
      defeat(loser)
    }
  }
  for (const c of hopeful()) {
    if (record.elected.length < seats) {
      status.set(c, 'elected')
      record.elect(c)
    } else defeat(c)
    distribute()
  }
  return record.outcome(warren ? 'warren' : 'meek', initialQuota)
}
