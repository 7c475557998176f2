import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type {
  ConfirmationDashboard,
  ContactAttempt,
  PriorityView,
  ToCallList,
} from '../../shared/contacts.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { smallPanel } from '../../../test/support/small-panel.ts'

const tempDir = useTempDir()

const attempt = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  date: '2026-03-01',
  channel: 'phone',
  outcome: 'no-answer',
  staff: 'Lee',
  by: 'Sam',
  ...extra,
})

describe('the contact log', () => {
  it('keeps attempts newest first and refuses bad ones, changing nothing', async () => {
    const { app, call, drawn } = await smallPanel(tempDir())
    const id = drawn.selected[0] ?? ''
    await call('contacts:add', attempt(id, { nextAction: 'Call again after 6 pm', nextDate: '2026-03-02' }))
    const list = await call<ContactAttempt[]>(
      'contacts:add',
      attempt(id, { date: '2026-03-02', channel: 'sms', outcome: 'reached', note: 'Will confirm by Friday' }),
    )
    expect(list.map((a) => [a.date, a.channel, a.outcome, a.nextAction, a.nextDate, a.staff, a.by])).toEqual([
      ['2026-03-02', 'sms', 'reached', '', null, 'Lee', 'Sam'],
      ['2026-03-01', 'phone', 'no-answer', 'Call again after 6 pm', '2026-03-02', 'Lee', 'Sam'],
    ])
    const refusals: [Record<string, unknown>, string][] = [
      [attempt(id, { date: '2026-02-30' }), 'contacts.badDate'],
      [attempt(id, { nextAction: 'Write', nextDate: '2026-02-27' }), 'contacts.nextBeforeAttempt'],
      [attempt(id, { nextAction: 'Write a letter' }), 'contacts.nextNeedsDate'],
      [attempt('nobody'), 'people.notDrawn'],
      [attempt(id, { outcome: 'maybe' }), 'input.invalidField'],
    ]
    for (const [input, key] of refusals) {
      const result = await app.dispatch('contacts:add', input)
      expect(result).toMatchObject({ ok: false, error: { key } })
    }
    expect(await call<ContactAttempt[]>('contacts:list', { externalId: id })).toEqual(list)
    await app.close()
  })

  it('lists whom to call today: next actions due, and panel members never contacted', async () => {
    const { app, call, drawn } = await smallPanel(tempDir())
    const [a, b, c] = drawn.selected
    const reserve = drawn.reserves[0] ?? ''
    const ids = (list: ToCallList) => list.entries.map((e) => e.externalId)
    const first = await call<ToCallList>('contacts:toCall', { today: '2026-03-01' })
    expect(ids(first).sort()).toEqual([...drawn.selected].sort())
    expect(first.entries.every((e) => e.due === null && e.last === null)).toBe(true)
    // a: called, call back on the 3rd; b: reached, nothing planned; c declines; a reserve has a call due.
    await call('contacts:add', attempt(a ?? '', { nextAction: 'Call back', nextDate: '2026-03-03' }))
    await call('contacts:add', attempt(b ?? '', { outcome: 'reached' }))
    await call('panel:setStatus', { externalId: c, status: 'declined' })
    await call('contacts:add', attempt(reserve, { nextAction: 'Ask if still free', nextDate: '2026-03-02' }))
    const second = await call<ToCallList>('contacts:toCall', { today: '2026-03-02' })
    expect(ids(second)).toContain(reserve)
    expect(ids(second)).not.toContain(a)
    expect(ids(second)).not.toContain(b)
    expect(ids(second)).not.toContain(c)
    const third = await call<ToCallList>('contacts:toCall', { today: '2026-03-04' })
    // Overdue calls come before people never contacted.
    expect(third.entries.slice(0, 2).map((e) => [e.externalId, e.due])).toEqual([
      [reserve, '2026-03-02'],
      [a, '2026-03-03'],
    ])
    expect(third.entries.find((e) => e.externalId === a)).toMatchObject({
      nextAction: 'Call back',
      attempts: 1,
      last: { date: '2026-03-01', channel: 'phone', outcome: 'no-answer', staff: 'Lee' },
    })
    const refused = await app.dispatch('contacts:toCall', { today: '2026-13-01' })
    expect(refused).toMatchObject({ ok: false, error: { key: 'contacts.badDate' } })
    await app.close()
  })

  it('calls first the groups the organiser marks and those dropping out most, and prints the call sheet', async () => {
    const dir = tempDir()
    const { app, call, drawn } = await smallPanel(dir)
    const before = await call<PriorityView>('contacts:priority', null)
    expect(before.values.map((v) => [v.category, v.value, v.flagged])).toEqual([
      ['Group', 'A', false],
      ['Group', 'B', false],
    ])
    const marked = await call<PriorityView>('contacts:setPriority', {
      values: [{ category: 'Group', value: 'A' }],
    })
    expect(marked.values.find((v) => v.value === 'A')).toMatchObject({ marked: true, flagged: true })
    const list = await call<ToCallList>('contacts:toCall', { today: '2026-03-01' })
    const flagged = list.entries.filter((e) => e.priority.length > 0)
    expect(flagged.length).toBeGreaterThan(0)
    expect(list.entries.slice(0, flagged.length)).toEqual(flagged)
    expect(flagged.every((e) => e.priority[0]?.value === 'A')).toBe(true)
    const unknown = await app.dispatch('contacts:setPriority', {
      values: [{ category: 'Group', value: 'Z' }],
    })
    expect(unknown).toMatchObject({ ok: false, error: { key: 'contacts.unknownValue' } })
    expect((await call<PriorityView>('contacts:priority', null)).values.filter((v) => v.marked)).toHaveLength(
      1,
    )

    // Two members of the same group decline: that group now drops out more than the panel.
    await call('contacts:setPriority', { values: [] })
    const byGroup = (g: string) => drawn.selected.filter((id) => dataGroup(id) === g)
    const [x, y] = byGroup('B').length >= 2 ? byGroup('B') : byGroup('A')
    await call('panel:setStatus', { externalId: x, status: 'declined' })
    await call('panel:setStatus', { externalId: y, status: 'declined' })
    const after = await call<PriorityView>('contacts:priority', null)
    expect(after.droppedOut).toBe(2)
    const out = after.values.filter((v) => v.flagged)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ droppedOut: 2, marked: false })

    const file = join(dir, 'calls.pdf')
    const written = await call<{ file: string; pages: number }>('contacts:callSheetPdf', {
      today: '2026-03-01',
      file,
    })
    expect(written.pages).toBe(1)
    const words = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(words).toMatch(/To call on Sunday,? 1 March 2026/)
    expect(words).toContain('★')
    expect(words).toContain('never contacted')
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    await app.close()
  })
})

describe('the confirmation dashboard', () => {
  it('counts confirmed, pending and withdrawn per value against the quotas, and the seats left open', async () => {
    const { app, call, drawn } = await smallPanel(tempDir())
    const [a, b, c, d] = drawn.selected
    await call('panel:setStatus', { externalId: a, status: 'confirmed' })
    await call('panel:setStatus', { externalId: b, status: 'contacted' })
    await call('panel:setStatus', { externalId: c, status: 'declined' })
    await call('panel:setStatus', { externalId: d, status: 'confirmed' })
    await call('panel:setStatus', { externalId: d, status: 'withdrawn', reason: 'Moved away' })
    const board = await call<ConfirmationDashboard>('contacts:confirmations', null)
    expect(board).toMatchObject({ panelSize: 6, confirmed: 1, pending: 3, withdrawn: 2, openSeats: 2 })
    expect(board.canReplace).toBe(true)
    const expected = (g: string) => {
      const of = (ids: (string | undefined)[]) =>
        ids.filter((id) => id !== undefined && dataGroup(id) === g).length
      return {
        confirmed: of([a]),
        pending: of(drawn.selected.filter((id) => ![a, c, d].includes(id))),
        withdrawn: of([c, d]),
      }
    }
    for (const g of ['A', 'B'])
      expect(board.rows.find((r) => r.value === g)).toMatchObject({ category: 'Group', ...expected(g) })
    // The draw screen opens a replacement for the same seats.
    const prepared = await call<{ id: number; panelSize: number }>('draw:prepare', {
      jobId: 'r',
      kind: 'replacement',
      request: { algorithm: 'legacy', reserves: 0 },
    })
    expect(prepared.panelSize).toBe(board.openSeats)
    expect((await call<ConfirmationDashboard>('contacts:confirmations', null)).canReplace).toBe(false)
    await app.close()
  })
})

describe('the sign-in sheet', () => {
  it('lists the members holding a seat with boxes to sign, and refuses a session that does not exist', async () => {
    const dir = tempDir()
    const { app, call, drawn, sessionId } = await smallPanel(dir)
    await call('panel:setStatus', { externalId: drawn.selected[0], status: 'declined' })
    const file = join(dir, 'sign-in.pdf')
    const written = await call<{ pages: number }>('signIn:pdf', { sessionId, file })
    expect(written.pages).toBe(1)
    const words = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(words).toMatch(/Weekend 1 — Saturday,? 7 March 2026/)
    for (const heading of ['Signature', 'Time in', 'Time out', 'Payment received', 'No table plan'])
      expect(words).toContain(heading)
    const ids = drawn.selected.filter((id) => words.includes(id))
    expect(ids).toEqual(drawn.selected.slice(1))
    const refused = await app.dispatch('signIn:pdf', { sessionId: 999, file: join(dir, 'x.pdf') })
    expect(refused).toMatchObject({ ok: false, error: { key: 'sessions.noSession' } })
    await app.close()
  })
})

/** In the small panel, odd-numbered people answered A and even-numbered B. */
function dataGroup(id: string): string {
  return Number(id.slice(1)) % 2 ? 'A' : 'B'
}
