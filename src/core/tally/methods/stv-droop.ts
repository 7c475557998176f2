import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'
import type { RoundRecord, TallyResult } from '../../../shared/tally-result.ts'
import type { DroopOutcome } from './stv-droop-stage.ts'
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
      throw new AppError('invalid-input', msg('tally.unknownStvRule', { rule: String(unknown) }))
    }
  }
}
