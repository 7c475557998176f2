import type Database from 'better-sqlite3'

/** The project file's own facts (`project_meta`): its id, when and by which app it was created. */

export function insertMeta(sqlite: Database.Database, entries: Record<string, string>): void {
  const insert = sqlite.prepare('insert into project_meta (key, value) values (?, ?)')
  for (const [key, value] of Object.entries(entries)) insert.run(key, value)
}

export function readMeta(sqlite: Database.Database, key: string): string {
  return (
    sqlite.prepare<[string], string>('select value from project_meta where key = ?').pluck().get(key) ?? ''
  )
}
