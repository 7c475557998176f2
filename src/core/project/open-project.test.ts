import Database from 'better-sqlite3'
import { readFileSync, statSync, truncateSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { APPLICATION_ID } from './format.ts'
import { FORMAT_VERSION } from './migrations.ts'
import { createProject, openProject } from './open-project.ts'
import { getProfile, updateProfile } from '../profile/profile-repo.ts'

const tempDir = useTempDir()

async function expectRefused(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  return error as AppError
}

function fileBytes(path: string): Buffer {
  return readFileSync(path)
}

describe('creating and reopening a project file', () => {
  it('creates a stamped file from zero with every migration applied', async () => {
    const file = join(tempDir(), 'a.assembly')
    const project = await createProject(file, { name: 'Test assembly' })
    await project.close()
    const raw = new Database(file, { readonly: true })
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(raw.pragma('user_version', { simple: true })).toBe(FORMAT_VERSION)
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete')
    const tables = raw
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all()
    expect(tables).toEqual([
      'agenda_settings',
      'assembly_profile',
      'attendance',
      'audit_entry',
      'ballot',
      'block_facilitator',
      'block_speaker',
      'category',
      'category_value',
      'contact_attempt',
      'contact_priority',
      'draw',
      'draw_settings',
      'import_mapping',
      'kysely_migration',
      'kysely_migration_lock',
      'member_comment',
      'member_question',
      'member_record',
      'member_status_change',
      'minority_statement',
      'panel_member',
      'paper_ballot',
      'pool_import',
      'project_meta',
      'quota',
      'recommendation',
      'recommendation_version',
      'report_settings',
      'respondent',
      'respondent_value',
      'session',
      'session_block',
      'speaker',
      'table_plan',
      'table_plan_settings',
      'table_rule',
      'table_seat',
      'vote_count',
    ])
    raw.close()
  })

  it('keeps what was written when reopened', async () => {
    const file = join(tempDir(), 'b.assembly')
    const project = await createProject(file, { name: 'Before' })
    const id = project.id
    await project.write(() =>
      updateProfile(project.sqlite, { name: 'After', targetPanelSize: 40 }, project.timestamp()),
    )
    await project.close()
    const reopened = await openProject(file)
    expect(reopened.id).toBe(id)
    const profile = getProfile(reopened.sqlite)
    expect(profile).toMatchObject({ name: 'After', targetPanelSize: 40 })
    await reopened.close()
  })

  it('refuses to overwrite an existing file', async () => {
    const file = join(tempDir(), 'c.assembly')
    writeFileSync(file, 'precious')
    await expectRefused(createProject(file, { name: 'x' }), 'file-exists')
    expect(readFileSync(file, 'utf8')).toBe('precious')
  })
})

describe('upgrading a file from an older version', () => {
  it('keeps a copy in the old format beside it, then migrates', async () => {
    const dir = tempDir()
    const file = join(dir, 'old.assembly')
    const project = await createProject(file, { name: 'Old' })
    await project.close()
    // Make it look like a format-1 file: only the first migration applied.
    const raw = new Database(file)
    const later = Object.keys((await import('./migrations.ts')).migrations).slice(1)
    raw.exec('PRAGMA foreign_keys = OFF')
    // Every table the later migrations created (foreign keys are off, so the order is free).
    const first = [
      'project_meta',
      'assembly_profile',
      'audit_entry',
      'kysely_migration',
      'kysely_migration_lock',
    ]
    const tables = raw
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
      .pluck()
      .all() as string[]
    for (const table of tables.filter((t) => !first.includes(t))) {
      raw.exec(`DROP TABLE ${table}`)
    }
    raw
      .prepare(`DELETE FROM kysely_migration WHERE name IN (${later.map(() => '?').join(',')})`)
      .run(...later)
    raw.pragma('user_version = 1')
    raw.close()
    const upgraded = await openProject(file)
    await upgraded.close()
    const copy = new Database(join(dir, 'old.format-1.assembly'), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    copy.close()
    const now = new Database(file, { readonly: true })
    expect(now.pragma('user_version', { simple: true })).toBe(FORMAT_VERSION)
    expect(now.prepare('select count(*) as n from draw').get()).toEqual({ n: 0 })
    now.close()
  })
})

describe('refusing files it must not open, without touching them', () => {
  it('a file that is not SQLite', async () => {
    const file = join(tempDir(), 'notes.assembly')
    writeFileSync(file, 'PK\u0003\u0004 this is a zip, not a database'.repeat(20))
    const before = fileBytes(file)
    await expectRefused(openProject(file), 'not-sqlite')
    expect(fileBytes(file).equals(before)).toBe(true)
  })

  it('a SQLite file that is not an assembly', async () => {
    const file = join(tempDir(), 'other.sqlite')
    const other = new Database(file)
    other.exec('create table t (x); insert into t values (1)')
    other.close()
    const before = fileBytes(file)
    await expectRefused(openProject(file), 'not-an-assembly')
    expect(fileBytes(file).equals(before)).toBe(true)
  })

  it('a file from a newer version of the app', async () => {
    const file = join(tempDir(), 'future.assembly')
    const project = await createProject(file, { name: 'Future' })
    await project.close()
    const raw = new Database(file)
    raw.pragma(`user_version = ${FORMAT_VERSION + 1}`)
    raw.close()
    const before = fileBytes(file)
    const error = await expectRefused(openProject(file), 'newer-format')
    expect(error.message).toMatch(/newer version/)
    expect(fileBytes(file).equals(before)).toBe(true)
  })

  it('a truncated file', async () => {
    const file = join(tempDir(), 'cut.assembly')
    const project = await createProject(file, { name: 'Cut' })
    await project.write(() => {
      const insert = project.sqlite.prepare('insert into project_meta (key, value) values (?, ?)')
      for (let i = 0; i < 40; i++) insert.run(`filler-${i}`, 'x'.repeat(2000))
    })
    await project.close()
    truncateSync(file, Math.floor(statSync(file).size / 3))
    const before = fileBytes(file)
    await expectRefused(openProject(file), 'damaged-file')
    expect(fileBytes(file).equals(before)).toBe(true)
  })

  it('a file with a damaged page', async () => {
    const file = join(tempDir(), 'corrupt.assembly')
    const project = await createProject(file, { name: 'Corrupt' })
    await project.write(() => {
      const insert = project.sqlite.prepare('insert into project_meta (key, value) values (?, ?)')
      for (let i = 0; i < 40; i++) insert.run(`filler-${i}`, 'y'.repeat(2000))
    })
    await project.close()
    const bytes = fileBytes(file)
    // Scribble over the middle of a b-tree page (not the header).
    for (let i = 0; i < 64; i++) bytes[4096 * 3 + 8 + i] = 0xff
    writeFileSync(file, bytes)
    await expectRefused(openProject(file), 'damaged-file')
    expect(fileBytes(file).equals(bytes)).toBe(true)
  })

  it('a missing file', async () => {
    await expectRefused(openProject(join(tempDir(), 'nowhere.assembly')), 'file-not-found')
  })
})

describe('one writer at a time', () => {
  it('refuses a second open in the same app', async () => {
    const file = join(tempDir(), 'twice.assembly')
    const project = await createProject(file, { name: 'Twice' })
    await expectRefused(openProject(file), 'already-open')
    await project.close()
    const again = await openProject(file)
    await again.close()
  })

  it('another process can neither read nor write while the file is open', async () => {
    const file = join(tempDir(), 'locked.assembly')
    const project = await createProject(file, { name: 'Locked' })
    const { spawnSync } = await import('node:child_process')
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(file)}, { timeout: 100 });
      try { db.prepare('select count(*) from project_meta').get(); console.log('read'); }
      catch (e) { console.log(e.code); }`
    const other = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    expect(other.stdout.trim()).toBe('SQLITE_BUSY')
    const openElsewhere = `
      import { openProject } from ${JSON.stringify(new URL('./open-project.ts', import.meta.url).pathname)};
      try { await openProject(${JSON.stringify(file)}, { lockTimeoutMs: 100 }); console.log('opened') }
      catch (e) { console.log(e.code) }`
    const app = spawnSync(process.execPath, ['--input-type=module', '-e', openElsewhere], {
      encoding: 'utf8',
    })
    expect(app.stdout.trim()).toBe('locked-by-other')
    await project.close()
    const after = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    expect(after.stdout.trim()).toBe('read')
    expect(existsSync(`${file}-journal`)).toBe(false)
  })
})
