import { spawn } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { createProject, openProject } from './open-project.ts'
import { getProfile, updateProfile } from '../profile/profile-repo.ts'

const tempDir = useTempDir()
const writer = new URL('../../../test/fixtures/crash-writer.ts', import.meta.url).pathname

/** Starts the writer and SIGKILLs it `delayMs` after its big transaction began. Returns whether it had committed. */
function killMidTransaction(file: string, delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('started')) setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.on('error', reject)
    child.on('exit', () => resolve(output.includes('committed')))
  })
}

describe('a crash in the middle of a large transaction', () => {
  it('leaves the file opening cleanly with its previous content', async () => {
    const file = join(tempDir(), 'crash.assembly')
    const project = await createProject(file, { name: 'Crash test' })
    await project.write(() => updateProfile(project.sqlite, { question: 'Survives?' }, project.timestamp()))
    await project.close()

    let killedMidWay = 0
    for (const delayMs of [5, 30, 80, 150, 300]) {
      const committed = await killMidTransaction(file, delayMs)
      if (!committed) killedMidWay++
      const check = new Database(file)
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
      const bulk = check
        .prepare("select count(*) from project_meta where key like 'bulk-%'")
        .pluck()
        .get() as number
      check.close()
      // All of the transaction or none of it, never a part.
      expect([0, 100_000]).toContain(bulk)
      if (committed) break
    }
    expect(killedMidWay).toBeGreaterThan(0)

    const reopened = await openProject(file)
    expect(getProfile(reopened.sqlite).question).toBe('Survives?')
    await reopened.close()
  })
})
