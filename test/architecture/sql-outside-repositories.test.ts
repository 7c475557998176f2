import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * One way into the database: SQL lives only in repository modules (`*-repo.ts`) and in the
 * migrations. Everything else calls repository functions. This scans every source file under src/
 * (tests aside) and fails on SQL anywhere else.
 */

const root = join(import.meta.dirname, '..', '..')

/** Where SQL may be written. */
function mayHoldSql(path: string): boolean {
  return path.endsWith('-repo.ts') || path === 'src/core/project/migrations.ts'
}

/** kysely only builds the schema: imported by the migrations and by the code that runs them. */
const KYSELY_ALLOWED = new Set(['src/core/project/migrations.ts', 'src/core/project/open-project.ts'])

const PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'a prepared statement', pattern: /\.prepare\s*[<(]/ },
  { name: 'a pragma', pattern: /\.pragma\s*\(/ },
  { name: 'SQL run with exec', pattern: /\.exec\s*\(\s*['"`]/ },
  {
    name: 'a kysely query',
    pattern: /\.(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\s*\(/,
  },
  { name: 'a kysely sql template', pattern: /\bsql\s*`/ },
  {
    name: 'an SQL statement in a string',
    pattern:
      /['"`]\s*(select\s+(\*|distinct\b|count\s*\(|[\w.]+\s*(,|\bfrom\b|\bas\b))|insert\s+(or\s+\w+\s+)?into\s+\w|update\s+\w+\s+set\s|delete\s+from\s+\w|(create|drop)\s+(table|index|trigger|view)\b|pragma\s+\w|begin\s+(exclusive|immediate|deferred|transaction)\b)/i,
  },
]

function sqlIn(text: string): string[] {
  return PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    if (!/\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name)) return []
    if (/\.test\.[cm]?tsx?$/.test(entry.name)) return []
    return [path]
  })
}

/** Files that still hold SQL outside a repository, to be moved (the list only shrinks). */
const KNOWN_EXCEPTIONS: string[] = []

describe('SQL only in repositories and migrations', () => {
  it('finds no SQL anywhere else in src/', () => {
    const found: string[] = []
    for (const file of sourceFiles(join(root, 'src'))) {
      const path = relative(root, file).split('\\').join('/')
      if (mayHoldSql(path) || KNOWN_EXCEPTIONS.includes(path)) continue
      const lines = readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, i) => {
        for (const what of sqlIn(line)) found.push(`${path}:${i + 1}: ${what}: ${line.trim()}`)
        if (/from\s+['"]kysely(\/[\w-]+)?['"]/.test(line) && !KYSELY_ALLOWED.has(path))
          found.push(`${path}:${i + 1}: kysely outside the migrations: ${line.trim()}`)
      })
    }
    expect(found).toEqual([])
  })

  it('recognises SQL as the repositories write it, and not ordinary code or text', () => {
    const sql = [
      "sqlite.prepare('select 1 from draw')",
      'db.prepare<[number], Row>(query)',
      "sqlite.pragma('user_version')",
      "sqlite.exec('BEGIN EXCLUSIVE; COMMIT')",
      "await db.selectFrom('audit_entry').selectAll()",
      'await sql`CREATE TRIGGER t`.execute(db)',
      "const q = 'select id, name from category order by position'",
      'const q = `SELECT * FROM respondent`',
      "run('insert into quota (value_id) values (?)')",
      'run("update vote_count set present = ? where ballot_id = ?")',
      "run('delete from panel_member where role = ?')",
      "'select count(*) as n from respondent'",
    ]
    for (const line of sql) expect(sqlIn(line), line).not.toEqual([])
    const notSql = [
      'const iso = /^(\\d{4})-(\\d{1,2})$/.exec(text)',
      "t('draw.prepare.cancel')",
      "label: 'Select a file to import'",
      "'Update the app to open it.'",
      "message: 'Delete this ballot?'",
      'const selected = draw.selected',
    ]
    for (const line of notSql) expect(sqlIn(line), line).toEqual([])
  })

  it('keeps its list of known exceptions short and true', () => {
    for (const path of KNOWN_EXCEPTIONS) {
      const text = readFileSync(join(root, path), 'utf8')
      expect(sqlIn(text), `${path} holds no SQL any more: take it off the list`).not.toEqual([])
    }
  })
})
