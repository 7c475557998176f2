/**
 * Reports benchmark (`npm run bench -- final-report`): prints a table; timings are reported, never
 * asserted. Target ≤ 3 s for each final report (wall), with the CPU seconds beside it.
 * - the demo assembly's final report (1,494 in the pool, 60 members, 4 sessions, 12 recommendations);
 * - a larger one: the demo with 40 recommendations (each a few paragraphs long) and 6 sessions;
 * - the demo's draw certificates.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createDemo } from '../core/demo/create-demo.ts'
import { openProject } from '../core/project/open-project.ts'
import { drawCertificates, finalReport } from '../core/report/final-report.ts'
import { createFromTemplate } from '../core/sessions/session-commands.ts'
import { createRecommendation } from '../core/votes/recommendation-repo.ts'

async function measure(work: () => Promise<{ bytes: Buffer; pages: number }>): Promise<string[]> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const { bytes, pages } = await work()
  const wall = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  return [
    `${pages} pages, ${Math.round(bytes.length / 1024)} KB`,
    `${wall.toFixed(2)} s`,
    `${((used.user + used.system) / 1e6).toFixed(2)} s`,
  ]
}

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-report-'))
const rows: string[][] = []
try {
  const demo = join(dir, 'demo.assembly')
  await createDemo(demo)
  const project = await openProject(demo)
  try {
    rows.push([
      'final report, demo (first, fonts read)',
      ...(await measure(() => finalReport(project.sqlite))),
    ])
    rows.push(['final report, demo (again)', ...(await measure(() => finalReport(project.sqlite)))])
    rows.push(['draw certificates, demo', ...(await measure(() => drawCertificates(project.sqlite)))])
    const paragraph =
      'The council should publish, every year, how far each measure has gone, what it cost and who it helped, in plain words and in every language spoken in the borough. '
    for (let i = 13; i <= 40; i++)
      await createRecommendation(project, {
        code: `R${i}`,
        theme: ['Homes and energy', 'Getting around', 'Food and land', 'Paying for it fairly'][i % 4] ?? '',
        text: `${paragraph.repeat(2)}\n\n${paragraph}`,
        draftingGroup: '',
        status: 'final',
      })
    await createFromTemplate(project, 'evening-series', '2026-06-01', 7)
    rows.push([
      'final report, 40 recommendations, 10 sessions',
      ...(await measure(() => finalReport(project.sqlite))),
    ])
  } finally {
    await project.close()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
const header = ['document', 'size', 'wall', 'CPU']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '))
