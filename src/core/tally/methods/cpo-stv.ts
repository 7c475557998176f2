import { AppError } from '../../../shared/errors.ts'
import type { TallyMethod } from './method.ts'

export const cpoStv: TallyMethod = (election) => {
  throw new AppError('invalid-input', `CPO-STV is not implemented yet (${election.id}).`)
}
