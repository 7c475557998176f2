import { spawnSync } from 'node:child_process'

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname

/** Runs the real command line in a child process, as `npm run --silent cli -- …` does (for tests). */
export function runCliProcess(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--no-warnings=ExperimentalWarning', main, ...args], {
    encoding: 'utf8',
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
