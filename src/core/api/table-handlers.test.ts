import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntryView } from '../../shared/contract.ts'
import type { TablesView } from '../../shared/tables.ts'
import { createDemo } from '../demo/create-demo.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'

const tempDir = useTempDir()
const open: ReturnType<typeof testApp>[] = []
afterEach(async () => {
  for (const a of open.splice(0)) await a.close()
})

// One demo for the file, copied afresh for each test.
const demoDir = mkdtempSync(join(tmpdir(), 'kleroterion-tables-screen-'))
const demo = join(demoDir, 'demo.assembly')
beforeAll(() => createDemo(demo), 180_000)
afterAll(() => rmSync(demoDir, { recursive: true, force: true }))

/** A fresh copy of the demo, opened through dispatch as the Tables screen uses it. */
async function demoApp() {
  const a = testApp(tempDir())
  open.push(a)
  const file = join(a.dir, 'copy.assembly')
  copyFileSync(demo, file)
  await a.call('project:open', { file })
  return a
}

const seats = (view: TablesView) => view.sessions.map((s) => s.tables)

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a refusal')
}

describe('the Tables screen’s channels', () => {
  it('plans in a worker with progress; a refused plan saves nothing', async () => {
    const a = await demoApp()
    const before = await a.call<TablesView>('tables:view', undefined)
    expect(before.members.length).toBeGreaterThan(40)
    expect(before.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Gender', 'Age', 'Area', 'language']),
    )
    const ids = before.sessions.map((s) => s.id)
    const first = await a.call<TablesView>('tables:plan', { jobId: 'plan-1', sessions: ids })
    const stages = a.progress.filter((p) => p.jobId === 'plan-1')
    expect(stages.map((p) => p.stage)).toContain('tables.plan')
    expect(stages.at(-1)).toMatchObject({ done: ids.length, total: ids.length })
    expect(seats(first)).not.toContain(null)

    const log = await a.call<AuditEntryView[]>('audit:list', undefined)
    const pinned = await a.call<TablesView>('tables:addRule', {
      kind: 'pin',
      member: before.members[0]?.id,
      table: 99,
      sessionId: null,
    })
    const message = await refusal(a.call('tables:plan', { jobId: 'plan-3', sessions: ids }))
    expect(message).toMatch(/pinned to table 99, but there are only \d+ tables/)
    const after = await a.call<TablesView>('tables:view', undefined)
    expect(seats(after)).toEqual(seats(first))
    const rule = pinned.rules.find((r) => r.table === 99)
    const removed = await a.call<TablesView>('tables:removeRule', { id: rule?.id })
    expect(removed.rules.some((r) => r.table === 99)).toBe(false)
    const kinds = (await a.call<AuditEntryView[]>('audit:list', undefined))
      .slice(log.length)
      .map((e) => e.kind)
    expect(kinds).toEqual(['tables.rule', 'tables.ruleRemoved'])
  }, 60_000)

  it('moves a member by hand, refusing a pinned member or a move next to someone kept apart', async () => {
    const a = await demoApp()
    const view = await a.call<TablesView>('tables:view', undefined)
    const session = view.sessions[2]
    const tables = session?.tables ?? []
    const pin = session?.pins[0]
    expect(pin).toBeDefined()
    expect(
      await refusal(a.call('tables:move', { sessionId: session?.id, member: pin?.member, table: 2 })),
    ).toMatch(/is pinned to table 1 in this session: remove the pin first/)
    const mover = tables[1]?.find((id) => !session?.pins.some((p) => p.member === id)) ?? ''
    const neighbour = tables[2]?.[0] ?? ''
    await a.call('tables:addRule', { kind: 'apart', member: mover, other: neighbour })
    expect(await refusal(a.call('tables:move', { sessionId: session?.id, member: mover, table: 3 }))).toMatch(
      /is to be kept apart from .* who sits at table 3/,
    )
    const moved = await a.call<TablesView>('tables:move', { sessionId: session?.id, member: mover, table: 4 })
    const now = moved.sessions[2]?.tables ?? []
    expect(now[3]).toContain(mover)
    expect(now[1]).not.toContain(mover)
  }, 60_000)

  it('re-seats the absent: two no-shows leave their seats, sizes differ by at most one', async () => {
    const a = await demoApp()
    const view = await a.call<TablesView>('tables:view', undefined)
    const session = view.sessions[3]
    const seated = (session?.tables ?? []).flat().filter((id) => !session?.absent.includes(id))
    const noShows = seated.slice(0, 2)
    for (const externalId of noShows)
      await a.call('attendance:mark', { externalId, sessionId: session?.id, state: 'absent' })
    const marked = await a.call<TablesView>('tables:view', undefined)
    expect(marked.sessions[3]?.absent).toEqual(expect.arrayContaining(noShows))
    const { view: after } = await a.call<{ moved: string[]; view: TablesView }>('tables:reseat', {
      sessionId: session?.id,
    })
    const tables = after.sessions[3]?.tables ?? []
    for (const id of noShows) expect(tables.flat()).not.toContain(id)
    const sizes = tables.map((t) => t.length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
  }, 60_000)

  it('prints badges (eight a sheet), a table card per table and session, and the table lists', async () => {
    const a = await demoApp()
    const view = await a.call<TablesView>('tables:view', undefined)
    const tables = view.sessions.reduce((n, s) => n + (s.tables?.length ?? 0), 0)
    const expected = {
      badges: Math.ceil(view.members.length / 8),
      'table-cards': tables,
      'table-lists': view.sessions.filter((s) => s.tables).length,
    }
    for (const [kind, pages] of Object.entries(expected)) {
      const file = join(a.dir, `${kind}.pdf`)
      const written = await a.call<{ file: string; pages: number }>('tables:print', { kind, file })
      expect(written.pages).toBe(pages)
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    }
  }, 60_000)

  it('refuses to print before any session is planned, writing nothing', async () => {
    const a = testApp(tempDir())
    open.push(a)
    await a.call('project:create', { file: join(a.dir, 'empty'), name: 'Empty' })
    const file = join(a.dir, 'badges.pdf')
    expect(await refusal(a.call('tables:print', { kind: 'badges', file }))).toBe(
      'No session has a table plan yet: plan the tables first, then print them.',
    )
    expect(() => readFileSync(file)).toThrow()
  })
})
