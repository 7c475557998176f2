import { Worker } from 'node:worker_threads'
import type { SpawnJobWorker } from './job-runner.ts'

/** Spawns the job worker from source (plain Node 22 runs the TypeScript directly): web bridge, CLI, tests. */
export const spawnNodeWorker: SpawnJobWorker = () => new Worker(new URL('./worker-entry.ts', import.meta.url))
