import { AppError } from '../../shared/errors.ts'
import type { Relaxation } from './relaxation.ts'

/** The quotas allow no panel; carries the smallest relaxation that would (or null if none within the flex limits). */
export class InfeasibleQuotasError extends AppError {
  override name = 'InfeasibleQuotasError'
  readonly relaxation: Relaxation | null
  readonly reasons: string[]

  constructor(reasons: string[], relaxation: Relaxation | null, panelSize: number) {
    const why = reasons.length > 0 ? ` ${reasons.join(' ')}` : ''
    const fix = relaxation
      ? ` Smallest change that would make it possible: ${relaxation.sentences.join('; ')}.`
      : ' No change within the allowed flexibility (min_flex/max_flex) makes it possible.'
    super('infeasible-quotas', `No panel of ${panelSize} can meet these quotas.${why}${fix}`)
    this.relaxation = relaxation
    this.reasons = reasons
  }
}
