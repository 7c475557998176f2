import { assemblyWithDemoPool, openAssembly, setFromShares } from './demo-pool.ts'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

test('quotas and a LEXIMIN draw on the demo pool of 1,494 people', async ({ app, bridge }) => {
  test.setTimeout(180_000)
  const { file, shares } = await assemblyWithDemoPool(bridge.documentsDir)
  await openAssembly(app, file)

  await test.step('population shares for three categories on a panel of 40', async () => {
    // Population shares for three categories, on a panel of 40.
    await app.getByRole('button', { name: 'Quotas & draw', exact: true }).click()
    await app.getByTestId('quotas-editor').getByLabel('Panel size').fill('40')
    for (const category of ['Gender', 'Age', 'Area']) await setFromShares(app, category, shares)
  })
  await test.step('a typing slip explained and fixed by the check', async () => {
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
  })
  await test.step('LEXIMIN, committed, then the seed', async () => {
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
  })
  await test.step("every respondent's chance of selection in the pool table", async () => {
    // Every respondent's chance of selection, in the pool table, sortable.
    await app.getByRole('button', { name: 'Pool', exact: true }).click()
    const table = app.getByRole('table', { name: 'People in the pool' })
    await table.getByRole('columnheader', { name: 'Chance of selection' }).getByRole('button').click()
    await expect(table.getByRole('row').nth(1).getByRole('cell').last()).toHaveText(/^\d+\.\d\d%$/)
    await expect(table.getByRole('cell', { name: 'Selected', exact: true }).first()).toBeVisible()
    await table.getByRole('columnheader', { name: 'Chance of selection' }).scrollIntoViewIfNeeded()
    await shoot(app, 'demo-pool-chances')
  })
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
