import ExcelJS from 'exceljs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { english } from '../../shared/messages.ts'
import {
  blankBlock,
  type QuestionView,
  type SessionDetail,
  type SessionsOverview,
  type SessionSummary,
  type SpeakerView,
} from '../../shared/sessions.ts'
import type { BallotView } from '../../shared/votes.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'

const tempDir = useTempDir()
const open: ReturnType<typeof testApp>[] = []
afterEach(async () => {
  for (const a of open.splice(0)) await a.close()
})

async function assembly() {
  const a = testApp(tempDir())
  open.push(a)
  await a.call('project:create', { file: join(a.dir, 'documents', 'sessions'), name: 'Sessions' })
  return a
}

const block = blankBlock('evidence', 'Evidence', 30)

const times = (detail: SessionDetail) => detail.blocks.map((b) => [b.title, b.start, b.end])

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a refusal')
}

describe('sessions and their blocks', () => {
  it('writes a template’s full plan from the first date and spacing, in date order', async () => {
    const a = await assembly()
    await a.call('profile:update', { patch: { venues: ['Town hall'] } })
    const created = await a.call<SessionSummary[]>('sessions:fromTemplate', {
      template: 'four-weekends',
      firstDate: '2026-03-07',
      spacingDays: 14,
    })
    expect(created.map((s) => [s.title, s.date, s.venue])).toEqual([
      ['Weekend 1', '2026-03-07', 'Town hall'],
      ['Weekend 2', '2026-03-21', 'Town hall'],
      ['Weekend 3', '2026-04-04', 'Town hall'],
      ['Weekend 4', '2026-04-18', 'Town hall'],
    ])
    const overview = await a.call<SessionsOverview>('sessions:overview', null)
    expect(overview.totals.totalMinutes).toBe(4 * 8 * 60)
    expect(overview.totals.days).toBe(4)
    // The plan itself keeps the good-practice rules: only its unlinked voting block is flagged.
    expect(overview.checks.map((c) => c.kind)).toEqual(['voting-no-ballot'])
  })

  it('writes every template, and a French assembly gets French titles', async () => {
    const a = await assembly()
    await a.call('profile:update', { patch: { languages: ['Français'] } })
    for (const [template, count, firstDate] of [
      ['evening-series', 6, '2026-09-12'],
      ['citizens-jury', 5, '2027-09-12'],
      ['citizens-initiative-review', 4, '2028-09-12'],
      ['peoples-assembly', 1, '2029-09-12'],
    ] as const) {
      const made = await a.call<SessionSummary[]>('sessions:fromTemplate', {
        template,
        firstDate,
        spacingDays: 7,
      })
      expect(made).toHaveLength(count)
      for (const session of made) {
        const detail = await a.call<SessionDetail>('sessions:get', { id: session.id })
        expect(detail.checks.filter((c) => c.kind !== 'voting-no-ballot')).toEqual([])
        expect(detail.blocks.at(-1)?.end).toBe(session.end)
      }
    }
    const overview = await a.call<SessionsOverview>('sessions:overview', null)
    expect(overview.sessions[0]?.title).toBe('Soirée 1')
    const detail = await a.call<SessionDetail>('sessions:get', { id: overview.sessions[0]?.id })
    expect(detail.blocks[0]?.title).toBe('Accueil, collation et émargement')
  })

  it('moves a block: later blocks follow, the fixed lunch stays, and what no longer fits is said', async () => {
    const a = await assembly()
    let s = await a.call<SessionDetail>('sessions:create', {
      title: 'Day 1',
      date: '2026-03-07',
      start: 600,
      end: 780,
      venue: '',
      mode: 'in-person',
      phases: ['learning'],
      notes: '',
    })
    for (const [title, duration] of [
      ['A', 30],
      ['B', 60],
      ['C', 30],
    ] as const)
      s = await a.call('blocks:add', { ...block, sessionId: s.id, title, duration })
    s = await a.call('blocks:add', {
      ...block,
      sessionId: s.id,
      kind: 'meal',
      title: 'Lunch',
      duration: 60,
      fixedStart: 720,
    })
    expect(times(s)).toEqual([
      ['A', 600, 630],
      ['B', 630, 690],
      ['C', 690, 720],
      ['Lunch', 720, 780],
    ])
    const [a1, b1, c1] = s.blocks
    s = await a.call('blocks:move', { id: c1?.id, index: 0 })
    expect(times(s).map(([title, start]) => [title, start])).toEqual([
      ['C', 600],
      ['A', 630],
      ['B', 660],
      ['Lunch', 720],
    ])
    s = await a.call('blocks:update', { ...block, id: b1?.id, title: 'B', duration: 90 })
    expect(times(s)).toEqual([
      ['C', 600, 630],
      ['A', 630, 660],
      ['B', 660, 750],
      ['Lunch', 720, 780],
    ])
    expect(s.checks.map((c) => english(c.message))).toContain(
      '“Lunch” is fixed at 12:00, but “B” before it ends at 12:30: 30 minutes no longer fit. Shorten or move a block before it.',
    )
    s = await a.call('blocks:duplicate', { id: a1?.id })
    expect(s.blocks.map((b) => b.title)).toEqual(['C', 'A', 'A', 'B', 'Lunch'])
    expect(s.checks.map((c) => c.kind)).toEqual(['no-break', 'does-not-fit'])
    // A place beyond the end is refused and nothing moves.
    expect(await rejection(a.call('blocks:move', { id: a1?.id, index: 9 }))).toBe(
      'There is no place 10 in this session: it has 5 blocks.',
    )
    expect((await a.call<SessionDetail>('sessions:get', { id: s.id })).blocks.map((b) => b.title)).toEqual([
      'C',
      'A',
      'A',
      'B',
      'Lunch',
    ])
    const copy = await a.call<SessionDetail>('sessions:duplicate', { id: s.id, date: '2026-03-14' })
    expect(copy.date).toBe('2026-03-14')
    expect(times(copy)).toEqual(times(s))
  })

  it('refuses bad input with a clear message and changes nothing', async () => {
    const a = await assembly()
    expect(
      await rejection(
        a.call('sessions:create', {
          title: 'Late',
          date: '2026-03-07',
          start: 600,
          end: 540,
          venue: '',
          mode: 'online',
          phases: ['learning'],
          notes: '',
        }),
      ),
    ).toBe('A session must end after it starts.')
    const s = await a.call<SessionDetail>('sessions:create', {
      title: 'Day',
      date: '2026-03-07',
      start: 600,
      end: 700,
      venue: '',
      mode: 'online',
      phases: ['decision'],
      notes: '',
    })
    expect(await rejection(a.call('blocks:add', { ...block, sessionId: s.id, speakerIds: [99] }))).toBe(
      'There is no speaker number 99 in the register.',
    )
    expect(
      await rejection(a.call('blocks:add', { ...block, sessionId: s.id, kind: 'voting', ballotId: 5 })),
    ).toBe('There is no ballot number 5 in Votes.')
    expect((await a.call<SessionDetail>('sessions:get', { id: s.id })).blocks).toEqual([])
  })

  it('links a voting block to a ballot, and the check goes away', async () => {
    const a = await assembly()
    const s = await a.call<SessionDetail>('sessions:create', {
      title: 'Decision day',
      date: '2026-04-18',
      start: 600,
      end: 700,
      venue: '',
      mode: 'in-person',
      phases: ['decision'],
      notes: '',
    })
    let detail = await a.call<SessionDetail>('blocks:add', {
      ...block,
      sessionId: s.id,
      kind: 'voting',
      title: 'Vote',
    })
    expect(detail.checks.map((c) => english(c.message))).toEqual([
      '“Vote” (Decision day, 10:00–10:30) is a voting block but names no ballot: create the ballot in Votes, then link it to the block.',
    ])
    const ballot = await a.call<BallotView>('ballots:create', {
      recommendationId: null,
      spec: {
        title: 'Adopt R1',
        kind: 'yes-no',
        method: 'single_choice_majority',
        entry: 'counts',
        candidates: ['Yes', 'No'],
        grades: [],
        seats: 1,
        maxApprovals: null,
        options: {},
        rules: {},
        tieBreak: '',
        quorum: null,
        opensAfter: null,
      },
    })
    const voting = detail.blocks[0]
    detail = await a.call('blocks:update', {
      ...block,
      id: voting?.id,
      kind: 'voting',
      title: 'Vote',
      ballotId: ballot.id,
    })
    expect(detail.checks).toEqual([])
    expect(detail.blocks[0]?.ballotTitle).toBe('Adopt R1')
  })
})

describe('speakers and members’ questions', () => {
  const speaker = {
    name: 'Dr Amara Osei',
    organisation: 'University of Riverside',
    role: 'expert',
    declaration: 'Advises the council on flood risk (unpaid).',
    briefingSentOn: '2026-02-20',
    slidesReceived: true,
    publishConsent: true,
    fee: 250,
    expenses: 42.5,
    notes: '',
  } as const

  it('lists a speaker’s sessions, and a speaker or session that is used elsewhere cannot vanish', async () => {
    const a = await assembly()
    const amara = await a.call<SpeakerView>('speakers:create', speaker)
    const s = await a.call<SessionDetail>('sessions:create', {
      title: 'Weekend 1',
      date: '2026-03-07',
      start: 600,
      end: 700,
      venue: '',
      mode: 'in-person',
      phases: ['learning'],
      notes: '',
    })
    const detail = await a.call<SessionDetail>('blocks:add', {
      ...block,
      sessionId: s.id,
      title: 'Flood risk',
      speakerIds: [amara.id],
    })
    const listed = await a.call<SpeakerView[]>('speakers:list', null)
    expect(listed[0]?.appearances.map((x) => [x.sessionTitle, x.blockTitle, x.start])).toEqual([
      ['Weekend 1', 'Flood risk', 600],
    ])
    expect(await rejection(a.call('speakers:delete', { id: amara.id }))).toBe(
      'Dr Amara Osei cannot be deleted: they speak in “Flood risk” in Weekend 1. Take them off that block first.',
    )
    const question = await a.call<QuestionView>('questions:create', {
      sessionId: s.id,
      table: 'Table 3',
      text: 'How often does the river flood?',
      assignee: { kind: 'speaker', speakerId: amara.id },
      answer: '',
      answeredOn: null,
      sharedOn: null,
    })
    expect(question.status).toBe('assigned')
    expect(await rejection(a.call('sessions:delete', { id: s.id }))).toBe(
      '“Weekend 1” cannot be deleted: 1 members’ question was asked in it. Move that question to another session or delete it first.',
    )
    await a.call('blocks:delete', { id: detail.blocks[0]?.id })
    expect(await rejection(a.call('speakers:delete', { id: amara.id }))).toBe(
      'Dr Amara Osei cannot be deleted: 1 members’ question is assigned to them. Assign it to someone else first.',
    )
    await a.call('questions:delete', { id: question.id })
    await a.call('speakers:delete', { id: amara.id })
    await a.call('sessions:delete', { id: s.id })
    expect((await a.call<SessionsOverview>('sessions:overview', null)).sessions).toEqual([])
  })

  it('refuses to delete a session with attendance recorded for it, saying so, and changes nothing', async () => {
    const a = await assembly()
    const s = await a.call<SessionDetail>('sessions:create', {
      title: 'Weekend 1',
      date: '2026-03-07',
      start: 600,
      end: 700,
      venue: '',
      mode: 'in-person',
      phases: ['learning'],
      notes: '',
    })
    // Attendance as People records it (its own use cases need a drawn panel; the rows are what matters here).
    const raw = a.session.require().sqlite
    raw
      .prepare(
        "insert into respondent (id, external_id, created_at, updated_at) values (1, 'P1', '2026-01-01', '2026-01-01')",
      )
      .run()
    raw
      .prepare(
        "insert into attendance (respondent_id, session_id, state, at) values (1, ?, 'present', '2026-03-07')",
      )
      .run(s.id)
    expect(await rejection(a.call('sessions:delete', { id: s.id }))).toBe(
      '“Weekend 1” cannot be deleted: 1 member’s attendance is recorded for it (People). Remove that record first.',
    )
    expect((await a.call<SessionsOverview>('sessions:overview', null)).sessions).toHaveLength(1)
  })

  it('follows a question from asked to shared, filters by status and exports to Excel without formulas', async () => {
    const a = await assembly()
    const base = { sessionId: null, table: '', assignee: null, answer: '', answeredOn: null, sharedOn: null }
    const asked = await a.call<QuestionView>('questions:create', { ...base, text: '=HYPERLINK("http://x")' })
    expect(asked.status).toBe('asked')
    expect(
      await rejection(
        a.call('questions:update', { ...base, id: asked.id, text: 'Q', sharedOn: '2026-03-10' }),
      ),
    ).toBe('A question is shared with members once it has an answer: write the answer first.')
    const answered = await a.call<QuestionView>('questions:update', {
      ...base,
      id: asked.id,
      text: asked.text,
      assignee: { kind: 'secretariat' },
      answer: 'About once in ten years.',
      answeredOn: '2026-03-09',
    })
    expect(answered.status).toBe('answered')
    await a.call('questions:create', { ...base, text: 'Who pays?' })
    const shared = await a.call<QuestionView>('questions:update', {
      ...base,
      id: asked.id,
      text: asked.text,
      assignee: { kind: 'secretariat' },
      answer: 'About once in ten years.',
      answeredOn: '2026-03-09',
      sharedOn: '2026-03-10',
    })
    expect(shared.status).toBe('shared')

    const read = async (status: string | null) => {
      const base64 = await a.call<string>('questions:exportXlsx', { status })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Uint8Array.from(Buffer.from(base64, 'base64')).buffer)
      const rows: unknown[][] = []
      workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
      return rows
    }
    const all = await read(null)
    expect(all).toHaveLength(3)
    expect(all[1]).toEqual([
      asked.id,
      '',
      '',
      '\'=HYPERLINK("http://x")',
      'Shared',
      'Secretariat',
      'About once in ten years.',
      '2026-03-09',
      '2026-03-10',
    ])
    const onlyAsked = await read('asked')
    expect(onlyAsked.map((row) => row[3])).toEqual(['Question', 'Who pays?'])
  })
})
