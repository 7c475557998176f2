import { createDemo } from '../demo/create-demo.ts'

export type JobProgress = { stage: string; done: number; total: number }

/** Every long job that runs in a worker thread, with its input and output. */
export type JobDefinitions = {
  'demo.create': { input: { file: string; seed?: string }; output: null }
}
export type JobName = keyof JobDefinitions
export type JobInput<N extends JobName> = JobDefinitions[N]['input']
export type JobOutput<N extends JobName> = JobDefinitions[N]['output']

type JobFunction<N extends JobName> = (
  input: JobInput<N>,
  progress: (p: JobProgress) => void,
) => Promise<JobOutput<N>>

export const jobs: { [N in JobName]: JobFunction<N> } = {
  'demo.create': async ({ file, seed }, progress) => {
    await createDemo(file, {
      ...(seed ? { seed } : {}),
      onProgress: (stage, done, total) => progress({ stage, done, total }),
    })
    return null
  },
}
