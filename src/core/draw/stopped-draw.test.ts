import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DrawView } from '../../shared/draws.ts'
import type { VerifyReport } from '../../shared/contract.ts'
import type { QuotaTable } from '../../shared/quotas.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'
import { drawEntries } from '../audit/audit-repo.ts'
import { projectDrawInput } from '../quotas/draw-input.ts'
import { computeLottery } from '../sortition/draw.ts'
import { skewedInput } from '../sortition/test-helpers.ts'
import { computedLottery } from './commit-draw.ts'
import { completeDraw } from './complete-draw.ts'
import { prepareDraw } from './prepare-draw.ts'

const tempDir = useTempDir()

/** The skewed 60-person pool of the sortition tests, imported into a project with its quotas. */
async function setup() {
  const dir = tempDir()
  const { app, call } = testApp(dir)
  await call('project:create', { file: join(dir, 'documents', 'stopped.assembly'), name: 'Stopped' })
  const { pool, quotas, panelSize } = skewedInput()
  const csv = join(dir, 'pool.csv')
  const rows = pool.map((p) => [p.id, p.features['g'], p.features['age'], p.features['area']].join(','))
  writeFileSync(csv, ['id,g,age,area', ...rows].join('\n'))
  const identity = (category: string) =>
    Object.fromEntries(
      quotas.filter((q) => q.category === category).map((q) => [q.value.toLowerCase(), q.value]),
    )
  await call('pool:import', {
    jobId: 'import',
    file: csv,
    mapping: {
      columns: [
        { role: 'id' },
        { role: 'category', category: 'g' },
        { role: 'category', category: 'age' },
        { role: 'category', category: 'area' },
      ],
      values: { g: identity('g'), age: identity('age'), area: identity('area') },
      missing: { g: { kind: 'reject' }, age: { kind: 'reject' }, area: { kind: 'reject' } },
    },
  })
  const table = await call<QuotaTable>('quotas:save', { rows: [], panelSize })
  await call('quotas:save', {
    rows: table.categories.flatMap((category) =>
      category.values.map((v) => {
        const row = quotas.find((q) => q.category === category.name && q.value === v.value)
        return { ...v, min: row?.min ?? 0, max: row?.max ?? 0 }
      }),
    ),
  })
  return { app, call }
}

describe('a draw stopped early', () => {
  it('is recorded as stopped, with its stopping point, and verify replays it exactly', async () => {
    const { app, call } = await setup()
    const project = app.session.require()
    const stop = new AbortController()
    stop.abort()
    const prepared = await prepareDraw(
      project,
      'initial',
      { algorithm: 'leximin' },
      async (input, algorithm) =>
        computedLottery(await computeLottery(input, algorithm, { stop: stop.signal })),
    )
    const stopped = prepared.stats?.stopped
    expect(stopped).toMatchObject({ iterations: 1, round: 1 })
    expect(stopped?.lowest).toBeLessThanOrEqual(stopped?.upperBound ?? 0)
    const committed = drawEntries(project.sqlite).find((e) => e.kind === 'draw.committed')
    expect(JSON.parse(committed?.payload ?? '{}')).toMatchObject({ stopped })

    // The fairest lottery differs from the stopped one: verify must replay the stop to agree.
    const fairest = await computeLottery(projectDrawInput(project.sqlite), 'leximin')
    expect(fairest.stats.minProbability).toBeGreaterThan((prepared.stats?.minProbability ?? 1) + 1e-6)

    await completeDraw(project, prepared.id, 'dice 123456')
    const report = await call<VerifyReport>('audit:verify', null)
    expect(report).toMatchObject({ ok: true, draws: [{ draw: prepared.id, ok: true }] })
    const view = (await call<DrawView[]>('draw:list', null))[0]
    expect(view?.stats?.stopped).toEqual(stopped)
    await app.close()
  })
})
