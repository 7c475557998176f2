import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DrawView } from '../../shared/draws.ts'
import type { VerifyReport } from '../../shared/contract.ts'
import type { QuotaTable } from '../../shared/quotas.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'

const tempDir = useTempDir()

/** 40 people, gender x age, some couples at one address; a panel of 8 with 4/4 gender and 3–5 per age group. */
async function setup() {
  const dir = tempDir()
  const file = join(dir, 'documents', 'draw.assembly')
  const { app, call } = testApp(dir)
  await call('project:create', { file, name: 'Draw' })
  const rows = Array.from(
    { length: 40 },
    (_, i) =>
      `p${String(i).padStart(2, '0')},${i % 3 === 0 ? 'Male' : 'Female'},${i % 2 === 0 ? 'Young' : 'Old'},${i < 10 ? `Couple ${Math.floor(i / 2)}` : `Home ${i}`}`,
  )
  const csv = join(dir, 'pool.csv')
  writeFileSync(csv, ['id,gender,age,address', ...rows].join('\n'))
  await call('pool:import', {
    jobId: 'import',
    file: csv,
    mapping: {
      columns: [
        { role: 'id' },
        { role: 'category', category: 'Gender' },
        { role: 'category', category: 'Age' },
        { role: 'address' },
      ],
      values: { Gender: { female: 'Female', male: 'Male' }, Age: { young: 'Young', old: 'Old' } },
      missing: { Gender: { kind: 'reject' }, Age: { kind: 'reject' } },
    },
  })
  const table = await call<QuotaTable>('quotas:save', { rows: [], panelSize: 8 })
  const rowsOf = (name: string) => table.categories.find((c) => c.name === name)?.values ?? []
  await call('quotas:save', {
    rows: [
      ...rowsOf('Gender').map((v) => ({ ...v, min: 4, max: 4 })),
      ...rowsOf('Age').map((v) => ({ ...v, min: 3, max: 5 })),
    ],
  })
  return { app, call, file }
}

/** The panel as stored, read through the open project's own connection. */
function members(app: { session: { require(): { sqlite: Database.Database } } }) {
  const db = app.session.require().sqlite
  return db
    .prepare(
      `select r.external_id as id, r.household_key as household, m.role, m.status,
         (select group_concat(v.value) from respondent_value rv join category_value v on v.id = rv.value_id where rv.respondent_id = r.id) as vals
       from panel_member m join respondent r on r.id = m.respondent_id order by m.role, r.external_id`,
    )
    .all() as { id: string; household: string; role: string; status: string; vals: string }[]
}

describe('the public, verifiable draw in a project', () => {
  it('commits the lottery before the seed, draws a panel meeting the quotas and the household rule, and verifies', async () => {
    const { app, call, file } = await setup()
    const prepared = await call<DrawView>('draw:prepare', {
      jobId: 'd1',
      kind: 'initial',
      request: { algorithm: 'leximin', reserves: 3 },
    })
    expect(prepared).toMatchObject({ status: 'committed', seed: null, selected: [] })
    expect(prepared.lotteryHash).toMatch(/^[0-9a-f]{64}$/)
    const probabilities = Object.values(prepared.probabilities)
    expect(probabilities).toHaveLength(40)
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(8, 6)
    expect(prepared.stats?.minProbability).toBeGreaterThan(0.1)

    const done = await call<DrawView>('draw:complete', { drawId: prepared.id, seed: 'dice: 4 1 6 6 2 3' })
    expect(done).toMatchObject({ status: 'completed', seed: 'dice: 4 1 6 6 2 3' })
    expect(done.selected).toHaveLength(8)
    expect(done.reserves).toHaveLength(3)
    const panel = members(app).filter((m) => m.role === 'selected')
    expect(panel.filter((m) => m.vals.includes('Male'))).toHaveLength(4)
    const households = panel.map((m) => m.household).filter((h) => h !== '')
    expect(new Set(households).size).toBe(households.length)

    const log = await call<{ kind: string }[]>('audit:list', null)
    expect(log.map((e) => e.kind)).toEqual([
      'assembly.created',
      'pool.imported',
      'quotas.locked',
      'draw.committed',
      'draw.completed',
    ])
    const report = await call<VerifyReport>('audit:verify', null)
    expect(report).toMatchObject({ ok: true, draws: [{ draw: prepared.id, ok: true }] })
    await app.close()

    // Someone edits the recorded panel: verify re-draws and notices.
    const raw = new Database(file)
    raw
      .prepare('update draw set selected = ? where id = ?')
      .run(JSON.stringify(['p00', ...done.selected.slice(1)]), prepared.id)
    raw.close()
    const again = await setupReopen(file)
    const broken = await again.call<VerifyReport>('audit:verify', null)
    expect(broken.draws?.[0]).toMatchObject({ ok: false })
    await again.app.close()
  })

  it('the same inputs and seed give the same panel; a replacement keeps the quotas with the people still held', async () => {
    const a = await setup()
    const first = await a.call<DrawView>('draw:prepare', {
      jobId: 'x',
      kind: 'initial',
      request: { algorithm: 'leximin', reserves: 2 },
    })
    const drawn = await a.call<DrawView>('draw:complete', { drawId: first.id, seed: '12345' })
    await a.app.close()
    const b = await setup()
    const second = await b.call<DrawView>('draw:prepare', {
      jobId: 'y',
      kind: 'initial',
      request: { algorithm: 'leximin', reserves: 2 },
    })
    expect(second.inputHash).toBe(first.inputHash)
    expect(second.lotteryHash).toBe(first.lotteryHash)
    const redrawn = await b.call<DrawView>('draw:complete', { drawId: second.id, seed: '12345' })
    expect(redrawn.selected).toEqual(drawn.selected)
    expect(redrawn.reserves).toEqual(drawn.reserves)

    // One member withdraws: a replacement draw fills the seat within the remaining quotas.
    const leaving = redrawn.selected[0] ?? ''
    await b.call('panel:setStatus', { externalId: leaving, status: 'confirmed' })
    await b.call('panel:setStatus', { externalId: leaving, status: 'withdrawn', reason: 'Moved abroad' })
    const replacement = await b.call<DrawView>('draw:prepare', {
      jobId: 'r',
      kind: 'replacement',
      request: { algorithm: 'leximin' },
    })
    expect(replacement.panelSize).toBe(1)
    const filled = await b.call<DrawView>('draw:complete', { drawId: replacement.id, seed: 'replacement 1' })
    expect(filled.selected).toHaveLength(1)
    expect(redrawn.selected).not.toContain(filled.selected[0])
    const panel = members(b.app).filter((m) => m.role === 'selected' && m.status !== 'withdrawn')
    expect(panel).toHaveLength(8)
    expect(panel.filter((m) => m.vals.includes('Male'))).toHaveLength(4)
    expect(await b.call<VerifyReport>('audit:verify', null)).toMatchObject({
      ok: true,
      draws: [{ ok: true }, { ok: true }],
    })
    await b.app.close()
  })

  it('LEGACY draws without a lottery and is verifiable too', async () => {
    const { app, call } = await setup()
    const prepared = await call<DrawView>('draw:prepare', {
      jobId: 'l',
      kind: 'initial',
      request: { algorithm: 'legacy', reserves: 2 },
    })
    expect(prepared.lotteryHash).toBeNull()
    const done = await call<DrawView>('draw:complete', { drawId: prepared.id, seed: 'legacy seed' })
    expect(done.selected).toHaveLength(8)
    expect(await call<VerifyReport>('audit:verify', null)).toMatchObject({ ok: true, draws: [{ ok: true }] })
    await app.close()
  })
})

describe('infeasible quotas', () => {
  it('are refused before anything is committed, with the smallest relaxation in the message', async () => {
    const { app, call } = await setup()
    const table = await call<QuotaTable>('quotas:get', null)
    const male = table.categories.find((c) => c.name === 'Gender')?.values.find((v) => v.value === 'Male')
    if (!male) throw new Error('no Male value')
    await call('quotas:save', { rows: [{ ...male, min: 5, max: 5 }] })
    await expect(
      call('draw:prepare', { jobId: 'i', kind: 'initial', request: { algorithm: 'maximin' } }),
    ).rejects.toMatchObject({
      code: 'infeasible-quotas',
      message: expect.stringMatching(/Smallest change.*Gender:(Male|Female)/) as unknown,
    })
    expect(await call('draw:list', null)).toEqual([])
    expect((await call<{ kind: string }[]>('audit:list', null)).map((e) => e.kind)).toEqual([
      'assembly.created',
      'pool.imported',
    ])
    await app.close()
  })
})

async function setupReopen(file: string) {
  const { app, call } = testApp(tempDir())
  await call('project:open', { file })
  return { app, call }
}
