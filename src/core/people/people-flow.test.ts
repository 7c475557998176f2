import { describe, expect, it } from 'vitest'
import type { AttendanceGrid, CheckInResult, MemberDetail, MemberSummary } from '../../shared/people.ts'
import type { PanelMemberView } from '../../shared/contract.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { smallPanel } from '../../../test/support/small-panel.ts'
import type { testApp } from '../../../test/support/test-app.ts'

const tempDir = useTempDir()
const setup = () => smallPanel(tempDir())

/** What dispatch answers: the value, or the error as data. */
async function attempt(app: ReturnType<typeof testApp>['app'], channel: string, input: unknown) {
  return app.dispatch(channel, input)
}

describe('people: the member record, status with history, attendance and check-in', () => {
  it('keeps each status change with its time, author and reason, through the draw screen’s channel too', async () => {
    const { app, call, drawn } = await setup()
    const id = drawn.selected[0] ?? ''
    await call('panel:setStatus', { externalId: id, status: 'contacted', by: 'Sam' })
    await call('panel:setStatus', { externalId: id, status: 'confirmed', by: 'Sam' })
    const refused = await attempt(app, 'panel:setStatus', { externalId: id, status: 'withdrawn', by: 'Sam' })
    expect(refused).toMatchObject({ ok: false, error: { key: 'people.withdrawalReason' } })
    await call('panel:setStatus', {
      externalId: id,
      status: 'withdrawn',
      reason: 'Caring for a parent',
      by: 'Lee',
    })
    const detail = await call<MemberDetail>('people:get', { externalId: id })
    expect(detail.status).toBe('withdrawn')
    expect(detail.history.map((h) => [h.from, h.to, h.reason, h.by])).toEqual([
      ['selected', 'contacted', '', 'Sam'],
      ['contacted', 'confirmed', '', 'Sam'],
      ['confirmed', 'withdrawn', 'Caring for a parent', 'Lee'],
    ])
    expect(detail.history.every((h) => /^\d{4}-\d\d-\d\dT/.test(h.at))).toBe(true)
    expect(detail.next).toEqual(['replaced'])
    // Back is refused: nothing changes.
    const back = await attempt(app, 'panel:setStatus', { externalId: id, status: 'confirmed' })
    expect(back).toMatchObject({ ok: false, error: { key: 'people.notAllowed' } })
    expect((await call<MemberDetail>('people:get', { externalId: id })).history).toHaveLength(3)
    // The draw screen sees the same status, and the seat is open for a replacement.
    const panel = await call<PanelMemberView[]>('panel:list', null)
    expect(panel.find((m) => m.externalId === id)).toMatchObject({ status: 'withdrawn', next: ['replaced'] })
    const audit = await call<{ kind: string; payload: Record<string, unknown> }[]>('audit:list', null)
    const statuses = audit.filter((e) => e.kind === 'panel.status').map((e) => e.payload['status'])
    expect(statuses).toEqual(['contacted', 'confirmed', 'withdrawn'])
    expect(JSON.stringify(audit)).not.toContain('Caring for a parent')
    await app.close()
  })

  it('saves a record, keeps a comment trail, and refuses someone not drawn', async () => {
    const { app, call, drawn } = await setup()
    const id = drawn.selected[1] ?? ''
    const before = await call<MemberDetail>('people:get', { externalId: id })
    expect(before.record.email).toMatch(/@example\.org$/)
    const record = {
      preferredName: 'Bobby',
      email: 'b@example.org',
      phone: '07700 900123',
      channel: 'sms',
      language: 'French',
      staffContact: 'Lee',
    }
    const saved = await call<MemberDetail>('people:saveRecord', { externalId: id, record })
    expect(saved.record).toEqual(record)
    expect(saved.badgeName).toBe('Bobby')
    await call('people:comment', { externalId: id, text: 'Prefers evening calls', by: 'Lee' })
    const withComment = await call<MemberDetail>('people:comment', {
      externalId: id,
      text: 'Needs a parking space',
      by: 'Sam',
    })
    expect(withComment.comments.map((c) => [c.text, c.by])).toEqual([
      ['Prefers evening calls', 'Lee'],
      ['Needs a parking space', 'Sam'],
    ])
    expect(await attempt(app, 'people:comment', { externalId: id, text: '  ', by: 'Sam' })).toMatchObject({
      ok: false,
    })
    expect(await attempt(app, 'people:get', { externalId: 'nobody' })).toMatchObject({
      ok: false,
      error: { key: 'people.notDrawn' },
    })
    const list = await call<MemberSummary[]>('people:list', null)
    expect(list).toHaveLength(8)
    expect(list.filter((m) => m.role === 'reserve')).toHaveLength(2)
    expect(list.find((m) => m.externalId === id)).toMatchObject({
      badgeName: 'Bobby',
      channel: 'sms',
      staffContact: 'Lee',
    })
    await app.close()
  })

  it('checks confirmed members in at the door, late after a quarter of an hour, once, and refuses bad input', async () => {
    const { app, call, drawn, sessionId } = await setup()
    const [a = '', b = '', c = ''] = drawn.selected
    for (const id of [a, b]) await call('panel:setStatus', { externalId: id, status: 'confirmed' })
    const onTime = await call<CheckInResult>('attendance:checkIn', {
      externalId: a,
      sessionId,
      at: 575,
      by: 'Door 1',
    })
    expect(onTime).toMatchObject({ externalId: a, state: 'present', arrived: 575 })
    const late = await call<CheckInResult>('attendance:checkIn', {
      externalId: b,
      sessionId,
      at: 610,
      by: 'Door 1',
    })
    expect(late).toMatchObject({ state: 'late', arrived: 610 })
    // Bad input changes nothing.
    const twice = await attempt(app, 'attendance:checkIn', { externalId: a, sessionId, at: 600 })
    expect(twice).toMatchObject({ ok: false, error: { key: 'people.alreadyCheckedIn' } })
    const stranger = await attempt(app, 'attendance:checkIn', { externalId: 'p99', sessionId, at: 600 })
    expect(stranger).toMatchObject({ ok: false, error: { key: 'people.notDrawn' } })
    const noSession = await attempt(app, 'attendance:checkIn', { externalId: a, sessionId: 999, at: 600 })
    expect(noSession).toMatchObject({ ok: false, error: { key: 'sessions.noSession' } })
    const unconfirmed = await attempt(app, 'attendance:checkIn', { externalId: c, sessionId, at: 600 })
    expect(unconfirmed).toMatchObject({ ok: false, error: { key: 'people.notConfirmedYet' } })
    const grid = await call<AttendanceGrid>('attendance:grid', null)
    expect(grid.sessions.map((s) => s.id)).toEqual([sessionId])
    expect(grid.members).toHaveLength(6)
    const marked = grid.members.filter((m) => m.marks[sessionId])
    expect(marked.map((m) => [m.externalId, m.marks[sessionId]?.state, m.marks[sessionId]?.arrived])).toEqual(
      [
        [a, 'present', 575],
        [b, 'late', 610],
      ].sort(),
    )
    // Being there makes a confirmed member `attended`, in their history.
    const detail = await call<MemberDetail>('people:get', { externalId: a })
    expect(detail.status).toBe('attended')
    expect(detail.history.at(-1)).toMatchObject({ from: 'confirmed', to: 'attended', by: 'Door 1' })
    await app.close()
  })

  it('records the grid’s marks with their rules and clears one', async () => {
    const { app, call, drawn, sessionId } = await setup()
    const id = drawn.selected[2] ?? ''
    await call('panel:setStatus', { externalId: id, status: 'confirmed' })
    const noReasonTime = await attempt(app, 'attendance:mark', {
      externalId: id,
      sessionId,
      state: 'left-early',
    })
    expect(noReasonTime).toMatchObject({ ok: false, error: { key: 'people.leftNeedsTime' } })
    await call('attendance:mark', { externalId: id, sessionId, state: 'absent', reason: 'Ill' })
    let mark = (await call<AttendanceGrid>('attendance:grid', null)).members.find((m) => m.externalId === id)
      ?.marks[sessionId]
    expect(mark).toMatchObject({ state: 'absent', reason: 'Ill' })
    expect((await call<MemberDetail>('people:get', { externalId: id })).status).toBe('confirmed')
    await call('attendance:mark', { externalId: id, sessionId, state: null })
    mark = (await call<AttendanceGrid>('attendance:grid', null)).members.find((m) => m.externalId === id)
      ?.marks[sessionId]
    expect(mark).toBeUndefined()
    await app.close()
  })
})
