import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../src/core/project/open-project.ts'
import { useTempDir } from '../support/temp-dir.ts'

/**
 * The row types are written once, in src/core/project/schema.ts, and the migrations build the
 * tables: the two must name the same tables and columns.
 */

const tempDir = useTempDir()
const schemaFile = join(import.meta.dirname, '..', '..', 'src', 'core', 'project', 'schema.ts')

/** Table -> columns, as schema.ts declares them (two-space table keys, four-space column keys). */
function declared(): Record<string, string[]> {
  const body = readFileSync(schemaFile, 'utf8').split('export type ProjectDatabase = {')[1] ?? ''
  const tables: Record<string, string[]> = {}
  let current: string[] | undefined
  for (const line of body.split('\n')) {
    const table = /^ {2}(\w+): \{$/.exec(line)
    if (table?.[1]) tables[table[1]] = current = []
    const column = /^ {4}(\w+): /.exec(line)
    if (column?.[1]) current?.push(column[1])
    if (line === '}') break
  }
  return tables
}

describe('schema.ts', () => {
  it('names exactly the tables and columns the migrations create', async () => {
    const file = join(tempDir(), 'schema.assembly')
    const project = await createProject(file, { name: 'Schema' })
    await project.close()
    const raw = new Database(file, { readonly: true })
    const tables = raw
      .prepare<[], string>(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name",
      )
      .pluck()
      .all()
    const actual = Object.fromEntries(
      tables.map((t) => [
        t,
        raw.prepare<[], string>(`select name from pragma_table_info('${t}')`).pluck().all(),
      ]),
    )
    raw.close()
    const expected = declared()
    expect(Object.keys(expected).sort()).toEqual(tables)
    for (const table of tables)
      expect(expected[table]?.slice().sort(), table).toEqual(actual[table]?.slice().sort())
  })
})
