/**
 * `npm run bench`: runs every benchmark script in this folder and prints their tables.
 * Benchmarks print figures; they never fail a build on timing.
 */
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort()
for (const script of scripts) {
  process.stdout.write(`\n== ${script} ==\n`)
  const run = spawnSync(process.execPath, ['--no-warnings=ExperimentalWarning', join(here, script)], {
    stdio: 'inherit',
  })
  if (run.status !== 0) process.exitCode = run.status ?? 1
}
