import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { runCliProcess } from '../../test/support/run-cli-process.ts'
import { useTempDir } from '../../test/support/temp-dir.ts'

const tempDir = useTempDir()
const cli = runCliProcess

describe('cli new', () => {
  it('creates a file, then refuses to overwrite it (exit 1, JSON error on stdout)', () => {
    const file = join(tempDir(), 'x.assembly')
    expect(cli('new', file, '--name', 'Citizens’ jury', '--json')).toMatchObject({ code: 0, stderr: '' })
    const before = readFileSync(file)
    const again = cli('new', file, '--name', 'Other', '--json')
    expect(again.code).toBe(1)
    expect(JSON.parse(again.stdout)).toMatchObject({ error: { code: 'file-exists' } })
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('exits 2 on usage errors', () => {
    expect(cli('new').code).toBe(2)
    expect(cli('new', 'a.assembly').code).toBe(2)
    expect(cli('new', 'a.assembly', '--name', 'x', '--bogus').code).toBe(2)
    expect(cli('frobnicate').code).toBe(2)
  })
})

describe('cli demo and verify', () => {
  it('writes a deterministic demo whose chain verifies; a tampered entry fails verification', () => {
    const dir = tempDir()
    const a = join(dir, 'a.assembly')
    const b = join(dir, 'b.assembly')
    expect(cli('demo', a, '--seed', '12').code).toBe(0)
    expect(cli('demo', b, '--seed', '12').code).toBe(0)
    const headA = JSON.parse(cli('verify', a, '--json').stdout) as { ok: boolean; head: string }
    const headB = JSON.parse(cli('verify', b, '--json').stdout) as { ok: boolean; head: string }
    expect(headA.ok).toBe(true)
    expect(headA.head).toBe(headB.head)

    const before = readFileSync(b)
    const rewritten = cli('verify', b, '--expect-head', headA.head)
    expect(rewritten.code).toBe(0)
    expect(readFileSync(b).equals(before)).toBe(true)

    const raw = new Database(b)
    raw.exec(
      `DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2;
       UPDATE recommendation SET text = 'Edited behind the app' WHERE id = 1`,
    )
    raw.close()
    const broken = cli('verify', b, '--json')
    expect(broken.code).toBe(1)
    const report = JSON.parse(broken.stdout) as {
      ok: boolean
      mismatches: { record: string; expected: string; found: string }[]
    }
    expect(report.ok).toBe(false)
    expect(report.mismatches.map((m) => m.record)).toEqual([
      'audit entry 2',
      'recommendation R1: current text',
    ])
    expect(report.mismatches[1]).toMatchObject({
      found: expect.stringContaining('Edited behind the app') as unknown,
    })
    const words = cli('verify', b)
    expect(words.code).toBe(1)
    expect(words.stderr).toMatch(/Verification failed: 2 mismatches/)
    expect(words.stdout).toMatch(/entry 2 was changed after it was recorded/)
    expect(cli('verify', b, '--expect-head', 'f'.repeat(64), '--json').stdout).toMatch(
      /is not in this file’s audit chain/,
    )
    // Four processes, each building or re-running the demo's draws: minutes on a loaded machine.
  }, 300_000)

  it('refuses a file of an older format without upgrading it, and a malformed head hash', () => {
    const file = join(tempDir(), 'old.assembly')
    expect(cli('new', file, '--name', 'Old').code).toBe(0)
    const raw = new Database(file)
    raw.pragma('user_version = 1')
    raw.close()
    const before = readFileSync(file)
    const result = cli('verify', file, '--json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { message: expect.stringContaining('Open it once in the app') as unknown },
    })
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(join(dirname(file), 'old.format-1.assembly'))).toBe(false)
    expect(cli('verify', file, '--expect-head', 'abc').code).toBe(2)
  })

  it('refuses to verify a file that is not an assembly', () => {
    const result = cli('verify', new URL('./main.ts', import.meta.url).pathname, '--json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'not-sqlite' } })
  })

  it('refuses --key, which this version cannot check, rather than ignoring it', () => {
    const result = cli('verify', new URL('./main.ts', import.meta.url).pathname, '--key', 'ab12', '--json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'invalid-input' } })
    expect(result.stderr).toContain('--key cannot be checked')
  })
})
