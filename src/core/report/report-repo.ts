import type Database from 'better-sqlite3'
import type { Row } from '../project/schema.ts'

/** All the SQL of the final report's saved choices: one row, written whole. */

type Db = Database.Database

export function readReportSettingsRow(sqlite: Db): Row<'report_settings'> | undefined {
  return sqlite.prepare<[], Row<'report_settings'>>('select * from report_settings where id = 1').get()
}

export function writeReportSettingsRow(sqlite: Db, row: Omit<Row<'report_settings'>, 'id'>): void {
  sqlite
    .prepare(
      `insert into report_settings (id, sections, foreword, summary, members_statement, logo_type, logo, updated_at)
       values (1, @sections, @foreword, @summary, @members_statement, @logo_type, @logo, @updated_at)
       on conflict (id) do update set sections = excluded.sections, foreword = excluded.foreword,
         summary = excluded.summary, members_statement = excluded.members_statement,
         logo_type = excluded.logo_type, logo = excluded.logo, updated_at = excluded.updated_at`,
    )
    .run(row)
}
