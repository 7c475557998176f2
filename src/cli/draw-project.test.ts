import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { runCliProcess } from '../../test/support/run-cli-process.ts'
import { useTempDir } from '../../test/support/temp-dir.ts'
import { createProject, openProject } from '../core/project/open-project.ts'
import { changeMemberStatus } from '../core/people/member-status.ts'
import { importPool } from '../core/pool/import-pool.ts'
import { quotaTable, saveQuotas } from '../core/quotas/quota-repo.ts'

const tempDir = useTempDir()
const cli = runCliProcess

async function projectWithQuotas(dir: string): Promise<string> {
  const file = join(dir, 'p.assembly')
  const csv = join(dir, 'pool.csv')
  const rows = Array.from(
    { length: 30 },
    (_, i) =>
      `r${i},${i % 2 ? 'Female' : 'Male'},${i % 3 ? 'Town' : 'Village'},${i < 6 ? 'Farm' : `Street ${i}`}`,
  )
  writeFileSync(csv, ['id,gender,area,address', ...rows].join('\n'))
  const project = await createProject(file, { name: 'CLI draw' })
  await importPool(project, csv, {
    mapping: {
      columns: [
        { role: 'id' },
        { role: 'category', category: 'Gender' },
        { role: 'category', category: 'Area' },
        { role: 'address' },
      ],
      values: { Gender: { female: 'Female', male: 'Male' }, Area: { town: 'Town', village: 'Village' } },
      missing: { Gender: { kind: 'reject' }, Area: { kind: 'reject' } },
    },
  })
  const table = quotaTable(project.sqlite)
  await saveQuotas(
    project,
    table.categories.flatMap((c) => c.values.map((v) => ({ ...v, min: 2, max: 4 }))),
    6,
  )
  await project.close()
  return file
}

describe('cli draw <project-file> and verify', () => {
  it('draws, records the draw, and verify re-runs it; a replacement follows; tampering is caught', async () => {
    const dir = tempDir()
    const file = await projectWithQuotas(dir)
    const first = cli('draw', file, '--seed', 'observer dice 3-5-1', '--json')
    expect(first.code).toBe(0)
    const output = JSON.parse(first.stdout) as {
      kind: string
      seed: string
      selected: string[]
      reserves: string[]
      inputHash: string
      lottery: unknown[]
    }
    expect(output).toMatchObject({ kind: 'initial', seed: 'observer dice 3-5-1' })
    expect(output.selected).toHaveLength(6)
    expect(output.lottery.length).toBeGreaterThan(0)
    expect(output.inputHash).toMatch(/^[0-9a-f]{64}$/)

    const verified = cli('verify', file, '--json')
    expect(verified.code).toBe(0)
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, draws: [{ ok: true }] })

    // A member declines (recorded as the app records it, in the audit log), then the CLI draws the replacement.
    const project = await openProject(file)
    await changeMemberStatus(project, {
      externalId: output.selected[0] ?? '',
      status: 'declined',
      reason: '',
      by: 'test',
    })
    await project.close()
    const second = cli('draw', file, '--seed', 'replacement', '--json')
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout)).toMatchObject({ kind: 'replacement', panelSize: 1 })
    expect(cli('verify', file).code).toBe(0)

    const tamper = new Database(file)
    tamper.prepare("update draw set seed = 'another seed' where id = 1").run()
    tamper.close()
    const broken = cli('verify', file, '--json')
    expect(broken.code).toBe(1)
    const mismatches = (JSON.parse(broken.stdout) as { mismatches: { record: string }[] }).mismatches
    expect(mismatches.map((m) => m.record)).toContain('draw 1')
  })

  it('infeasible quotas exit 1 with the relaxation in error.relaxation', async () => {
    const dir = tempDir()
    const file = await projectWithQuotas(dir)
    const db = new Database(file)
    db.prepare(
      'update quota set min = 6, max = 6 where value_id = (select id from category_value where value = ?)',
    ).run('Village')
    db.close()
    const run = cli('draw', file, '--json')
    expect(run.code).toBe(1)
    const error = (JSON.parse(run.stdout) as { error: { code: string; relaxation: { sentences: string[] } } })
      .error
    expect(error.code).toBe('infeasible-quotas')
    expect(error.relaxation.sentences.join(' ')).toMatch(/Area:Village minimum 6 → /)
  })
})
