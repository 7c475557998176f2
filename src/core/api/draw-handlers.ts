import { stringify } from 'csv-stringify/sync'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { AppContext, Handlers } from './context.ts'
import { completeDraw } from '../draw/complete-draw.ts'
import { discardDraw } from '../draw/commit-draw.ts'
import { drawView, getDraw, listDraws, panelMembers } from '../draw/draw-repo.ts'
import { lotteryFromRecord } from '../draw/lottery-record.ts'
import { drawInput, prepareDraw, type ComputeLottery } from '../draw/prepare-draw.ts'
import { nextStatuses } from '../people/status-machine.ts'
import { estimateDraw } from '../sortition/estimate.ts'
import { roundToTickets } from '../sortition/uniform-lottery.ts'

type DrawChannels =
  | 'draw:list'
  | 'draw:estimate'
  | 'draw:prepare'
  | 'draw:complete'
  | 'draw:discard'
  | 'draw:ticketsCsv'
  | 'panel:list'

/** The public, verifiable draw: prepare and commit, then the seed; replacements; the ticket list. */
export function drawHandlers(ctx: AppContext): Pick<Handlers, DrawChannels> {
  const project = () => ctx.session.require()
  return {
    'draw:list': () => Promise.resolve(listDraws(project().sqlite).map(drawView)),
    'draw:estimate': ({ kind }) => Promise.resolve(estimateDraw(drawInput(project().sqlite, kind))),
    'draw:prepare': ({ jobId, kind, request }) => {
      const emit = (progress: Parameters<Parameters<ComputeLottery>[2]>[0]) =>
        ctx.emit('job:progress', { jobId, ...progress })
      const inWorker: ComputeLottery = async (input, algorithm, onProgress) => {
        const result = await ctx.jobs.run(jobId, 'draw.compute', { input, algorithm }, onProgress)
        return {
          lottery: result.lottery,
          probabilities: result.probabilities,
          seconds: result.stats.seconds,
          stopped: result.stats.stopped,
        }
      }
      return prepareDraw(project(), kind, request, inWorker, emit)
    },
    'draw:complete': ({ drawId, seed }) => completeDraw(project(), drawId, seed),
    'draw:discard': async ({ drawId }) => {
      await discardDraw(project(), drawId)
      return null
    },
    'draw:ticketsCsv': ({ drawId }) => {
      const draw = getDraw(project().sqlite, drawId)
      if (!draw.lottery || draw.lotterySize === null) {
        throw new AppError('invalid-input', msg('draw.notRounded'))
      }
      const ids = draw.input.pool.map((p) => p.id)
      const uniform = roundToTickets(ids.length, lotteryFromRecord(draw.lottery, ids), draw.lotterySize)
      const rows = uniform.tickets.map((panel, t) => [
        String(t + 1),
        (draw.lottery?.panels[panel] ?? []).join(' '),
      ])
      return Promise.resolve(stringify([['number', 'panel members'], ...rows]))
    },
    'panel:list': () =>
      Promise.resolve(
        panelMembers(project().sqlite).map((m) => ({ ...m, next: [...nextStatuses(m.role, m.status)] })),
      ),
  }
}
