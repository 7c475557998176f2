import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliProcess } from '../../test/support/run-cli-process.ts'
import { useTempDir } from '../../test/support/temp-dir.ts'
import { createProject } from '../core/project/open-project.ts'
import { importPool } from '../core/pool/import-pool.ts'

const tempDir = useTempDir()
const cli = runCliProcess

/** A project whose categories exist (as after a first import in the wizard). */
async function projectWithCategories(dir: string): Promise<string> {
  const file = join(dir, 'p.assembly')
  const seed = join(dir, 'seed.csv')
  writeFileSync(seed, 'id,gender,area\ns1,Female,North\ns2,Male,South\n')
  const project = await createProject(file, { name: 'CLI pool' })
  await importPool(project, seed, {
    mapping: {
      columns: [
        { role: 'id' },
        { role: 'category', category: 'Gender' },
        { role: 'category', category: 'Area' },
      ],
      values: { Gender: { female: 'Female', male: 'Male' }, Area: { north: 'North', south: 'South' } },
      missing: { Gender: { kind: 'reject' }, Area: { kind: 'reject' } },
    },
  })
  await project.close()
  return file
}

describe('cli pool import', () => {
  it('maps headers onto categories, reports rejected rows and households as JSON', async () => {
    const dir = tempDir()
    const file = await projectWithCategories(dir)
    const csv = join(dir, 'regs.csv')
    writeFileSync(
      csv,
      'Person,GENDER,Area,Street,Postcode,Phone\n' +
        'p1,female,north,1 Main St,AA1 1AA,07700 900001\n' +
        'p2,M,South,1 main street,aa11aa,+447700900002\n' +
        'p3,Other,North,2 Side Rd,BB2 2BB,007\n' +
        'p1,Female,North,3 Far Rd,CC3 3CC,07700 900004\n',
    )
    const run = cli(
      'pool',
      'import',
      file,
      csv,
      '--id-column',
      'Person',
      '--household-columns',
      'Street,Postcode',
      '--json',
    )
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    expect(report).toMatchObject({
      imported: 2,
      duplicates: 1,
      households: 1,
      rejected: [
        { row: 4, column: 'GENDER', reason: '“Other” is not one of the answers for Gender.' },
        { row: 5, column: 'Person', reason: 'The id “p1” is also used on row 2.' },
      ],
    })
  })

  it('an unreadable file or a missing id column exits 1 and imports nothing', async () => {
    const dir = tempDir()
    const file = await projectWithCategories(dir)
    const before = readFileSync(file)
    const bomb = join(dir, 'broken.xlsx')
    writeFileSync(bomb, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]))
    const broken = cli('pool', 'import', file, bomb, '--json')
    expect(broken.code).toBe(1)
    expect(JSON.parse(broken.stdout)).toMatchObject({ error: { code: 'invalid-input' } })
    const csv = join(dir, 'noid.csv')
    writeFileSync(csv, 'name,gender\nA,Female\n')
    const noId = cli('pool', 'import', file, csv, '--id-column', 'id')
    expect(noId.code).toBe(1)
    expect(noId.stderr).toMatch(/no id column “id”/)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(cli('pool', 'import', file).code).toBe(2)
  })
})
