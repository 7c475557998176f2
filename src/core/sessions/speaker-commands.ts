import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { QuestionInput, QuestionView, SpeakerInput, SpeakerView } from '../../shared/sessions.ts'
import type { Project } from '../project/project.ts'
import { blockName } from './agenda-checks.ts'
import {
  deleteQuestionRow,
  deleteSpeakerRow,
  insertQuestion,
  insertSpeaker,
  questionExists,
  questionsFor,
  readSession,
  speakerExists,
  updateQuestionRow,
  updateSpeakerRow,
} from './sessions-repo.ts'
import { questionViews, readAgenda, speakerViews } from './sessions-view.ts'

function speakerView(sqlite: Database.Database, id: number): SpeakerView {
  const found = speakerViews(sqlite).find((s) => s.id === id)
  if (!found) throw new AppError('invalid-input', msg('sessions.noSpeaker', { id }))
  return found
}

export function createSpeaker(project: Project, input: SpeakerInput): Promise<SpeakerView> {
  const { sqlite } = project
  return project.write(() => speakerView(sqlite, insertSpeaker(sqlite, input, project.timestamp())))
}

export function updateSpeaker(project: Project, id: number, input: SpeakerInput): Promise<SpeakerView> {
  const { sqlite } = project
  return project.write(() => {
    if (!speakerExists(sqlite, id)) throw new AppError('invalid-input', msg('sessions.noSpeaker', { id }))
    updateSpeakerRow(sqlite, id, input, project.timestamp())
    return speakerView(sqlite, id)
  })
}

/** Refused, saying where they speak and what they answer, while the agenda or the question log names them. */
export async function deleteSpeaker(project: Project, id: number): Promise<void> {
  const { sqlite } = project
  await project.write(() => {
    const speaker = speakerView(sqlite, id)
    const agenda = readAgenda(sqlite)
    const blocks = speaker.appearances.map((a) => {
      const block = agenda.blocks.get(a.sessionId)?.find((b) => b.id === a.blockId)
      return msg('sessions.blockIn', {
        block: block ? blockName(block) : a.blockTitle,
        session: a.sessionTitle,
      })
    })
    const questions = questionsFor(sqlite, id)
    if (blocks.length > 0)
      throw new AppError(
        'invalid-input',
        msg('sessions.speakerOnBlocks', {
          name: speaker.name,
          count: blocks.length,
          blocks: { items: blocks, separator: '; ' },
        }),
      )
    if (questions > 0)
      throw new AppError(
        'invalid-input',
        msg('sessions.speakerHasQuestions', { name: speaker.name, count: questions }),
      )
    deleteSpeakerRow(sqlite, id)
  })
}

function checkQuestion(sqlite: Database.Database, input: QuestionInput): void {
  if (input.sessionId !== null && !readSession(sqlite, input.sessionId))
    throw new AppError('invalid-input', msg('sessions.noSession', { id: input.sessionId }))
  if (input.assignee?.kind === 'speaker' && !speakerExists(sqlite, input.assignee.speakerId))
    throw new AppError('invalid-input', msg('sessions.noSpeaker', { id: input.assignee.speakerId }))
  if (input.sharedOn !== null && !input.answer.trim())
    throw new AppError('invalid-input', msg('sessions.question.shareNeedsAnswer'))
}

function questionView(sqlite: Database.Database, id: number): QuestionView {
  const found = questionViews(sqlite).find((q) => q.id === id)
  if (!found) throw new AppError('invalid-input', msg('sessions.question.none', { id }))
  return found
}

export function createQuestion(project: Project, input: QuestionInput): Promise<QuestionView> {
  const { sqlite } = project
  return project.write(() => {
    checkQuestion(sqlite, input)
    return questionView(sqlite, insertQuestion(sqlite, input, project.timestamp()))
  })
}

export function updateQuestion(project: Project, id: number, input: QuestionInput): Promise<QuestionView> {
  const { sqlite } = project
  return project.write(() => {
    if (!questionExists(sqlite, id))
      throw new AppError('invalid-input', msg('sessions.question.none', { id }))
    checkQuestion(sqlite, input)
    updateQuestionRow(sqlite, id, input, project.timestamp())
    return questionView(sqlite, id)
  })
}

export async function deleteQuestion(project: Project, id: number): Promise<void> {
  const { sqlite } = project
  await project.write(() => {
    if (!questionExists(sqlite, id))
      throw new AppError('invalid-input', msg('sessions.question.none', { id }))
    deleteQuestionRow(sqlite, id)
  })
}
