import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DrawView } from '../../shared/draws.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'
import { writeCsv } from '../pool/table/write-csv.ts'
import { openProject } from '../project/open-project.ts'
import { openDataFiles, openDataTables, writeOpenData } from './open-data.ts'

const tempDir = useTempDir()

const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`))

/** A registration whose personal fields are each distinctive enough to be searched for in the output. */
const person = fc.record({
  id: letters(6, 10).map((s) => `REG-${s}`),
  first: letters(4, 9).map((s) => `Zq${s}`),
  last: letters(4, 9).map((s) => `Xv${s}`),
  email: fc.tuple(letters(3, 8), letters(3, 8)).map(([a, b]) => `${a}.${b}@mail-${b}.example`),
  phone: fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `+44 7700 ${n}`),
  address: fc.tuple(fc.integer({ min: 1, max: 999 }), letters(5, 10)).map(([n, s]) => `${n} Qy${s} Road`),
  postcode: fc
    .tuple(letters(2, 2), fc.integer({ min: 10, max: 99 }))
    .map(([a, n]) => `${a.toUpperCase()}${n} 9ZZ`),
  group: fc.constantFrom('A', 'B'),
})

const pools = fc.uniqueArray(person, { minLength: 4, maxLength: 12, selector: (p) => p.id })

type Person = {
  id: string
  first: string
  last: string
  email: string
  phone: string
  address: string
  postcode: string
  group: string
}

async function projectWith(dir: string, people: readonly Person[]): Promise<string> {
  const { call } = testApp(dir)
  const file = join(dir, 'documents', 'open.assembly')
  await call('project:create', { file, name: 'Open data' })
  const csv = join(dir, 'pool.csv')
  const header = ['id', 'first', 'last', 'email', 'phone', 'address', 'postcode', 'group']
  writeFileSync(
    csv,
    writeCsv([
      header,
      ...people.map((p) => [p.id, p.first, p.last, p.email, p.phone, p.address, p.postcode, p.group]),
    ]),
  )
  await call('pool:import', {
    jobId: 'import',
    file: csv,
    mapping: {
      columns: [
        ...['id', 'firstName', 'lastName', 'email', 'phone', 'address', 'postcode'].map((role) => ({ role })),
        { role: 'category', category: 'Group' },
      ],
      values: { Group: { a: 'A', b: 'B' } },
      missing: { Group: { kind: 'reject' } },
    },
  })
  await call('quotas:save', { rows: [], panelSize: Math.min(3, people.length - 1) })
  const draw = await call<DrawView>('draw:prepare', {
    jobId: 'd',
    kind: 'initial',
    request: { algorithm: 'legacy', reserves: 1 },
  })
  await call('draw:complete', { drawId: draw.id, seed: '7' })
  await call('project:close', null)
  return file
}

describe('the open-data export', () => {
  it('never holds a name, e-mail, phone, address, postcode or pool id (property over generated pools)', async () => {
    await fc.assert(
      fc.asyncProperty(pools, async (people) => {
        const dir = tempDir()
        const file = await projectWith(dir, people)
        const project = await openProject(file)
        try {
          const out = join(dir, 'open')
          const written = await writeOpenData(project.sqlite, out)
          expect(written.files.length).toBeGreaterThan(0)
          const text = readdirSync(out)
            .map((name) => readFileSync(join(out, name), 'utf8'))
            .join('\n')
          const preview = JSON.stringify(openDataTables(project.sqlite))
          for (const p of people)
            for (const field of [p.id, p.first, p.last, p.email, p.phone, p.address, p.postcode]) {
              expect(text.includes(field), field).toBe(false)
              expect(preview.includes(field), field).toBe(false)
            }
          const members = JSON.parse(readFileSync(join(out, 'members.json'), 'utf8')) as { member: string }[]
          expect(members).toHaveLength(Math.min(3, people.length - 1))
          for (const m of members) expect(m.member).toMatch(/^M\d{3}$/)
        } finally {
          await project.close()
        }
      }),
      { numRuns: 10 },
    )
  }, 180_000)

  it('previews exactly the files it writes, refuses a folder that is not empty, and counts the panel by value', async () => {
    const dir = tempDir()
    const people = fc.sample(pools, { numRuns: 1, seed: 3 })[0] ?? []
    const file = await projectWith(
      dir,
      [...people, ...fc.sample(person, { numRuns: 4, seed: 9 })].filter(
        (p, i, all) => all.findIndex((q) => q.id === p.id) === i,
      ),
    )
    const project = await openProject(file)
    try {
      const out = join(dir, 'open')
      await writeOpenData(project.sqlite, out)
      const tables = openDataTables(project.sqlite)
      for (const table of tables)
        for (const f of openDataFiles(table)) expect(readFileSync(join(out, f.name), 'utf8')).toBe(f.content)
      expect(readdirSync(out)).toHaveLength(tables.length * 2)
      const composition = tables.find((t) => t.name === 'composition')
      const panel = composition?.rows.reduce((sum, row) => sum + Number(row[3]), 0)
      expect(panel).toBe(3)
      const before = readdirSync(out)
      await expect(writeOpenData(project.sqlite, out)).rejects.toThrow('not empty')
      expect(readdirSync(out)).toEqual(before)
    } finally {
      await project.close()
    }
  }, 60_000)
})
