import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { BackupStore, BACKUP_INTERVAL_MS } from '../project/backups.ts'
import { getProfile, updateProfile } from '../profile/profile-repo.ts'
import { AppState } from './app-state.ts'
import { Session } from './session.ts'
import { openProject } from '../project/open-project.ts'

const tempDir = useTempDir()

function setup(clock = { t: Date.parse('2026-03-01T09:00:00Z') }) {
  const dir = tempDir()
  const state = new AppState(join(dir, 'data'))
  const backups = new BackupStore(join(dir, 'data', 'backups'), 3)
  const session = new Session({ state, backups, now: () => new Date(clock.t) })
  return { dir, state, backups, session, clock }
}

describe('the session and its backups', () => {
  it('backs up on open and after 15 minutes of edits, keeping the last N', async () => {
    const { dir, backups, session, clock } = setup()
    await session.create(join(dir, 'a.assembly'), 'A')
    const id = session.require().id
    expect(backups.list(id).map((b) => b.reason)).toEqual(['open'])

    const edit = async (question: string) => {
      const project = session.require()
      await project.write(() => updateProfile(project.sqlite, { question }, project.timestamp()))
    }
    clock.t += 60_000
    await edit('one minute later')
    await session.close()
    expect(backups.list(id)).toHaveLength(1)

    await session.open(join(dir, 'a.assembly'))
    for (let i = 0; i < 4; i++) {
      clock.t += BACKUP_INTERVAL_MS
      await edit(`edit ${i}`)
    }
    await session.close()
    const list = backups.list(id)
    expect(list).toHaveLength(3)
    expect(list.map((b) => b.reason)).toEqual(['autosave', 'autosave', 'autosave'])
  })

  it('restores a backup and keeps the state before the restore as a backup', async () => {
    const { dir, backups, session, clock } = setup()
    const file = join(dir, 'r.assembly')
    await session.create(file, 'Original name')
    const id = session.require().id
    const [first] = backups.list(id)
    clock.t += 1000
    const project = session.require()
    await project.write(() => updateProfile(project.sqlite, { name: 'Changed name' }, project.timestamp()))

    clock.t += 1000
    const summary = await session.restoreBackup(first?.id ?? '')
    expect(summary.name).toBe('Original name')
    const reasons = backups.list(id).map((b) => b.reason)
    expect(reasons).toContain('before-restore')

    const beforeRestore = backups.list(id).find((b) => b.reason === 'before-restore')
    await session.restoreBackup(beforeRestore?.id ?? '')
    expect(getProfile(session.require().sqlite).name).toBe('Changed name')
    await session.close()
  })

  it('refuses an unknown backup without closing the project', async () => {
    const { dir, session } = setup()
    await session.create(join(dir, 'u.assembly'), 'U')
    await expect(session.restoreBackup('2026-01-01T00-00-00-000Z--open.assembly')).rejects.toMatchObject({
      code: 'backup-not-found',
    })
    await expect(session.restoreBackup('../../etc/passwd')).rejects.toMatchObject({
      code: 'backup-not-found',
    })
    expect(session.current()).not.toBeNull()
    await session.close()
  })

  it('saves a complete copy that opens on its own, and refuses to overwrite unless asked', async () => {
    const { dir, session } = setup()
    await session.create(join(dir, 'orig.assembly'), 'Copied')
    const target = join(dir, 'copy.assembly')
    await session.saveCopy(target, false)
    await expect(session.saveCopy(target, false)).rejects.toMatchObject({ code: 'file-exists' })
    await session.saveCopy(target, true)
    await expect(session.saveCopy(join(dir, 'orig.assembly'), true)).rejects.toMatchObject({
      code: 'file-exists',
    })
    await session.close()
    const copy = await openProject(target)
    expect(getProfile(copy.sqlite).name).toBe('Copied')
    await copy.close()
    expect(readdirSync(dir).filter((f) => f.endsWith('.saving'))).toEqual([])
  })

  it('keeps the current project open when another cannot be opened', async () => {
    const { dir, session } = setup()
    await session.create(join(dir, 'keep.assembly'), 'Keep me')
    writeFileSync(join(dir, 'junk.assembly'), 'not a database at all, just some text that is long enough')
    await expect(session.open(join(dir, 'junk.assembly'))).rejects.toMatchObject({ code: 'not-sqlite' })
    expect((await session.summary()).name).toBe('Keep me')
    await session.close()
  })
})

describe('app state', () => {
  it('remembers recent files newest first and prunes missing ones', async () => {
    const { dir, state, session } = setup()
    await session.create(join(dir, 'one.assembly'), 'One')
    await session.create(join(dir, 'two.assembly'), 'Two')
    await session.close()
    expect(state.recent().map((r) => r.name)).toEqual(['Two', 'One'])
    const { rmSync } = await import('node:fs')
    rmSync(join(dir, 'one.assembly'))
    expect(state.recent().map((r) => r.name)).toEqual(['Two'])
    expect(new AppState(join(dir, 'data')).recent().map((r) => r.name)).toEqual(['Two'])
  })

  it('keeps the language and survives a damaged preferences file', () => {
    const dir = tempDir()
    const state = new AppState(dir)
    expect(state.settings().language).toBe('en')
    state.setLanguage('fr')
    expect(new AppState(dir).settings().language).toBe('fr')
    writeFileSync(join(dir, 'preferences.json'), '{ not json')
    expect(new AppState(dir).settings().language).toBe('en')
    expect(existsSync(join(dir, 'preferences.json'))).toBe(true)
  })
})
