/**
 * Pool import benchmark: a 50,000-row, 20-column registration file as CSV and as XLSX, imported
 * (read, validate, write in one transaction) into a fresh project. Each run is a child process so
 * its peak memory (max RSS) is its own. Targets (issue 3): CSV ≤ 3 s, XLSX ≤ 8 s and ≤ 600 MB.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { SeededRandom } from '../core/random/seeded-random.ts'
import { demoRegistrations, DEMO_POOL_HEADERS } from '../core/demo/demo-pool.ts'
import { writeCsv } from '../core/pool/table/write-csv.ts'

const ROWS = 50_000
const child = process.argv[2] === '--child'

if (child) {
  const [, , , projectFile = '', dataFile = ''] = process.argv
  const { createProject } = await import('../core/project/open-project.ts')
  const { importPool } = await import('../core/pool/import-pool.ts')
  const { demoMapping } = await import('../core/demo/demo-pool.ts')
  const project = await createProject(projectFile, { name: 'Benchmark' })
  const mapping = demoMapping('2026-03-01')
  // 20 columns: the demo's 16 plus 4 note fields.
  mapping.columns.push({ role: 'note' }, { role: 'note' }, { role: 'note' }, { role: 'note' })
  const started = performance.now()
  const report = await importPool(project, dataFile, { mapping })
  const seconds = (performance.now() - started) / 1000
  await project.close()
  process.stdout.write(
    JSON.stringify({ seconds, imported: report.imported, peakMb: process.resourceUsage().maxRSS / 1024 }),
  )
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-'))
  try {
    const headers = [...DEMO_POOL_HEADERS, 'Ward', 'Registered on', 'Channel', 'Notes']
    const rows = demoRegistrations(new SeededRandom('bench'), ROWS).map((r, i) => [
      ...r,
      `Ward ${(i % 17) + 1}`,
      `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      i % 3 === 0 ? 'Paper' : 'Online',
      i % 11 === 0 ? 'Prefers evening calls' : '',
    ])
    const csv = join(dir, 'pool.csv')
    writeFileSync(csv, writeCsv([headers, ...rows], { neutralise: false }))
    const xlsx = join(dir, 'pool.xlsx')
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true })
    const sheet = workbook.addWorksheet('Registrations')
    sheet.addRow(headers).commit()
    for (const row of rows) sheet.addRow(row).commit()
    await workbook.commit()

    const table: string[] = []
    for (const [label, file] of [
      ['CSV', csv],
      ['XLSX', xlsx],
    ] as const) {
      const run = spawnSync(
        process.execPath,
        [
          '--no-warnings=ExperimentalWarning',
          new URL(import.meta.url).pathname,
          '--child',
          join(dir, `${label}.assembly`),
          file,
        ],
        { encoding: 'utf8' },
      )
      if (run.status !== 0) throw new Error(run.stderr)
      const r = JSON.parse(run.stdout) as { seconds: number; imported: number; peakMb: number }
      const mb = (statSync(file).size / 1024 / 1024).toFixed(1)
      table.push(
        `${label.padEnd(6)} ${String(ROWS).padStart(7)} ${'20'.padStart(8)} ${mb.padStart(8)} ${String(r.imported).padStart(9)} ${r.seconds.toFixed(2).padStart(8)} ${r.peakMb.toFixed(0).padStart(8)}`,
      )
    }
    process.stdout.write(
      `format    rows  columns  file MB  imported  seconds  peak MB\n${table.join('\n')}\n`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
