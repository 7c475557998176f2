import { join } from 'node:path'
import { createApp } from '../../src/core/api/create-app.ts'
import { spawnNodeWorker } from '../../src/core/jobs/spawn-node-worker.ts'
import type { AppEvents } from '../../src/shared/events.ts'

/**
 * A whole backend for tests: real files in `dir`, real worker threads, the same dispatch as the app.
 * `call` returns the value or throws an Error carrying the error's code.
 */
export function testApp(dir: string) {
  const progress: AppEvents['job:progress'][] = []
  const app = createApp({
    userDataDir: join(dir, 'data'),
    documentsDir: join(dir, 'documents'),
    platform: { nativeDialogs: false, chooseFile: () => Promise.resolve(null) },
    spawnWorker: spawnNodeWorker,
    emit: (event, payload) => {
      if (event === 'job:progress') progress.push(payload as AppEvents['job:progress'])
    },
  })
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await app.dispatch(channel, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
    return result.value as T
  }
  return { ...app, app, call, dir, progress }
}
