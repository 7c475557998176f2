import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * Every schema change, in order, imported statically (a bundle cannot scan a folder).
 * Never edit a migration that has shipped: add a new one. The format version of a file is the
 * number of migrations applied to it.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('project_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('assembly_profile')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('remit', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('commissioning_body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('process_type', 'text', (c) => c.notNull().defaultTo('citizens-assembly'))
        .addColumn('target_panel_size', 'integer')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('venues', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('locked_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('audit_entry')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .execute()

      // Append-only: these stop accidents; the hash chain (checked by `verify`) detects the rest.
      await sql`CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END`.execute(db)
      await sql`CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END`.execute(db)
    },
  },
}

export const FORMAT_VERSION = Object.keys(migrations).length
