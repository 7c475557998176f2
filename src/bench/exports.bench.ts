/**
 * Exports benchmark (`npm run bench -- exports`): the workbook of the whole assembly for a
 * 50,000-person pool (the demo's 16 registration columns, 7 categories; no draw), target ≤ 10 s,
 * and for the demo assembly. Prints wall and CPU seconds (the machine is shared) and peak memory;
 * timings are reported, never asserted.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDemo } from '../core/demo/create-demo.ts'
import { demoMapping, demoRegistrations, DEMO_POOL_HEADERS } from '../core/demo/demo-pool.ts'
import { writeAssemblyWorkbook } from '../core/exports/assembly-workbook.ts'
import { importPool } from '../core/pool/import-pool.ts'
import { writeCsv } from '../core/pool/table/write-csv.ts'
import { createProject, openProject } from '../core/project/open-project.ts'
import type { Project } from '../core/project/project.ts'
import { SeededRandom } from '../core/random/seeded-random.ts'

const ROWS = 50_000

async function measure(label: string, project: Project, out: string): Promise<string[]> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const written = await writeAssemblyWorkbook(project.sqlite, out)
  const wall = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  const rows = written.sheets.reduce((sum, s) => sum + s.rows, 0)
  return [
    label,
    `${written.sheets.length} sheets, ${rows.toLocaleString('en')} rows, ${(statSync(out).size / 1e6).toFixed(1)} MB`,
    `${wall.toFixed(2)} s`,
    `${((used.user + used.system) / 1e6).toFixed(2)} s`,
  ]
}

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-exports-'))
try {
  const table: string[][] = []
  const csv = join(dir, 'pool.csv')
  writeFileSync(
    csv,
    writeCsv([[...DEMO_POOL_HEADERS], ...demoRegistrations(new SeededRandom('bench'), ROWS)]),
  )
  const big = await createProject(join(dir, 'big.assembly'), { name: 'Fifty thousand' })
  await importPool(big, csv, { mapping: demoMapping('2026-03-01') })
  table.push(
    await measure(
      `workbook, ${ROWS.toLocaleString('en')}-person pool (target 10 s)`,
      big,
      join(dir, 'big.xlsx'),
    ),
  )
  await big.close()

  await createDemo(join(dir, 'demo.assembly'))
  const demo = await openProject(join(dir, 'demo.assembly'))
  table.push(await measure('workbook, the demo assembly', demo, join(dir, 'demo.xlsx')))
  await demo.close()

  console.log('| export | size | wall | CPU |\n|---|---|---|---|')
  for (const row of table) console.log(`| ${row.join(' | ')} |`)
  console.log(`peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
