import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DEMO_POOL_HEADERS, demoMapping, demoRegistrations } from '../../src/core/demo/demo-pool.ts'
import { importPool } from '../../src/core/pool/import-pool.ts'
import { quotaTable } from '../../src/core/quotas/quota-repo.ts'
import { writeCsv } from '../../src/core/pool/table/write-csv.ts'
import { createProject } from '../../src/core/project/open-project.ts'
import { SeededRandom } from '../../src/core/random/seeded-random.ts'
import { expect } from './fixtures.ts'

/**
 * An assembly holding the demo's 1,494 registrations and nothing else, imported by the real
 * import with the demo's column mapping (the wizard itself is covered by pool.spec.ts).
 */
export async function assemblyWithDemoPool(folder: string): Promise<{ file: string; shares: Shares }> {
  const file = join(folder, 'Riverside pool.assembly')
  const shares: Shares = {}
  const csv = join(mkdtempSync(join(tmpdir(), 'kleroterion-demo-pool-')), 'registrations.csv')
  try {
    writeFileSync(
      csv,
      writeCsv([DEMO_POOL_HEADERS, ...demoRegistrations(new SeededRandom('e2e'))], { neutralise: false }),
    )
    const project = await createProject(file, { name: 'Riverside pool' })
    try {
      await importPool(project, csv, { mapping: demoMapping('2026-03-01') })
      // The census shares the organisers type in: this pool's own, to one decimal.
      for (const category of quotaTable(project.sqlite).categories)
        shares[category.name] = Object.fromEntries(
          category.values
            .filter((v) => v.poolCount > 0)
            .map((v) => [v.value, Math.round(v.poolShare * 1000) / 10]),
        )
    } finally {
      await project.close()
    }
  } finally {
    rmSync(csv, { force: true })
  }
  return { file, shares }
}

export type Shares = Record<string, Record<string, number>>

/** Sets a category's quotas from the census shares, within one person, never below `floor`. */
export async function setFromShares(app: Page, category: string, shares: Shares, floor = 0) {
  const region = app.getByRole('region', { name: category })
  for (const [value, share] of Object.entries(shares[category] ?? {}))
    await region.getByLabel(`Population share for ${value} (${category})`).fill(String(share))
  await app.getByRole('button', { name: `Set ${category} from population shares` }).click()
  const dialog = app.getByRole('dialog')
  // Within one person of the exact share; with no floor everyone can then have exactly k/n.
  await dialog.getByLabel('Never below').fill(String(floor))
  await dialog.getByRole('button', { name: 'Set the minimums and maximums' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
}

export async function openAssembly(app: Page, file: string) {
  await app.getByRole('button', { name: 'Open…' }).click()
  const open = app.getByRole('dialog', { name: 'Open an assembly' })
  await open.getByLabel('Path of an assembly file').fill(file)
  await open.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(app).toHaveTitle('Riverside pool.assembly — Kleroterion')
}
