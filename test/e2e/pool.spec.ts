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
  'Phone',
  'Address',
  'Postcode',
  'Gender',
  'Age',
  'Area',
  'Consent',
  'How did you hear about us',
]

/**
 * About 30 registrations as a form tool exports them: "F", "female" and "Woman" for one answer,
 * an empty answer, a duplicate id, a row without consent, a shared address, an ineligible age,
 * a doubtful e-mail; written with ';' in Windows-1252 (accents are not valid UTF-8).
 */
function registrations(): string[][] {
  const genders = ['Female', 'Male', 'female', 'M', 'F', 'male', 'Woman', 'Man', 'Female', 'Male']
  const areas = ['Centre', 'NORTH', 'South', 'centre ', 'North']
  const first = ['Éloïse', 'Marc', 'Chloé', 'Hugo', 'Léa', 'Noé', 'Zoé', 'Loïc', 'Inès', 'Théo']
  const last = [
    'Bérard',
    'Dupont',
    'Lefèvre',
    'Moreau',
    'Girard',
    'Faure',
    'André',
    'Mercier',
    'Blanc',
    'Guérin',
  ]
  const rows: string[][] = []
  for (let i = 1; i <= 30; i++) {
    const firstName = first[(i - 1) % 10] ?? ''
    const lastName = `${last[(i * 3) % 10] ?? ''}${i > 10 ? `-${i}` : ''}`
    rows.push([
      `R-${String(i).padStart(3, '0')}`,
      firstName,
      lastName,
      `${firstName.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()}.${i}@example.org`,
      `06 12 34 ${String(10 + i)} ${String(50 + i)}`,
      `${i} rue de la République`,
      '69001',
      genders[(i - 1) % genders.length] ?? '',
      String(18 + ((i * 7) % 60)),
      areas[i % areas.length] ?? '',
      'yes',
      i % 2 === 0 ? 'Letter' : 'Friend',
    ])
  }
  const row = (n: number) => rows[n - 1] ?? []
  row(5)[7] = '' // an empty gender answer
  row(12)[0] = 'R-011' // the same id as the row before
  row(17)[10] = '' // no consent
  row(21)[8] = '15' // too young: outside every age band
  row(22)[3] = 'noe.22@' // a doubtful e-mail: imported with a warning
  row(24)[5] = '23 Rue de la République' // lives with row 23
  row(24)[6] = '69 001'
  row(25)[8] = '1961-04-02' // a date of birth instead of an age
  return rows
}

function writeRegistrations(dir: string): string {
  const csv = [HEADERS, ...registrations()].map((r) => r.join(';')).join('\r\n') + '\r\n'
  const file = join(dir, 'registrations-lyon.csv')
  writeFileSync(file, Buffer.from(csv, 'latin1'))
  return file
}

async function createAssembly(app: Page, name: string): Promise<void> {
  await app.getByRole('button', { name: 'New assembly…' }).click()
  await app.getByLabel('Name of the assembly').fill(name)
  await app.getByRole('button', { name: 'Create' }).click()
  await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible()
}

test('import registrations with the wizard, then browse the pool and add a person', async ({ app }) => {
  test.setTimeout(240_000)
  const dir = mkdtempSync(join(tmpdir(), 'kleroterion-pool-'))
  try {
    const file = writeRegistrations(dir)
    const wizard = app.getByRole('dialog', { name: 'Import registrations' })
    const table = app.getByRole('table', { name: 'People in the pool' })
    await test.step('create an assembly; the pool is empty', async () => {
      await createAssembly(app, 'Lyon Climate Assembly')
      await app.getByRole('button', { name: 'Pool', exact: true }).click()
      await expect(app.getByText('No one is in the pool yet')).toBeVisible()
    })
    await test.step('a. the file; bad files refused in plain words, the dialog still usable', async () => {
      // a. The file. An empty file, a header without rows and a picture renamed .csv are refused
      // in the step itself, naming the user's own file; the buttons stay in reach.
      await app.getByRole('button', { name: 'Import registrations…' }).click()
      const bad: [string, Buffer, RegExp][] = [
        ['empty.csv', Buffer.alloc(0), /“empty\.csv” is empty: there is nothing in it to import/],
        [
          'header-only.csv',
          Buffer.from(`${HEADERS.join(';')}\r\n`),
          /“header-only\.csv” has a header row but no registrations/,
        ],
        [
          'photo.csv',
          Buffer.concat([
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
            Buffer.alloc(200, 0),
          ]),
          /“photo\.csv” is not a CSV text file: it holds binary data/,
        ],
      ]
      for (const [name, bytes, words] of bad) {
        const path = join(dir, name)
        writeFileSync(path, bytes)
        await wizard.getByLabel('Registration file').setInputFiles(path)
        const refusal = wizard.getByRole('alert').filter({ hasText: 'This file cannot be imported' })
        await expect(refusal).toContainText(words)
        await expect(refusal).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/)
      }
      await shoot(app, 'pool-wizard-refused')
      await expect(wizard.getByRole('button', { name: 'Cancel' })).toBeInViewport()
      await wizard.getByLabel('Registration file').setInputFiles(file)
    })
    await test.step('b. the preview says how the file was read', async () => {
      // b. The preview says how the file was read.
      await expect(wizard.getByText('Windows-1252')).toBeVisible()
      await expect(wizard.getByText('semicolon (;)')).toBeVisible()
      await expect(wizard.getByText('30 rows')).toBeVisible()
      await expect(wizard.getByRole('table', { name: 'The first rows of the file' })).toContainText('Éloïse')
      await shoot(app, 'pool-wizard-preview')
      await wizard.getByRole('button', { name: 'Next' }).click()
    })
    await test.step('c. columns: person fields recognised, categories proposed', async () => {
      // c. Columns: the person fields are recognised from the headers; on this new assembly the
      // columns that look like categories are proposed as such, each shown and easy to undo.
      await expect(wizard.getByLabel('What is “Respondent ID”?')).toHaveValue('id')
      await expect(wizard.getByLabel('What is “Email”?')).toHaveValue('email')
      await expect(wizard.getByLabel('What is “Postcode”?')).toHaveValue('postcode')
      const proposed = wizard.getByTestId('proposed-categories')
      await expect(proposed).toContainText('4 columns proposed as categories for the draw')
      await expect(proposed).toContainText('“Gender”, “Age”, “Area”, “How did you hear about us”')
      await expect(wizard.getByLabel('What is “Gender”?')).toHaveValue('category')
      await expect(wizard.getByLabel('What is “Age”?')).toHaveValue('age')
      await expect(wizard.getByLabel('What is “Area”?')).toHaveValue('category')
      await expect(wizard.getByLabel('What is “How did you hear about us”?')).toHaveValue('category')
      // Two answers in thirty rows made it a category; it is only a note here: undo, redo, undo.
      await wizard.getByRole('button', { name: 'Undo the proposal for “How did you hear about us”' }).click()
      await expect(wizard.getByLabel('What is “How did you hear about us”?')).toHaveValue('note')
      await wizard
        .getByRole('button', { name: 'Use the proposal for “How did you hear about us” again' })
        .click()
      await expect(wizard.getByLabel('What is “How did you hear about us”?')).toHaveValue('category')
      await wizard.getByRole('button', { name: 'Undo the proposal for “How did you hear about us”' }).click()
      await expect(proposed).toContainText('3 columns proposed as categories for the draw')
      await expect(wizard.getByLabel('Category for “Gender”')).toHaveValue('Gender')
      await expect(wizard.getByRole('group', { name: 'Age bands for “Age”' })).toBeVisible()
      await expect(wizard.getByLabel('Band 1', { exact: true })).toHaveValue('16-29')
    })
    await test.step('two id columns are refused', async () => {
      // Two id columns are refused, and one goes back.
      await wizard.getByLabel('What is “Phone”?').selectOption('id')
      await expect(wizard.getByText('Only one column can be the person’s id.')).toBeVisible()
      await expect(wizard.getByRole('button', { name: 'Next' })).toBeDisabled()
      await wizard.getByLabel('What is “Phone”?').selectOption('phone')
      await shoot(app, 'pool-wizard-map', 1500)
      await wizard.getByRole('button', { name: 'Next' }).click()
    })
    await test.step('d. answers matched to values', async () => {
      // d. Answers: "F", "female", "Woman", "Man" and "M" are matched without retyping; empty answers
      // go to "Prefer not to say" unless the organiser chooses to reject them.
      const gender = wizard.getByRole('region', { name: 'Gender' })
      await expect(gender.getByLabel('Value for “F” (Gender)')).toHaveValue('Female')
      await expect(gender.getByLabel('Value for “female” (Gender)', { exact: true })).toHaveCount(0)
      await expect(gender.getByLabel('Value for “Woman” (Gender)')).toHaveValue('Female')
      await expect(gender.getByLabel('Value for “Man” (Gender)')).toHaveValue('Male')
      await expect(gender.getByLabel('Value for “M” (Gender)')).toHaveValue('Male')
      await expect(gender.getByLabel('Value for empty or unknown answers (Gender)')).toHaveValue(
        'Prefer not to say',
      )
      await expect(gender.getByText('Every answer has a value')).toBeVisible()
      await expect(gender.getByText('Goes to “Prefer not to say”')).toBeVisible()
      const area = wizard.getByRole('region', { name: 'Area' })
      await expect(area.getByLabel('Value for “centre” (Area)')).toHaveValue('Centre')
      await expect(area.getByLabel('Value for “NORTH” (Area)')).toHaveValue('North')
      await gender.getByText('Answer in the file').click()
      await shoot(app, 'pool-wizard-values', 1300)
    })
    await test.step('e. the check, before anything is written', async () => {
      // e. The check, before anything is written.
      await wizard.getByRole('button', { name: 'Check every row' }).click()
      // The check runs in a worker thread: its start can take a while on a busy machine.
      await expect(wizard.getByRole('button', { name: 'Import 27 people' })).toBeVisible({ timeout: 60_000 })
      await expect(wizard.getByTestId('report-added')).toHaveText('27')
      await expect(wizard.getByTestId('report-rejected')).toHaveText('3')
      await expect(wizard.getByTestId('report-warnings')).toHaveText('2')
      await expect(wizard.getByTestId('report-duplicates')).toHaveText('1')
      await expect(wizard.getByTestId('report-households')).toHaveText('26')
      const problems = wizard.getByRole('table', { name: 'Problems by row' })
      await expect(problems).toContainText('The id “R-011” is also used on row 12.')
      await expect(problems).toContainText('No consent was given.')
      await expect(problems).toContainText('Age 15 is outside every age band of Age')
      await expect(problems).toContainText('“noe.22@” does not look like an e-mail address.')
      await expect(problems).toContainText('No answer for Gender: put in “Prefer not to say”.')
      const [download] = await Promise.all([
        app.waitForEvent('download'),
        wizard.getByRole('button', { name: 'Export problems as CSV' }).click(),
      ])
      expect(download.suggestedFilename()).toBe('registrations-lyon - problems.csv')
      const exported = readFileSync(await download.path(), 'utf8')
      expect(exported).toContain('Row,Column,Problem')
      expect(exported).toContain('No consent was given.')
      await shoot(app, 'pool-report', 1000)
    })
    await test.step('f. the import, then the pool', async () => {
      // f. The import, then the pool.
      await wizard.getByRole('button', { name: 'Import 27 people' }).click()
      await expect(wizard.getByText('The registrations were imported')).toBeVisible({ timeout: 60_000 })
      await shoot(app, 'pool-wizard-done')
      await wizard.getByRole('button', { name: 'See the pool' }).click()
      await expect(wizard).toHaveCount(0)
      await expect(app.getByTestId('pool-count')).toHaveText('27 people · 26 households')
      await expect(table.getByRole('row')).not.toHaveCount(0)
    })
    await test.step('search ignores case and accents; the filter', async () => {
      // Search ignores case and accents; the filter keeps only some values.
      await app.getByLabel('Search').fill('eloise')
      // The header and two Éloïse (registrations 1 and 11; 21 was too young).
      await expect(table.getByRole('row')).toHaveCount(3)
      await app.getByLabel('Search').fill('')
      await app.getByRole('combobox', { name: 'Show only' }).click()
      await app.getByRole('option', { name: 'Gender: Prefer not to say' }).click()
      await expect(app.getByText('Showing 1 of 27 people')).toBeVisible()
      await app.getByRole('button', { name: 'Pool', exact: true }).click() // closes the dropdown
      await table.getByRole('row').nth(1).click()
      const drawer = app.getByRole('dialog', { name: 'Léa Faure' })
      await expect(drawer.getByText('Prefer not to say')).toBeVisible()
      await drawer.getByRole('button', { name: 'Close' }).click()
      await app.getByRole('button', { name: 'Show everyone again' }).click()
      await expect(app.getByText('Showing all 27 people')).toBeVisible()
    })
    await test.step('sorting; the shared address; the pool by category', async () => {
      // Sorting by a header; the shared address shows in the row and in the person's panel.
      await table.getByRole('button', { name: 'Household' }).click()
      await expect(table.getByRole('columnheader', { name: 'Household' })).toHaveAttribute(
        'aria-sort',
        'descending',
      )
      await table.getByRole('row').nth(1).click()
      const person = app.getByRole('dialog').filter({ hasText: 'Shares the address with 1 other person' })
      await expect(person).toBeVisible()
      await expect(person.getByText('rue de la République', { exact: false }).first()).toBeVisible()
      await shoot(app, 'pool-person')
      await person.getByRole('button', { name: 'Close' }).click()
      await table.evaluate((element) => element.scrollTo({ left: 0 }))
      await shoot(app, 'pool')

      await app.getByRole('tab', { name: 'By category' }).click()
      const genderPanel = app.getByRole('table', { name: 'The pool by Gender' })
      await expect(genderPanel.getByRole('row', { name: /Female/ })).toContainText('12')
      await expect(genderPanel.getByText('—').first()).toBeVisible()
      await app.getByRole('tab', { name: /Shared addresses/ }).click()
      await expect(app.getByRole('listitem').filter({ hasText: '2 people' })).toHaveCount(1)
    })
    await test.step('manual entry, with the same checks', async () => {
      // Manual entry: the same checks as an import, shown on the field.
      await app.getByRole('button', { name: 'Add a person' }).click()
      const add = app.getByRole('dialog', { name: 'Add a person' })
      await add.getByLabel('First name').fill('Amélie')
      await add.getByLabel('Last name').fill('Poulain')
      await add.getByLabel('Phone').fill('+33 6 00 00 00 01')
      await add.getByLabel('Gender').selectOption('Female')
      await add.getByLabel('Age').selectOption('30-44')
      await add.getByLabel('Area').selectOption('North')
      await add.getByRole('button', { name: 'Add to the pool' }).click()
      await expect(add.getByText('Without consent, the person cannot be added to the pool.')).toBeVisible()
      await shoot(app, 'pool-add', 900)
      await add.getByLabel('This person agreed that their data is used for the draw').check()
      await add.getByLabel('Id (optional)').fill('R-001')
      await add.getByRole('button', { name: 'Add to the pool' }).click()
      await expect(add.getByText('Someone with this id is already in the pool.')).toBeVisible()
      await add.getByLabel('Id (optional)').fill('')
      await add.getByRole('button', { name: 'Add to the pool' }).click()
      await expect(app.getByText('Amélie Poulain was added to the pool.')).toBeVisible()
      await expect(app.getByTestId('pool-count')).toHaveText('28 people · 27 households')
    })
    await test.step('importing the same file again changes nothing', async () => {
      // Importing the same file again: the mapping is remembered and nothing is new.
      await app.getByRole('button', { name: 'Import registrations…' }).click()
      await wizard.getByLabel('Registration file').setInputFiles(file)
      await expect(wizard.getByText('same columns as a file you imported before')).toBeVisible()
      await wizard.getByRole('button', { name: 'Next' }).click()
      await expect(wizard.getByLabel('What is “Gender”?')).toHaveValue('category')
      await wizard.getByRole('button', { name: 'Next' }).click()
      await expect(wizard.getByLabel('Value for “Woman” (Gender)')).toHaveValue('Female')
      await wizard.getByRole('button', { name: 'Check every row' }).click()
      await expect(wizard.getByTestId('report-unchanged')).toHaveText('27', { timeout: 60_000 })
      await expect(wizard.getByTestId('report-added')).toHaveText('0')
      await expect(wizard.getByTestId('report-gone')).toHaveText('1')
      await wizard.getByRole('button', { name: 'Cancel (nothing changes)' }).click()
      await expect(app.getByTestId('pool-count')).toHaveText('28 people · 27 households')
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the demo assembly has a pool of about 1,500 people', async ({ app }) => {
  await app.getByRole('button', { name: 'Open the demo assembly' }).click()
  await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible({ timeout: 30_000 })
  await app.getByRole('button', { name: 'Pool', exact: true }).click()
  await expect(app.getByTestId('pool-count')).toHaveText(/^1,\d{3} people · 1,\d{3} households$/)
  const table = app.getByRole('table', { name: 'People in the pool' })
  await expect(table.getByRole('row').nth(5)).toBeVisible()
  // Only the rows on screen are drawn.
  expect(await table.getByRole('row').count()).toBeLessThan(80)
  await table.getByRole('row').last().scrollIntoViewIfNeeded()
  await table.getByRole('button', { name: 'Name' }).click()
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
  await shoot(app, 'pool-demo')
  await app.getByRole('tab', { name: 'By category' }).click()
  await expect(app.getByRole('table', { name: 'The pool by Gender' })).toBeVisible()
  await shoot(app, 'pool-demo-categories', 1300)
  await app.getByRole('tab', { name: /Shared addresses/ }).click()
  await expect(app.getByRole('listitem').first()).toBeVisible()
  await shoot(app, 'pool-demo-households')

  // In French, the same view.
  await app.getByRole('button', { name: 'Settings' }).click()
  await app.getByRole('radio', { name: 'Français' }).check()
  await app.keyboard.press('Escape')
  await app.getByRole('tab', { name: 'Personnes' }).click()
  await expect(app.getByTestId('pool-count')).toHaveText(/^1\s494 personnes · 1\s232 foyers$/)
  await shoot(app, 'pool-demo-fr')
})
