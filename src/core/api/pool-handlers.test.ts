import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  poolTableFrom,
  type ImportMapping,
  type ImportPreview,
  type ImportReport,
  type PoolColumns,
} from '../../shared/pool.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'

const tempDir = useTempDir()

function app() {
  return testApp(tempDir())
}

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

const CSV =
  'ID,Name,Gender,Postcode\n1,Ada Lovelace,F,AA1 1AA\n2,Alan Turing,male,AA1 1AA\n3,Grace Hopper,,BB1 1BB\n4,Nobody,Martian,CC1 1CC\n'

describe('the pool through dispatch', () => {
  it('uploads, previews, checks without writing, imports, then shows the table, summary and a person', async () => {
    const a = app()
    await ok(a.dispatch('project:create', { file: join(a.dir, 'documents', 'p'), name: 'Pool' }))
    const { file } = await ok<{ file: string }>(
      a.dispatch('pool:upload', { fileName: 'regs.csv', dataBase64: Buffer.from(CSV).toString('base64') }),
    )
    const preview = await ok<ImportPreview>(a.dispatch('pool:preview', { file }))
    expect(preview.headers).toEqual(['ID', 'Name', 'Gender', 'Postcode'])
    // The upload keeps the user's own file name; "Gender" is proposed as a category.
    expect(preview.fileName).toBe('regs.csv')
    expect(preview.mapping.columns).toEqual([
      { role: 'id' },
      { role: 'fullName' },
      { role: 'category', category: 'Gender' },
      { role: 'postcode' },
    ])
    expect(preview.proposed).toEqual([{ column: 2, because: 'header', role: 'category' }])
    const mapping: ImportMapping = {
      ...preview.mapping,
      columns: [
        { role: 'id' },
        { role: 'fullName' },
        { role: 'category', category: 'Gender' },
        { role: 'postcode' },
      ],
      values: { Gender: { f: 'Female', male: 'Male' } },
      missing: { Gender: { kind: 'reject' } },
    }
    const check = await ok<ImportReport>(a.dispatch('pool:check', { jobId: 'c1', file, mapping }))
    expect(check).toMatchObject({ imported: 2, added: 2 })
    expect(check.rejected.map((p) => p.row)).toEqual([4, 5])
    expect(a.progress.map((p) => p.stage)).toContain('pool.check')
    expect(poolTableFrom(await ok<PoolColumns>(a.dispatch('pool:table', null))).people).toEqual([])

    const report = await ok<ImportReport>(a.dispatch('pool:import', { jobId: 'i1', file, mapping }))
    expect(report).toMatchObject({ imported: 2, households: 1 })
    const table = poolTableFrom(await ok<PoolColumns>(a.dispatch('pool:table', null)))
    expect(table.categories).toEqual([{ id: 1, name: 'Gender', values: ['Female', 'Male'] }])
    expect(table.people.map((p) => [p.externalId, p.name, p.values, p.household])).toEqual([
      ['1', 'Ada Lovelace', [0], 1],
      ['2', 'Alan Turing', [1], 1],
    ])
    expect(await ok(a.dispatch('pool:summary', null))).toEqual([
      {
        name: 'Gender',
        total: 2,
        values: [
          { value: 'Female', count: 1, share: 0.5, targetShare: null, shortfall: null },
          { value: 'Male', count: 1, share: 0.5, targetShare: null, shortfall: null },
        ],
      },
    ])
    // With population shares set (quotas), the summary shows the gap: 80% women wanted, 50% in the pool.
    const quotas = await ok<{ categories: { values: { value: string }[] }[] }>(a.dispatch('quotas:get', null))
    await ok(
      a.dispatch('quotas:save', {
        rows: (quotas.categories[0]?.values ?? []).map((v) => ({
          ...v,
          populationShare: v.value === 'Female' ? 80 : 20,
        })),
        panelSize: 1,
      }),
    )
    expect(await ok(a.dispatch('pool:summary', null))).toMatchObject([
      {
        values: [
          { value: 'Female', targetShare: 0.8, shortfall: 1 },
          { value: 'Male', targetShare: 0.2, shortfall: 0 },
        ],
      },
    ])
    const ada = await ok<{ householdMembers: { name: string }[] }>(
      a.dispatch('pool:person', { id: table.people[0]?.id ?? 0 }),
    )
    expect(ada.householdMembers.map((m) => m.name)).toEqual(['Alan Turing'])

    const csv = await ok<string>(a.dispatch('pool:problemsCsv', { problems: report.rejected }))
    expect(csv.split('\r\n')[0]).toBe('\uFEFFRow,Column,Problem')
    await a.close()
  })

  it('adds a person by hand with the same checks as an import', async () => {
    const a = app()
    await ok(a.dispatch('project:create', { file: join(a.dir, 'documents', 'm'), name: 'Manual' }))
    const { file } = await ok<{ file: string }>(
      a.dispatch('pool:upload', {
        fileName: 'r.csv',
        dataBase64: Buffer.from('id,gender\nx,Female\n').toString('base64'),
      }),
    )
    await ok(
      a.dispatch('pool:import', {
        jobId: 'j',
        file,
        mapping: {
          columns: [{ role: 'id' }, { role: 'category', category: 'Gender' }],
          values: { Gender: { female: 'Female', male: 'Male' } },
          missing: { Gender: { kind: 'reject' } },
        },
      }),
    )
    const entry = {
      externalId: '',
      firstName: 'Phone',
      lastName: 'Caller',
      email: 'p@example.org',
      phone: '0123 456789',
      address: '1 Lane',
      postcode: 'ZZ1 1ZZ',
      consent: true,
      values: { Gender: 'Male' },
    }
    const added = await ok<{ externalId: string; values: Record<string, string> }>(
      a.dispatch('pool:addPerson', entry),
    )
    expect(added).toMatchObject({ externalId: 'M-0001', values: { Gender: 'Male' } })
    expect(await a.dispatch('pool:addPerson', { ...entry, consent: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(await a.dispatch('pool:addPerson', { ...entry, externalId: 'x' })).toMatchObject({
      ok: false,
      error: { message: 'Someone with the id “x” is already in the pool.' },
    })
    expect(await a.dispatch('pool:addPerson', { ...entry, values: { Gender: 'Robot' } })).toMatchObject({
      ok: false,
    })
    await a.close()
  })
})
