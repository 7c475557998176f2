import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { JobRunner } from './job-runner.ts'
import type { JobProgress } from './progress.ts'
import { spawnNodeWorker } from './spawn-node-worker.ts'

const tempDir = useTempDir()

describe('long jobs in worker threads', () => {
  it('runs the demo job in a worker and reports its stages in order', async () => {
    const file = join(tempDir(), 'demo.assembly')
    const runner = new JobRunner(spawnNodeWorker)
    const progress: JobProgress[] = []
    await runner.run('job-1', 'demo.create', { file }, (p) => progress.push(p))
    expect(existsSync(file)).toBe(true)
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b))
    expect(progress.at(-1)).toMatchObject({ stage: 'demo.done' })
  })

  it('reports a failure as error data', async () => {
    const dir = tempDir()
    const runner = new JobRunner(spawnNodeWorker)
    await expect(
      runner.run('job-2', 'demo.create', { file: join(dir, 'missing-folder', 'x.assembly') }),
    ).rejects.toMatchObject({
      code: 'io-error',
    })
  })

  it('cancel stops the worker at once and the job leaves no file behind', async () => {
    const dir = tempDir()
    const file = join(dir, 'cancelled.assembly')
    const runner = new JobRunner(spawnNodeWorker)
    const running = runner.run('job-3', 'demo.create', { file }, () => runner.cancel('job-3'))
    await expect(running).rejects.toMatchObject({ code: 'cancelled' })
    expect(runner.cancel('job-3')).toBe(false)
    // The worker is gone; whatever it started is under a temporary name the caller removes.
    expect(readdirSync(dir).filter((f) => f === 'cancelled.assembly')).toEqual([])
  })
})
