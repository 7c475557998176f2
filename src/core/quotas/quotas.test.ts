import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { QuotaCheck, QuotaTable } from '../../shared/quotas.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'
import { quotaFromShare } from './targets.ts'
import { english } from '../../shared/messages.ts'

const tempDir = useTempDir()

describe('targets from population shares', () => {
  it('rounds the exact share down and up, widens by the deviation, keeps a floor for small groups', () => {
    expect(quotaFromShare(12, 60, { deviation: 1, floor: 1 })).toEqual({ min: 6, max: 9 })
    expect(quotaFromShare(50, 20, { deviation: 0, floor: 1 })).toEqual({ min: 10, max: 10 })
    expect(quotaFromShare(1, 20, { deviation: 0, floor: 2 })).toEqual({ min: 2, max: 2 })
    expect(quotaFromShare(0, 20, { deviation: 1, floor: 2 })).toEqual({ min: 0, max: 1 })
    expect(quotaFromShare(100, 20, { deviation: 3, floor: 1 })).toEqual({ min: 17, max: 20 })
  })
})

async function appWithPool() {
  const dir = tempDir()
  const { app: a, call } = testApp(dir)
  await call('project:create', { file: join(dir, 'documents', 'q'), name: 'Quotas' })
  // 12 people: 8 women, 4 men; two men share an address.
  const rows = Array.from({ length: 12 }, (_, i) => {
    const gender = i < 8 ? 'Female' : 'Male'
    const address = i >= 10 ? 'Same House' : `House ${i}`
    return `p${i},${gender},${address},${i % 2 === 0 ? 'Young' : 'Old'}`
  })
  const csv = join(dir, 'pool.csv')
  writeFileSync(csv, ['id,gender,address,age', ...rows].join('\n'))
  await call('pool:import', {
    jobId: 'import',
    file: csv,
    mapping: {
      columns: [
        { role: 'id' },
        { role: 'category', category: 'Gender' },
        { role: 'address' },
        { role: 'category', category: 'Age' },
      ],
      values: { Gender: { female: 'Female', male: 'Male' }, Age: { young: 'Young', old: 'Old' } },
      missing: { Gender: { kind: 'reject' }, Age: { kind: 'reject' } },
    },
  })
  return { a, call }
}

describe('quotas in a project', () => {
  it('shows pool counts beside the quotas, applies shares, and checks feasibility with the household rule', async () => {
    const { a, call } = await appWithPool()
    await call('quotas:save', { rows: [], panelSize: 4 })
    const table = await call<QuotaTable>('quotas:applyShares', {
      category: 'Gender',
      shares: { Female: 50, Male: 50 },
      rule: { deviation: 0, floor: 1 },
    })
    const gender = table.categories.find((c) => c.name === 'Gender')
    expect(gender?.values.map((v) => [v.value, v.poolCount, v.min, v.max, v.populationShare])).toEqual([
      ['Female', 8, 2, 2, 50],
      ['Male', 4, 2, 2, 50],
    ])
    expect((await call<QuotaCheck>('quotas:check', { jobId: 'c1' })).feasible).toBe(true)

    // Three men among four: but only three men can sit together (two share a house).
    const male = gender?.values.find((v) => v.value === 'Male')
    const female = gender?.values.find((v) => v.value === 'Female')
    if (!male || !female) throw new Error('missing values')
    await call('quotas:save', {
      rows: [
        { ...male, min: 4, max: 4 },
        { ...female, min: 0, max: 0 },
      ],
    })
    const check = await call<QuotaCheck>('quotas:check', { jobId: 'c2' })
    expect(check.feasible).toBe(false)
    expect(check.quota.map(english)).toContain(
      'Gender:Male: the minimum is 4 but only 3 people in the pool can be chosen together.',
    )
    expect(check.relaxation?.map((r) => english(r.sentence)).sort()).toEqual([
      'Gender:Female maximum 0 → 1',
      'Gender:Male minimum 4 → 3',
    ])
    await a.close()
  })

  it('exports and imports both file formats, refuses unknown values, and locks with an audit entry', async () => {
    const { a, call } = await appWithPool()
    await call('quotas:save', { rows: [], panelSize: 4 })
    await call('quotas:applyShares', {
      category: 'Gender',
      shares: { Female: 60, Male: 40 },
      rule: { deviation: 1, floor: 1 },
    })
    const panelot = await call<string>('quotas:export', { format: 'panelot' })
    expect(panelot.split('\n')[0]).toBe('category,feature,min,max')
    const sf = await call<string>('quotas:export', { format: 'sortition-foundation' })
    expect(sf).toContain('feature,value,min,max,min_flex,max_flex')
    const imported = await call<QuotaTable>('quotas:import', {
      text: 'feature,value,min,max\ngender,FEMALE,1,3\nGender,male,1,2\n',
    })
    expect(imported.categories[0]?.values.map((v) => [v.min, v.max])).toEqual([
      [1, 3],
      [1, 2],
    ])
    await expect(
      call('quotas:import', { text: 'category,feature,min,max\nGender,Robot,1,2\n' }),
    ).rejects.toThrow(/Gender:Robot/)

    await call('quotas:lock', null)
    await expect(call('quotas:save', { rows: [] })).rejects.toMatchObject({ code: 'quotas-locked' })
    const log = await call<{ kind: string }[]>('audit:list', null)
    expect(log.map((e) => e.kind)).toContain('quotas.locked')
    expect(await call('audit:verify', null)).toMatchObject({ ok: true })
    await a.close()
  })
})
