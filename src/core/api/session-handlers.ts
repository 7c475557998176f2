import type { AppContext, Handlers } from './context.ts'
import {
  addBlock,
  createFromTemplate,
  createSession,
  deleteBlock,
  deleteSession,
  duplicateBlock,
  duplicateSession,
  moveBlock,
  setGoal,
  setPaperSize,
  updateBlock,
  updateSession,
} from '../sessions/session-commands.ts'
import {
  createQuestion,
  createSpeaker,
  deleteQuestion,
  deleteSpeaker,
  updateQuestion,
  updateSpeaker,
} from '../sessions/speaker-commands.ts'
import { questionViews, sessionDetail, sessionsOverview, speakerViews } from '../sessions/sessions-view.ts'
import { questionsWorkbook } from '../sessions/questions-xlsx.ts'
import { writeSessionsPdf } from '../print/sessions-report.ts'
import { documentSetup } from '../print/document-setup.ts'

type SessionChannels = Extract<
  keyof Handlers,
  | `sessions:${string}`
  | `blocks:${string}`
  | `speakers:${string}`
  | `questions:${string}`
  | 'reports:sessionsPdf'
>

/** Sessions and their blocks, the speakers' register, members' questions, and their printed documents. */
export function sessionHandlers(ctx: AppContext): Pick<Handlers, SessionChannels> {
  const project = () => ctx.session.require()
  const done = () => null
  return {
    'sessions:overview': () => Promise.resolve(sessionsOverview(project().sqlite)),
    'sessions:get': ({ id }) => Promise.resolve(sessionDetail(project().sqlite, id)),
    'sessions:create': (input) => createSession(project(), input),
    'sessions:update': ({ id, ...input }) => updateSession(project(), id, input),
    'sessions:delete': ({ id }) => deleteSession(project(), id).then(done),
    'sessions:duplicate': ({ id, date }) => duplicateSession(project(), id, date),
    'sessions:fromTemplate': ({ template, firstDate, spacingDays }) =>
      createFromTemplate(project(), template, firstDate, spacingDays),
    'sessions:setGoal': (goal) => setGoal(project(), goal),
    'sessions:setPaperSize': ({ paperSize }) => setPaperSize(project(), paperSize).then(done),
    'blocks:add': ({ sessionId, index, ...input }) => addBlock(project(), sessionId, input, index),
    'blocks:update': ({ id, ...input }) => updateBlock(project(), id, input),
    'blocks:delete': ({ id }) => deleteBlock(project(), id),
    'blocks:duplicate': ({ id }) => duplicateBlock(project(), id),
    'blocks:move': ({ id, index }) => moveBlock(project(), id, index),
    'speakers:list': () => Promise.resolve(speakerViews(project().sqlite)),
    'speakers:create': (input) => createSpeaker(project(), input),
    'speakers:update': ({ id, ...input }) => updateSpeaker(project(), id, input),
    'speakers:delete': ({ id }) => deleteSpeaker(project(), id).then(done),
    'questions:list': () => Promise.resolve(questionViews(project().sqlite)),
    'questions:create': (input) => createQuestion(project(), input),
    'questions:update': ({ id, ...input }) => updateQuestion(project(), id, input),
    'questions:delete': ({ id }) => deleteQuestion(project(), id).then(done),
    'questions:exportXlsx': async ({ status }) => {
      const { sqlite } = project()
      const workbook = await questionsWorkbook(
        questionViews(sqlite),
        status,
        documentSetup(sqlite, false).language,
      )
      return workbook.toString('base64')
    },
    'reports:sessionsPdf': ({ kind, file }) => writeSessionsPdf(project(), kind, file),
  }
}
