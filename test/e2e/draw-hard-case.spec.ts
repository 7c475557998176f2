import type { Page } from '@playwright/test'
import { assemblyWithDemoPool, openAssembly, setFromShares, type Shares } from './demo-pool.ts'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

/**
 * Quotas "never below 1" on the demo pool lift the non-binary people above k/n (40 of 1,494):
 * everyone else must then get less than k/n, and LEXIMIN has real work to do.
 */
async function hardQuotas(app: Page, shares: Shares, categories: string[]) {
  await app.getByRole('button', { name: 'Quotas & draw', exact: true }).click()
  await app.getByTestId('quotas-editor').getByLabel('Panel size').fill('40')
  for (const category of categories) await setFromShares(app, category, shares, 1)
  await expect(
    app.getByRole('region', { name: 'Gender' }).getByLabel('Minimum for Non-binary or other (Gender)'),
  ).toHaveValue('1')
  await app.getByRole('tab', { name: 'The draw' }).click()
  // Told how long it should take before it starts.
  await expect(app.getByTestId('draw-estimate')).toContainText('Expected time for this pool')
  await app.getByRole('button', { name: 'Prepare the draw' }).click()
}

async function drawAndVerify(app: Page) {
  await app.getByRole('button', { name: 'The codes were read out: choose the seed' }).click()
  await app.getByLabel('The seed').fill('dice 6 2 4 1 1 5 3')
  await app.getByRole('button', { name: 'Draw the panel' }).click()
  await expect(app.getByTestId('draw-result')).toBeVisible()
  await app.getByRole('button', { name: 'Audit log', exact: true }).click()
  await app.getByRole('button', { name: 'Verify the chain' }).click()
  await expect(app.getByText('The chain is intact')).toBeVisible({ timeout: 180_000 })
}

test('LEXIMIN on the demo pool when a small group is held above k/n', async ({ app, bridge }) => {
  test.setTimeout(600_000)
  const { file, shares } = await assemblyWithDemoPool(bridge.documentsDir)
  await openAssembly(app, file)
  await hardQuotas(app, shares, ['Gender', 'Age', 'Area'])
  await expect(app.getByTestId('draw-progress-bound')).toBeVisible({ timeout: 120_000 })
  await expect(app.getByTestId('draw-commitment')).toBeVisible({ timeout: 300_000 })
  // The few non-binary people get their floor's share, above the equal share; everyone else gets
  // at most the equal share. The lottery is complete, not stopped.
  const stat = async (name: string) =>
    Number((await app.getByTestId(`draw-stat-${name}`).innerText()).replace('%', ''))
  expect(await stat('max')).toBeGreaterThan(await stat('mean'))
  expect(await stat('min')).toBeGreaterThan(2)
  expect(await stat('min')).toBeLessThanOrEqual(await stat('mean'))
  await expect(app.getByTestId('draw-stopped')).toHaveCount(0)
  await drawAndVerify(app)
})

test('stopping a long LEXIMIN keeps the best lottery, recorded and verifiable', async ({ app, bridge }) => {
  test.setTimeout(600_000)
  const { file, shares } = await assemblyWithDemoPool(bridge.documentsDir)
  await openAssembly(app, file)
  // The README's hard case: five categories never below 1.
  await hardQuotas(app, shares, ['Gender', 'Age', 'Area', 'Education', 'Climate concern'])
  const stop = app.getByRole('button', { name: 'Stop here and use this lottery' })
  await expect(stop).toBeVisible({ timeout: 180_000 })
  await shoot(app, 'draw-progress-stop')
  await stop.click()
  await expect(app.getByTestId('draw-commitment')).toBeVisible({ timeout: 180_000 })
  const notice = app.getByTestId('draw-stopped')
  await expect(notice).toContainText('Stopped early')
  await expect(notice).toContainText('recorded in the audit log')
  await shoot(app, 'draw-stopped-commitment', 1400)
  await drawAndVerify(app)
  await expect(app.getByText(/stopped early after \d+ steps/)).toBeVisible()
})
