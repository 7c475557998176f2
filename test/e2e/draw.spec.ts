import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

const HEADERS = [
  'Respondent ID',
  'First name',
  'Last name',
  'Email',
  'Address',
  'Postcode',
  'Gender',
  'Age group',
  'Area',
  'Consent',
]
const FIRST = ['Anna', 'Bruno', 'Clara', 'David', 'Emma', 'Félix', 'Gabrielle', 'Hugo', 'Inès', 'Jules']
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
]

/**
 * 60 clean registrations: 30 women and 30 men; everyone aged 60+ is a man (so "60+ minimum 6" and
 * "women minimum 7" cannot both hold on a panel of 12); four pairs share an address.
 */
function registrations(): string {
  const rows: string[][] = []
  for (let i = 1; i <= 60; i++) {
    const female = i % 2 === 1
    const ages = female ? ['16-29', '30-59'] : ['16-29', '30-59', '60+']
    const half = Math.floor((i - 1) / 2)
    const shared = i <= 8 ? Math.ceil(i / 2) : i
    rows.push([
      `P-${String(i).padStart(3, '0')}`,
      FIRST[(i - 1) % 10] ?? '',
      `${LAST[half % 10] ?? ''}${i > 20 ? `-${i}` : ''}`,
      `person.${i}@example.org`,
      `${shared} avenue Jean Jaurès`,
      '69007',
      female ? 'Female' : 'Male',
      ages[half % ages.length] ?? '',
      ['North', 'Centre', 'South'][i % 3] ?? '',
      'yes',
    ])
  }
  return [HEADERS, ...rows].map((r) => r.join(',')).join('\n') + '\n'
}

async function importPool(app: Page, file: string): Promise<void> {
  await app.getByRole('button', { name: 'Pool', exact: true }).click()
  await app.getByRole('button', { name: 'Import registrations…' }).click()
  const wizard = app.getByRole('dialog', { name: 'Import registrations' })
  await wizard.getByLabel('Registration file').setInputFiles(file)
  await expect(wizard.getByText('60 rows')).toBeVisible()
  await wizard.getByRole('button', { name: 'Next' }).click()
  for (const column of ['Gender', 'Age group', 'Area']) {
    await wizard.getByLabel(`What is “${column}”?`).selectOption('category')
  }
  await wizard.getByRole('button', { name: 'Next' }).click()
  await wizard.getByRole('button', { name: 'Check every row' }).click()
  await wizard.getByRole('button', { name: 'Import 60 people' }).click()
  await wizard.getByRole('button', { name: 'See the pool' }).click()
  await expect(app.getByTestId('pool-count')).toHaveText('60 people · 56 households')
}

test('set quotas, fix an infeasibility, draw a panel in public and a replacement', async ({ app }) => {
  test.setTimeout(120_000)
  const dir = mkdtempSync(join(tmpdir(), 'kleroterion-draw-'))
  try {
    const editor = app.getByTestId('quotas-editor')
    const gender = app.getByRole('region', { name: 'Gender' })
    const age = app.getByRole('region', { name: 'Age group' })
    const feasible = app.getByText('These quotas can be met', { exact: true })
    const panel = app.getByRole('table', { name: 'The panel', exact: true })
    await test.step('create an assembly and import its pool', async () => {
      const file = join(dir, 'registrations.csv')
      writeFileSync(file, registrations())
      await app.getByRole('button', { name: 'New assembly…' }).click()
      await app.getByLabel('Name of the assembly').fill('Lyon Mobility Jury')
      await app.getByRole('button', { name: 'Create' }).click()
      await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible()
      await importPool(app, file)
    })
    await test.step('quotas from population shares, checked', async () => {
      // Quotas: panel size, population shares, min and max.
      await app.getByRole('button', { name: 'Quotas & draw', exact: true }).click()
      await editor.getByLabel('Panel size').fill('12')
      await gender.getByLabel('Population share for Female (Gender)').fill('50')
      await gender.getByLabel('Population share for Male (Gender)').fill('50')
      await app.getByRole('button', { name: 'Set Gender from population shares' }).click()
      const shares = app.getByRole('dialog')
      await expect(shares.getByLabel('People allowed above and below')).toHaveValue('1')
      await shares.getByRole('button', { name: 'Set the minimums and maximums' }).click()
      await expect(gender.getByLabel('Minimum for Female (Gender)')).toHaveValue('5')
      await expect(gender.getByLabel('Maximum for Female (Gender)')).toHaveValue('7')
      await age.getByLabel('Minimum for 16-29 (Age group)').fill('3')
      await age.getByLabel('Minimum for 30-59 (Age group)').fill('3')
      await age.getByLabel('Minimum for 60+ (Age group)').fill('2')
      await age.getByLabel('Justification for 60+ (Age group)').fill('Census 2021: 24 % aged 60 or more')
      await expect(app.getByTestId('category-check-Age group')).toHaveText(
        'The minimums add up to 8 and the maximums to 34: a panel of 12 fits.',
      )
      await app.getByRole('button', { name: 'Check the quotas' }).click()
      await expect(app.getByText('These quotas can be met', { exact: true })).toBeVisible()
      await expect(editor.getByText('Saved', { exact: true })).toBeVisible()
      await shoot(app, 'quotas', 1250)
    })
    await test.step('impossible quotas and the smallest change that makes them possible', async () => {
      // Impossible together: at least 7 women and at least 6 people aged 60+ (all men) on 12 seats.
      await gender.getByLabel('Minimum for Female (Gender)').fill('7')
      await age.getByLabel('Minimum for 60+ (Age group)').fill('6')
      await app.getByRole('button', { name: 'Check the quotas' }).click()
      const result = app.getByTestId('quota-check-result')
      await expect(result.getByText('No panel can meet these quotas')).toBeVisible()
      await expect(result.getByText('The smallest change that makes them possible:')).toBeVisible()
      await expect(result.getByRole('listitem').filter({ hasText: '→' }).first()).toBeVisible()
      await shoot(app, 'quotas-relaxation')
      await expect(result.getByRole('listitem').filter({ hasText: '→' }).first()).toContainText('minimum')
      await result.getByRole('button', { name: 'Apply these changes' }).click()
      await expect(feasible).toBeVisible()
    })
    await test.step('gentler targets', async () => {
      // The organisers then settle on gentler targets: 60+ at least 2, women at least 5, each area at least 3.
      await age.getByLabel('Minimum for 60+ (Age group)').fill('2')
      await expect(feasible).toHaveCount(0)
      await gender.getByLabel('Minimum for Female (Gender)').fill('5')
      const area = app.getByRole('region', { name: 'Area' })
      for (const value of ['North', 'Centre', 'South']) {
        await area.getByLabel(`Minimum for ${value} (Area)`).fill('3')
      }
      await app.getByRole('button', { name: 'Check the quotas' }).click()
      await expect(feasible).toBeVisible()
    })
    await test.step('the quotas exported in both formats', async () => {
      // Export both formats.
      for (const [format, name] of [
        ['Sortition Foundation format (CSV)', 'quotas-sortition-foundation.csv'],
        ['Panelot format (CSV)', 'quotas-panelot.csv'],
      ] as const) {
        await app.getByRole('button', { name: 'Export quotas' }).click()
        const [download] = await Promise.all([
          app.waitForEvent('download'),
          app.getByRole('menuitem', { name: format }).click(),
        ])
        expect(download.suggestedFilename()).toBe(name)
        expect(readFileSync(await download.path(), 'utf8')).toContain('60+')
      }
    })
    await test.step('the draw, step 1: LEXIMIN with a numbered list of 1,000 panels', async () => {
      // The draw, step 1: LEXIMIN with a numbered list of 1,000 panels.
      await app.getByRole('tab', { name: 'The draw' }).click()
      await expect(app.getByRole('radio', { name: 'LEXIMIN' })).toBeChecked()
      await app.getByLabel('Publish a numbered list of 1000 equally likely panels').check()
      await app.getByRole('button', { name: 'Prepare the draw' }).click()
      await expect(app.getByTestId('draw-progress').or(app.getByTestId('draw-commitment'))).toBeVisible()
    })
    await test.step('step 2: the commitment', async () => {
      // Step 2: the commitment.
      const commitment = app.getByTestId('draw-commitment')
      await expect(commitment).toBeVisible({ timeout: 60_000 })
      await expect(app.getByTestId('input-hash')).toHaveText(/^([0-9a-f]{8} ){7}[0-9a-f]{8}$/)
      await expect(app.getByTestId('lottery-hash')).toHaveText(/^([0-9a-f]{8} ){7}[0-9a-f]{8}$/)
      await expect(app.getByTestId('probability-chart')).toBeVisible()
      await expect(app.getByTestId('draw-stat-mean')).toHaveText('20.0%')
      const [tickets] = await Promise.all([
        app.waitForEvent('download'),
        app.getByRole('button', { name: 'Download the 1000 numbered panels (CSV)' }).click(),
      ])
      expect(readFileSync(await tickets.path(), 'utf8').split('\n')[1]).toMatch(/^1,/)
      await shoot(app, 'draw-commit', 1400)
    })
    await test.step('step 3: the seed, typed as announced', async () => {
      // Step 3: the seed, typed as announced.
      await app.getByRole('button', { name: 'The codes were read out: choose the seed' }).click()
      await app.getByLabel('The seed').fill('4 2 6 1 3 5 5 2')
      await app.getByRole('button', { name: 'Draw the panel' }).click()
    })
    await test.step('step 4: the panel and the reserves', async () => {
      // Step 4: the panel and the reserves.
      await expect(app.getByTestId('draw-result')).toBeVisible()
      await expect(app.getByTestId('draw-seed')).toHaveText('4 2 6 1 3 5 5 2')
      await expect(app.getByTestId('draw-ticket')).toContainText('of 1,000')
      await expect(panel.getByRole('row')).toHaveCount(13)
      await expect(app.getByTestId('reserve-list').getByRole('listitem')).toHaveCount(5)
      await expect(app.getByText('The panel: 12 of 12 seats held')).toBeVisible()
      await shoot(app, 'draw-result', 1700)
    })
    await test.step('a member withdraws; a replacement drawn with the same ceremony', async () => {
      // A member withdraws; one replacement is drawn with the same ceremony.
      const first = panel.getByRole('row').nth(1)
      const leaving = (await first.getByRole('cell').first().textContent()) ?? ''
      await first.getByRole('combobox').selectOption('confirmed')
      await expect(first.getByRole('combobox')).toHaveValue('confirmed')
      await first.getByRole('combobox').selectOption('withdrawn')
      const withdrawal = app.getByRole('dialog')
      await withdrawal.getByLabel('Why did they withdraw?').fill('Moved abroad')
      await withdrawal.getByRole('button', { name: 'Record the withdrawal' }).click()
      await expect(withdrawal).toBeHidden()
      await expect(app.getByText('1 seat is open')).toBeVisible()
      await app.getByRole('button', { name: 'Draw 1 replacement' }).click()
      await expect(app.getByText('1 seat is open. The replacement quotas')).toBeVisible()
      await app.getByRole('button', { name: 'Prepare the replacement draw' }).click()
      await expect(app.getByTestId('draw-commitment')).toBeVisible({ timeout: 60_000 })
      await app.getByRole('button', { name: 'The codes were read out: choose the seed' }).click()
      await app.getByRole('button', { name: 'Generate a seed' }).click()
      await expect(app.getByLabel('The seed')).toHaveValue(/^\d{20}$/)
      await app.getByRole('button', { name: 'Draw the panel' }).click()
      await expect(app.getByText('The replacements were drawn')).toBeVisible()
      await expect(app.getByText('The panel: 12 of 12 seats held')).toBeVisible()
      await expect(panel.getByText('replacement', { exact: true })).toHaveCount(1)
      await expect(panel.getByRole('row').filter({ hasText: leaving })).toContainText('Withdrew')
    })
    await test.step('the history and the audit log', async () => {
      // The history, and the audit log.
      await app.getByRole('tab', { name: /Draw history/ }).click()
      const history = app.getByRole('table', { name: 'Every draw of this assembly' })
      await expect(history.getByRole('row')).toHaveCount(3)
      await app.getByRole('button', { name: 'Audit log', exact: true }).click()
      await expect(app.getByText('Panel drawn with the public seed').first()).toBeVisible()
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
