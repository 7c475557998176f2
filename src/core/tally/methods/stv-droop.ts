import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'
import type { RoundRecord, TallyResult } from '../../../shared/tally-result.ts'
import { meekCount } from './stv-meek.ts'
import { scottishCount } from './stv-scottish.ts'
import { wigmCount } from './stv-wigm.ts'
import { wigmPrfCount } from './stv-wigm-prf.ts'
import { cferCount } from './stv-cfer.ts'
import { mplsCount } from './stv-mpls.ts'
import { meekPrfCount } from './stv-meek-prf.ts'
import { qpqCount } from './stv-qpq.ts'

/**
 * The STV rules of Droop (jklundell/droop), as named in its reference outputs: scotland, wigm,
 * meek, warren, the PR Foundation references wigm-prf(-batch) and meek-prf, Minneapolis (mpls),
 * CfER (cfer, cfer-batch) and Woodall's QPQ. Each rule fixes its own arithmetic (see its module).
 */
export const droopRules = [
  'scotland',
  'wigm',
  'meek',
  'warren',
  'wigm-prf',
  'wigm-prf-batch',
  'meek-prf',
  'mpls',
  'cfer',
  'cfer-batch',
  'qpq',
] as const
export type DroopRule = (typeof droopRules)[number]

/** One action of a count (elect or defeat), with every candidate's votes at that moment. */
export type Stage = {
  round: number
  action: 'elect' | 'defeat'
  candidate: string
  quota: number
  votes: Map<string, number>
}

export type DroopOutcome = {
  rule: string
  quota: number
  stages: Stage[]
  elected: string[]
  defeated: string[]
}

/** Valid ballots: those naming at least one candidate (empty papers do not count toward the quota). */
export function validBallots(election: Election): number {
  const known = new Set(election.candidates)
  return election.rankings.reduce(
    (s, b) => (b.ranking.some((g) => g.some((n) => known.has(n))) ? s + b.count : s),
    0,
  )
}

/**
 * Candidates who reach the quota at the same stage are declared highest vote first; equal votes
 * in reverse listed order (Droop sorts ascending by vote and tie order, then reverses).
 */
export function byVoteDescending(
  candidates: readonly string[],
  votes: ReadonlyMap<string, number>,
): string[] {
  return [...candidates]
    .sort(
      (a, b) => (votes.get(a) ?? 0) - (votes.get(b) ?? 0) || candidates.indexOf(a) - candidates.indexOf(b),
    )
    .reverse()
}

export function droopResult(election: Election, outcome: DroopOutcome): TallyResult {
  const rounds: RoundRecord[] = outcome.stages.map((s) => ({
    round: s.round,
    tally: Object.fromEntries(s.votes),
    threshold: s.quota,
    ...(s.action === 'elect' ? { elected: [s.candidate] } : { eliminated: [s.candidate] }),
  }))
  return {
    method: 'stv',
    variant: outcome.rule,
    winners: outcome.elected,
    winners_in_order: outcome.elected,
    defeated_in_order: outcome.defeated,
    ranking: [...outcome.elected.map((c) => [c]), ...[...outcome.defeated].reverse().map((c) => [c])],
    rounds,
    quota_value: outcome.quota,
    total_ballots: election.rankings.reduce((s, b) => s + b.count, 0),
  }
}

export function droopRuleStv(election: Election, rule: DroopRule): TallyResult {
  switch (rule) {
    case 'scotland':
      return droopResult(election, scottishCount(election))
    case 'wigm':
      return droopResult(election, wigmCount(election))
    case 'meek':
    case 'warren':
      return droopResult(election, meekCount(election, rule === 'warren'))
    case 'wigm-prf':
    case 'wigm-prf-batch':
      return droopResult(election, wigmPrfCount(election, rule === 'wigm-prf-batch'))
    case 'cfer':
    case 'cfer-batch':
      return droopResult(election, cferCount(election, rule === 'cfer-batch'))
    case 'mpls':
      return droopResult(election, mplsCount(election))
    case 'meek-prf':
      return droopResult(election, meekPrfCount(election))
    case 'qpq':
      return droopResult(election, qpqCount(election))
    default: {
      const unknown: never = rule
      throw new AppError('invalid-input', `Unknown STV rule “${String(unknown)}”.`)
    }
  }
}
