/**
 * Pool view benchmark: a project with 50,000 registrations is opened in the browser version (web
 * bridge + Debian's Chromium, the end-to-end setup); we time from the click on "Pool" until the
 * first rows of the table are on screen, then scroll the virtualised table and time the frames.
 * Target (issue 3): first render ≤ 300 ms, scrolling without visible lag.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SeededRandom } from '../core/random/seeded-random.ts'
import { DEMO_POOL_HEADERS, demoMapping, demoRegistrations } from '../core/demo/demo-pool.ts'
import { importPool } from '../core/pool/import-pool.ts'
import { writeCsv } from '../core/pool/table/write-csv.ts'
import { createProject } from '../core/project/open-project.ts'
import { startWebServer } from '../web/server.ts'
import { launchChromium } from './chromium.ts'
import type { RawApi } from '../shared/api.ts'

const ROWS = 50_000
const dir = mkdtempSync(join(tmpdir(), 'kleroterion-pool-view-'))
try {
  const file = join(dir, 'documents', 'Pool benchmark.assembly')
  const csv = join(dir, 'pool.csv')
  writeFileSync(
    csv,
    writeCsv([DEMO_POOL_HEADERS, ...demoRegistrations(new SeededRandom('pool-view'), ROWS)], {
      neutralise: false,
    }),
  )
  const { mkdirSync } = await import('node:fs')
  mkdirSync(join(dir, 'documents'))
  const project = await createProject(file, { name: 'Pool benchmark' })
  await importPool(project, csv, { mapping: demoMapping('2026-03-01') })
  await project.close()

  const server = await startWebServer({
    rendererDir: resolve('out/renderer'),
    userDataDir: join(dir, 'data'),
    documentsDir: join(dir, 'documents'),
  })
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(server.url)
    await page.locator('[data-app-state="loaded"]').waitFor()
    const opened = await server.app.dispatch('project:open', { file })
    if (!opened.ok) throw new Error(opened.error.message)
    await page.reload()
    await page.locator('[data-app-state="loaded"]').waitFor()
    const firstRender: number[] = []
    for (let run = 0; run < 3; run++) {
      await page.getByRole('button', { name: 'Profile', exact: true }).click()
      const started = Date.now()
      await page.getByRole('button', { name: 'Pool', exact: true }).click()
      await page.getByRole('table', { name: 'People in the pool' }).getByRole('row').nth(5).waitFor()
      firstRender.push(Date.now() - started)
    }
    const frames = await page.evaluate(async () => {
      const scroller =
        document.querySelector('[aria-label="People in the pool"]')?.closest('[style*="overflow"]') ??
        document.scrollingElement
      const times: number[] = []
      let last = performance.now()
      for (let i = 0; i < 120; i++) {
        if (scroller) scroller.scrollTop += 2000
        await new Promise((done) => requestAnimationFrame(done))
        const now = performance.now()
        times.push(now - last)
        last = now
      }
      return times.sort((a, b) => a - b)
    })
    const rpc = await page.evaluate(async () => {
      const started = performance.now()
      const api = (window as unknown as { api: RawApi }).api
      const result = await api.invoke('pool:table', null)
      return { ms: performance.now() - started, ok: result.ok }
    })
    const direct = performance.now()
    const value = await server.app.dispatch('pool:table', null)
    const dispatchMs = performance.now() - direct
    const text = JSON.stringify(value)
    process.stdout.write(
      `pool:table: ${rpc.ms.toFixed(0)} ms round trip from the page; dispatch alone ${dispatchMs.toFixed(0)} ms; ${(text.length / 1e6).toFixed(1)} MB of JSON\n`,
    )
    const median = frames[Math.floor(frames.length / 2)] ?? 0
    const p95 = frames[Math.floor(frames.length * 0.95)] ?? 0
    process.stdout.write(
      `rows     first render (click → rows on screen), 3 runs    scroll frame median   p95\n` +
        `${String(ROWS).padEnd(8)} ${firstRender
          .map((t) => `${t} ms`)
          .join(', ')
          .padEnd(47)} ${median.toFixed(0).padStart(6)} ms ${p95.toFixed(0).padStart(8)} ms\n`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
