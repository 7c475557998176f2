import Database from 'better-sqlite3'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { createProject, openProject } from '../project/open-project.ts'
import { appendAudit, auditHead, canonicalJson, entryHash, listAudit, verifyAudit } from './audit-log.ts'

const tempDir = useTempDir()

async function projectWithEntries(count: number) {
  const file = join(tempDir(), 'audit.assembly')
  const project = await createProject(file, { name: 'Audit' })
  for (let i = 0; i < count; i++) {
    await project.write(() =>
      appendAudit(project.sqlite, {
        kind: 'vote.counted',
        at: project.timestamp(),
        payload: { ballot: i, tally: { yes: 31 + i, no: 7 } },
      }),
    )
  }
  await project.close()
  return file
}

/** Tampering as someone with the file and a SQLite tool would do it: drop the guard, edit, done. */
function tamper(file: string, sql: string): void {
  const raw = new Database(file)
  raw.exec('DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;')
  raw.exec(sql)
  raw.close()
}

async function verify(file: string) {
  const project = await openProject(file)
  try {
    return verifyAudit(project.sqlite)
  } finally {
    await project.close()
  }
}

describe('the audit chain', () => {
  it('verifies an untouched log and reports its head', async () => {
    const file = await projectWithEntries(3)
    const project = await openProject(file)
    const report = verifyAudit(project.sqlite)
    expect(report).toEqual({ ok: true, entries: 4, head: auditHead(project.sqlite) })
    const entries = listAudit(project.sqlite)
    expect(entries.map((e) => e.kind)).toEqual([
      'assembly.created',
      'vote.counted',
      'vote.counted',
      'vote.counted',
    ])
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash)
    await project.close()
  })

  it('is append-only through normal SQL', async () => {
    const file = await projectWithEntries(1)
    const raw = new Database(file)
    expect(() => raw.exec("UPDATE audit_entry SET kind = 'x' WHERE seq = 1")).toThrow(/append-only/)
    expect(() => raw.exec('DELETE FROM audit_entry WHERE seq = 1')).toThrow(/append-only/)
    raw.close()
  })

  it('detects an edited payload', async () => {
    const file = await projectWithEntries(3)
    tamper(file, `UPDATE audit_entry SET payload = replace(payload, '"yes":32', '"yes":52') WHERE seq = 3`)
    const report = await verify(file)
    expect(report.ok).toBe(false)
    expect(!report.ok && report.firstMismatch.seq).toBe(3)
  })

  it('detects an edit even when the edited entry is given a freshly computed hash', async () => {
    const file = await projectWithEntries(3)
    const raw = new Database(file)
    const row = raw.prepare('select * from audit_entry where seq = 2').get() as {
      seq: number
      at: string
      kind: string
      payload: string
      prev_hash: string
      hash: string
    }
    raw.close()
    const payload = canonicalJson({ ballot: 0, tally: { yes: 99, no: 0 } })
    const forged = entryHash({ seq: row.seq, at: row.at, kind: row.kind, payload, prevHash: row.prev_hash })
    tamper(file, `UPDATE audit_entry SET payload = '${payload}', hash = '${forged}' WHERE seq = 2`)
    const report = await verify(file)
    // Entry 2 is self-consistent now, but entry 3 no longer follows it.
    expect(!report.ok && report.firstMismatch.seq).toBe(3)
  })

  it('detects a deleted entry', async () => {
    const file = await projectWithEntries(3)
    tamper(file, 'DELETE FROM audit_entry WHERE seq = 2')
    const report = await verify(file)
    expect(report.ok).toBe(false)
    expect(!report.ok && report.firstMismatch.reason).toMatch(/missing/)
  })

  it('detects a changed time or kind', async () => {
    const file = await projectWithEntries(2)
    tamper(file, `UPDATE audit_entry SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2`)
    expect((await verify(file)).ok).toBe(false)
    const other = await projectWithEntries(2)
    tamper(other, `UPDATE audit_entry SET kind = 'vote.recounted' WHERE seq = 3`)
    expect((await verify(other)).ok).toBe(false)
  })
})

describe('canonical JSON', () => {
  it('is independent of key order and keeps nested values (the pitfall of JSON.stringify with a key list)', () => {
    expect(canonicalJson({ question: 'Q1', options: { B: 7, A: 31 } })).toBe(
      '{"options":{"A":31,"B":7},"question":"Q1"}',
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reordered = Object.fromEntries(Object.entries(value).reverse())
        const text = canonicalJson(value)
        return text === canonicalJson(reordered) && canonicalJson(JSON.parse(text)) === text
      }),
    )
  })
})
