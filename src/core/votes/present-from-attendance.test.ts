import { describe, expect, it } from 'vitest'
import type { BallotSpec, BallotView, CountView } from '../../shared/votes.ts'
import { blankBlock, type SessionDetail } from '../../shared/sessions.ts'
import type { AuditEntryView } from '../../shared/contract.ts'
import { smallPanel } from '../../../test/support/small-panel.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'

const tempDir = useTempDir()

const yesNo: BallotSpec = {
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
  quorum: 3,
  opensAfter: null,
}

const table = (yes: number, no: number) => ({
  label: 'Table 1',
  votes: { Yes: [yes], No: [no] },
  abstain: 0,
  blank: 0,
  spoiled: 0,
  ballots: null,
})

describe('members present feed the votes', () => {
  it('follow the attendance of the ballot’s session, or one chosen, and a typed number overrides it and says so', async () => {
    const { app, call, drawn, sessionId } = await smallPanel(tempDir())
    const [a = '', b = '', c = '', d = ''] = drawn.selected
    for (const id of [a, b, c, d]) await call('panel:setStatus', { externalId: id, status: 'confirmed' })
    const ballot = await call<BallotView>('ballots:create', { recommendationId: null, spec: yesNo })
    // Not on any agenda yet: nothing to follow, and choosing "its own session" is refused.
    expect(ballot.counts[0]?.presentFrom).toEqual({ typed: false, session: null })
    expect(await app.dispatch('count:presentFrom', { ballotId: ballot.id, sessionId: null })).toMatchObject({
      ok: false,
      error: { key: 'count.noSessionForBallot' },
    })
    expect(await app.dispatch('count:presentFrom', { ballotId: ballot.id, sessionId: 999 })).toMatchObject({
      ok: false,
      error: { key: 'sessions.noSession' },
    })
    // The vote is on the session's agenda: its attendance gives the members present.
    await call<SessionDetail>('blocks:add', {
      ...blankBlock('voting', 'Vote on R1', 15),
      ballotId: ballot.id,
      sessionId,
    })
    const current = async () => (await call<BallotView>('ballots:get', { id: ballot.id })).counts.at(-1)
    expect(await current()).toMatchObject({
      present: 0,
      quorumMet: false,
      presentFrom: { typed: false, session: { id: sessionId, chosen: false, there: 0 } },
    })
    await call('attendance:checkIn', { externalId: a, sessionId, at: 560 })
    await call('attendance:checkIn', { externalId: b, sessionId, at: 600 })
    await call('attendance:mark', { externalId: c, sessionId, state: 'absent', reason: 'Ill' })
    expect(await current()).toMatchObject({ present: 2, quorumMet: false })
    await call('attendance:mark', {
      externalId: d,
      sessionId,
      state: 'left-early',
      arrived: 560,
      left: 700,
    })
    expect(await current()).toMatchObject({ present: 3, quorumMet: true })
    // Saving the tables leaves the members present to attendance.
    await call<CountView>('count:saveTables', {
      ballotId: ballot.id,
      declaredTotal: 3,
      tables: [table(2, 1)],
    })
    expect(await current()).toMatchObject({ present: 3, presentFrom: { typed: false } })
    // A typed number overrides attendance, and says which session it overrides.
    const typed = await call<CountView>('count:setPresent', { ballotId: ballot.id, present: 2 })
    expect(typed).toMatchObject({
      present: 2,
      quorumMet: false,
      presentFrom: { typed: true, session: { id: sessionId, there: 3 } },
    })
    // Back to attendance.
    expect(await call<CountView>('count:setPresent', { ballotId: ballot.id, present: null })).toMatchObject({
      present: 3,
      presentFrom: { typed: false },
    })
    // Another session chosen: its attendance (nobody yet) counts instead.
    const other = await call<SessionDetail>('sessions:create', {
      title: 'Weekend 2',
      date: '2026-03-21',
      start: 570,
      end: 1020,
      venue: '',
      mode: 'in-person',
      phases: ['deliberation'],
      notes: '',
    })
    expect(
      await call<CountView>('count:presentFrom', { ballotId: ballot.id, sessionId: other.id }),
    ).toMatchObject({ present: 0, presentFrom: { session: { id: other.id, chosen: true } } })
    await call('count:presentFrom', { ballotId: ballot.id, sessionId: null })
    // Finalised: the number is kept as it was, whatever attendance says later.
    const decided = await call<BallotView>('count:finalise', { ballotId: ballot.id })
    expect(decided.counts.at(-1)).toMatchObject({ status: 'final', present: 3 })
    await call('attendance:mark', { externalId: c, sessionId, state: 'present', arrived: 560 })
    expect(await current()).toMatchObject({ present: 3, presentFrom: { session: { there: 4 } } })
    const audit = await call<AuditEntryView[]>('audit:list', null)
    const final = audit.find((e) => e.kind === 'votes.count.final')
    expect(final?.payload).toMatchObject({ present: 3, presentFrom: { session: sessionId } })
    // A recount follows the same session, live again.
    const recount = await call<BallotView>('count:recount', { ballotId: ballot.id, reason: 'Check' })
    expect(recount.counts.at(-1)).toMatchObject({ status: 'entering', present: 4 })
    await app.close()
  })
})
