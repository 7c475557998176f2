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
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

/**
 * An assembly holding the demo's 1,494 registrations and nothing else, imported by the real
 * import with the demo's column mapping (the wizard itself is covered by pool.spec.ts).
 */
async function assemblyWithDemoPool(folder: string): Promise<{ file: string; shares: Shares }> {
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

type Shares = Record<string, Record<string, number>>

async function setFromShares(app: Page, category: string, shares: Shares) {
  const region = app.getByRole('region', { name: category })
  for (const [value, share] of Object.entries(shares[category] ?? {}))
    await region.getByLabel(`Population share for ${value} (${category})`).fill(String(share))
  await app.getByRole('button', { name: `Set ${category} from population shares` }).click()
  const dialog = app.getByRole('dialog')
  // Within one person of the exact share, with no floor: everyone can then have exactly k/n.
  await dialog.getByLabel('Never below').fill('0')
  await dialog.getByRole('button', { name: 'Set the minimums and maximums' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
}

test('quotas and a LEXIMIN draw on the demo pool of 1,494 people', async ({ app, bridge }) => {
  test.setTimeout(180_000)
  const { file, shares } = await assemblyWithDemoPool(bridge.documentsDir)
  await app.getByRole('button', { name: 'Open…' }).click()
  const open = app.getByRole('dialog', { name: 'Open an assembly' })
  await open.getByLabel('Path of an assembly file').fill(file)
  await open.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(app).toHaveTitle('Riverside pool.assembly — Kleroterion')

  // Population shares for three categories, on a panel of 40.
  await app.getByRole('button', { name: 'Quotas & draw', exact: true }).click()
  await app.getByTestId('quotas-editor').getByLabel('Panel size').fill('40')
  for (const category of ['Gender', 'Age', 'Area']) await setFromShares(app, category, shares)

  // A typing slip: 30 non-binary members, when the pool holds 26. The check explains and fixes it.
  const gender = app.getByRole('region', { name: 'Gender' })
  await gender.getByLabel('Minimum for Non-binary or other (Gender)').fill('30')
  await gender.getByLabel('Maximum for Non-binary or other (Gender)').fill('30')
  await app.getByRole('button', { name: 'Check the quotas' }).click()
  const result = app.getByTestId('quota-check-result')
  await expect(result.getByText('No panel can meet these quotas')).toBeVisible({ timeout: 60_000 })
  await expect(result.getByText('Gender Non-binary or other: minimum 30 → 4')).toBeVisible()
  await shoot(app, 'demo-quotas-relaxation')
  await result.getByRole('button', { name: 'Apply these changes' }).click()
  await expect(app.getByText('These quotas can be met', { exact: true })).toBeVisible({ timeout: 60_000 })
  // Then the slip is found in the census table and Gender is set from its shares again.
  await setFromShares(app, 'Gender', shares)
  await app.getByRole('button', { name: 'Check the quotas' }).click()
  await expect(app.getByText('These quotas can be met', { exact: true })).toBeVisible({ timeout: 60_000 })

  // LEXIMIN, committed, then the seed.
  await app.getByRole('tab', { name: 'The draw' }).click()
  await expect(app.getByRole('radio', { name: 'LEXIMIN' })).toBeChecked()
  await app.getByRole('button', { name: 'Prepare the draw' }).click()
  await expect(app.getByTestId('draw-progress').or(app.getByTestId('draw-commitment'))).toBeVisible()
  await expect(app.getByTestId('draw-commitment')).toBeVisible({ timeout: 120_000 })
  await expect(app.getByTestId('probability-chart')).toBeVisible()
  await shoot(app, 'demo-draw-commit', 1400)
  await app.getByRole('button', { name: 'The codes were read out: choose the seed' }).click()
  await app.getByLabel('The seed').fill('dice 3 5 1 6 2 2 4')
  await app.getByRole('button', { name: 'Draw the panel' }).click()
  await expect(app.getByTestId('draw-result')).toBeVisible()
  await expect(app.getByRole('table', { name: 'The panel', exact: true }).getByRole('row')).toHaveCount(41)
  await shoot(app, 'demo-draw-result', 1700)

  // Every respondent's chance of selection, in the pool table, sortable.
  await app.getByRole('button', { name: 'Pool', exact: true }).click()
  const table = app.getByRole('table', { name: 'People in the pool' })
  await table.getByRole('columnheader', { name: 'Chance of selection' }).getByRole('button').click()
  await expect(table.getByRole('row').nth(1).getByRole('cell').last()).toHaveText(/^\d+\.\d\d%$/)
  await expect(table.getByRole('cell', { name: 'Selected', exact: true }).first()).toBeVisible()
  await table.getByRole('columnheader', { name: 'Chance of selection' }).scrollIntoViewIfNeeded()
  await shoot(app, 'demo-pool-chances')
})

test('the demo assembly holds a draw with reserves and a replacement round', async ({ app }) => {
  test.setTimeout(120_000)
  await app.getByRole('button', { name: 'Open the demo assembly' }).click()
  await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible({ timeout: 60_000 })
  await app.getByRole('button', { name: 'Quotas & draw', exact: true }).click()
  await app.getByRole('tab', { name: /Draw history/ }).click()
  const history = app.getByRole('table', { name: 'Every draw of this assembly' })
  await expect(history.getByRole('row')).toHaveCount(3)
  await shoot(app, 'demo-draw-history')
  await app.getByRole('button', { name: 'Pool', exact: true }).click()
  const table = app.getByRole('table', { name: 'People in the pool' })
  await expect(table.getByRole('columnheader', { name: 'Panel' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Chance of selection' })).toBeVisible()
})
