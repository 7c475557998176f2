import { readFile } from 'node:fs/promises'
import type { AppContext, Handlers } from './context.ts'
import { projectDrawInput } from '../quotas/draw-input.ts'
import { quotasFromFile, quotasToFile } from '../quotas/quota-files.ts'
import { lockQuotas, quotaTable, saveQuotas } from '../quotas/quota-repo.ts'
import { quotaFromShare } from '../quotas/targets.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'

type QuotaChannels =
  | 'quotas:get'
  | 'quotas:save'
  | 'quotas:applyShares'
  | 'quotas:check'
  | 'quotas:import'
  | 'quotas:export'
  | 'quotas:lock'

/** Quotas: targets beside the pool, checks with the smallest relaxation, files in both formats, the lock. */
export function quotaHandlers(ctx: AppContext): Pick<Handlers, QuotaChannels> {
  const project = () => ctx.session.require()
  return {
    'quotas:get': () => Promise.resolve(quotaTable(project().sqlite)),
    'quotas:save': ({ rows, panelSize }) => saveQuotas(project(), rows, panelSize),
    'quotas:applyShares': ({ category, shares, rule }) => {
      const table = quotaTable(project().sqlite)
      const values = table.categories.find((c) => c.name === category)?.values
      if (!values) throw new AppError('invalid-input', msg('quotas.noCategory', { category }))
      if (table.panelSize === null) throw new AppError('invalid-input', msg('quotas.panelSizeFirst'))
      const panelSize = table.panelSize
      const rows = values.map((v) => {
        const share = shares[v.value] ?? v.populationShare
        return share === null
          ? v
          : { ...v, ...quotaFromShare(share, panelSize, rule), populationShare: share }
      })
      return saveQuotas(project(), rows)
    },
    'quotas:check': ({ jobId }) =>
      ctx.jobs.run(jobId, 'quotas.check', projectDrawInput(project().sqlite), (progress) =>
        ctx.emit('job:progress', { jobId, ...progress }),
      ),
    'quotas:import': async (source) => {
      const text = 'file' in source ? await readFile(source.file, 'utf8') : source.text
      return saveQuotas(project(), quotasFromFile(text, quotaTable(project().sqlite)))
    },
    'quotas:export': ({ format }) => Promise.resolve(quotasToFile(quotaTable(project().sqlite), format)),
    'quotas:lock': () => lockQuotas(project()),
  }
}
