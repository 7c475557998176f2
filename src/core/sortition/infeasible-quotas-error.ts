import { AppError } from '../../shared/errors.ts'
import { msg, type Message } from '../../shared/messages.ts'
import { describeChange, type Relaxation } from './relaxation.ts'

/** The quotas allow no panel; carries the smallest relaxation that would (or null if none within the flex limits). */
export class InfeasibleQuotasError extends AppError {
  override name = 'InfeasibleQuotasError'
  readonly relaxation: Relaxation | null
  readonly reasons: Message[]

  constructor(reasons: Message[], relaxation: Relaxation | null, panelSize: number) {
    const why = reasons.length > 0 ? msg('quotas.why', { reasons: { items: reasons } }) : ''
    const fix = relaxation
      ? msg('quotas.smallestChange', {
          changes: { items: relaxation.changes.map(describeChange), separator: '; ' },
        })
      : msg('quotas.noChange')
    super('infeasible-quotas', msg('quotas.infeasible', { k: panelSize, why, fix }))
    this.relaxation = relaxation
    this.reasons = reasons
  }
}
