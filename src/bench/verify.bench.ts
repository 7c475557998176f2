/**
 * Verify benchmark (`npm run bench -- verify`): prints a table; timings are reported, never
 * asserted. Target ≤ 5 s (wall) for the demo assembly: the audit chain (188 entries), the pool's
 * fingerprint (1,494 people), the locked quotas, the panel rebuilt from the log, the
 * recommendations, both LEXIMIN draws re-run from their inputs and seeds, and every final count
 * recounted from its stored entries — what an observer's `verify` does.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createDemo } from '../core/demo/create-demo.ts'
import { openReadOnly } from '../core/project/open-read-only.ts'
import { allMatch, verifyProject } from '../core/verify/verify-project.ts'

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-verify-'))
const rows: string[][] = []
try {
  const demo = join(dir, 'demo.assembly')
  await createDemo(demo)
  for (const run of ['first', 'again']) {
    const cpu = process.cpuUsage()
    const start = performance.now()
    const project = openReadOnly(demo)
    const report = await verifyProject(project.sqlite)
    project.close()
    const wall = (performance.now() - start) / 1000
    const used = process.cpuUsage(cpu)
    rows.push([
      `verify, demo (${run})`,
      `${report.entries} entries, ${report.draws?.length ?? 0} draws, ${report.records?.checked ?? 0} counts`,
      allMatch(report) ? 'all match' : 'MISMATCH',
      `${wall.toFixed(2)} s`,
      `${((used.user + used.system) / 1e6).toFixed(2)} s`,
    ])
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
const header = ['check', 'covers', 'outcome', 'wall', 'CPU']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '))
