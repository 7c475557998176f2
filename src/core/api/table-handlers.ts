import type { AppContext, Handlers } from './context.ts'
import {
  addTableRule,
  moveMember,
  removeTableRule,
  reseatAbsent,
  savePlannedTables,
  saveTableSettings,
  tablePlanRequest,
} from '../tables/project-tables.ts'
import { tablesScreen } from '../tables/tables-screen.ts'
import { writeTablesPdf } from '../print/tables-report.ts'

type TableChannels = Extract<keyof Handlers, `tables:${string}`>

/** Table plans: settings, pins and pairs, planning in a worker, moves by hand, re-seating at the door. */
export function tableHandlers(ctx: AppContext): Pick<Handlers, TableChannels> {
  const project = () => ctx.session.require()
  const view = () => tablesScreen(project().sqlite)
  return {
    'tables:view': () => Promise.resolve(view()),
    'tables:saveSettings': async (settings) => {
      await saveTableSettings(project(), settings)
      return view()
    },
    'tables:addRule': async (rule) => {
      await addTableRule(project(), rule)
      return view()
    },
    'tables:removeRule': async ({ id }) => {
      await removeTableRule(project(), id)
      return view()
    },
    'tables:plan': async ({ jobId, sessions }) => {
      const { request, sessions: planned } = tablePlanRequest(project().sqlite, { sessions })
      const plan = await ctx.jobs.run(jobId, 'tables.plan', request, (progress) =>
        ctx.emit('job:progress', { jobId, ...progress }),
      )
      await savePlannedTables(project(), planned, request, plan.rounds, plan.scores)
      return view()
    },
    'tables:move': async ({ sessionId, member, table }) => {
      await moveMember(project(), sessionId, member, table)
      return view()
    },
    'tables:reseat': async ({ sessionId }) => {
      const { moved } = await reseatAbsent(project(), sessionId)
      return { moved, view: view() }
    },
    'tables:print': ({ kind, file }) => writeTablesPdf(project(), kind, file),
  }
}
