import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { TallyMethod } from './method.ts'
import { rctabCount } from './rctab.ts'
import { withInactiveRounds } from '../inactive.ts'
import { albanyStv } from './stv-albany.ts'
import { gregoryStv } from './stv-gregory.ts'
import { droopRuleStv, droopRules, type DroopRule } from './stv-droop.ts'

export type StvRule = 'rctab' | 'gregory' | 'albany' | DroopRule

/**
 * Which STV rule counts an election: options.transfer when given; RCTab rules when the file
 * carries rules.rctab. Otherwise the free-text method_variant is read (our reading, recorded
 * here): "Condorcet PHP STV …" → gregory (inclusive Gregory, Condorcet PHP's rounds);
 * "Albany STV …" → albany (VoteKit's recomputed quota). Anything else is counted by the Scottish
 * STV rules (SSI 2007/42), a statutory rule with a complete tie-break, our default for
 * assemblies electing several people.
 */
export function stvRuleOf(election: Election): StvRule {
  const chosen = election.options.transfer
  if (chosen) {
    if (
      chosen === 'rctab' ||
      chosen === 'gregory' ||
      chosen === 'albany' ||
      (droopRules as readonly string[]).includes(chosen)
    )
      return chosen as StvRule
    throw new AppError('invalid-input', msg('tally.unknownTransfer', { rule: chosen }))
  }
  if (election.rules.rctab) return 'rctab'
  const variant = election.methodVariant.toLowerCase()
  if (variant.startsWith('condorcet php stv')) return 'gregory'
  if (variant.startsWith('albany stv')) return 'albany'
  return 'scotland'
}

/** The STV rules whose quota is recomputed from the votes still active as the count goes. */
const activeQuotaRules: readonly StvRule[] = ['albany', 'meek', 'meek-prf', 'warren', 'qpq']

function countWith(election: Election, rule: StvRule): TallyResult {
  switch (rule) {
    case 'rctab':
      return rctabCount(election)
    case 'gregory':
      return gregoryStv(election)
    case 'albany':
      return albanyStv(election)
    default:
      return droopRuleStv(election, rule)
  }
}

/** Counts by an STV rule; every round reports its inactive ballots by kind and the threshold's basis. */
export function countStv(election: Election, rule: StvRule = stvRuleOf(election)): TallyResult {
  const result = withInactiveRounds(election, countWith(election, rule))
  if (rule !== 'rctab')
    result.threshold_of = activeQuotaRules.includes(rule) ? 'active_votes' : 'valid_ballots'
  return result
}

export const stv: TallyMethod = (election) => countStv(election)
