import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'
import type { TallyResult } from '../result.ts'

export const droopRules = ['scotland', 'wigm', 'wigm-prf', 'wigm-prf-batch', 'meek', 'meek-prf', 'warren', 'mpls', 'cfer', 'cfer-batch', 'qpq'] as const
export type DroopRule = (typeof droopRules)[number]

export function droopRuleStv(election: Election, rule: DroopRule): TallyResult {
  throw new AppError('invalid-input', `STV rule “${rule}” is not implemented yet (${election.id}).`)
}
