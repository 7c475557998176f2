import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** Opens the write dialog of a document, writes it to `target` and waits for the sentence saying so. */
async function write(app: Page, button: string | RegExp, title: string, target: string, done: RegExp) {
  await app.getByRole('button', { name: button }).click()
  const dialog = app.getByRole('dialog', { name: title })
  await dialog.getByRole('textbox').fill(target)
  await dialog.getByRole('button', { name: 'Write', exact: true }).click()
  await expect(app.getByText(done)).toBeVisible({ timeout: 60_000 })
  await expect(dialog).toHaveCount(0)
}

test('reports: choose the final report’s sections and texts, add a logo, write every document', async ({
  app,
  bridge,
}) => {
  test.setTimeout(240_000)
  await app.getByRole('button', { name: 'Open the demo assembly' }).click()
  await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible({ timeout: 60_000 })
  await app.getByRole('button', { name: 'Reports' }).click()
  await expect(app.getByRole('heading', { name: 'The final report' })).toBeVisible()

  await test.step('the report’s contents, saved as they are typed', async () => {
    await app.getByRole('checkbox', { name: 'The draw' }).uncheck()
    await app.getByLabel('Foreword', { exact: true }).fill('We thank the sixty members for their time.')
    await app.getByLabel('Members’ statement', { exact: true }).fill('We stand by every recommendation.')
    await expect(app.locator('[data-save-status="saved"]')).toBeVisible()
    // A file that is not an image is refused in plain words; a PNG becomes the cover's logo.
    const notImage = join(bridge.documentsDir, 'notes.txt')
    writeFileSync(notImage, 'not an image')
    await app.getByRole('button', { name: 'Choose a logo…' }).click()
    await app.getByLabel(/^Image file/).fill(notImage)
    await app.getByRole('button', { name: 'Use this image' }).click()
    await expect(app.getByText('The logo must be a PNG or JPEG image of at most 2 MB.')).toBeVisible()
    const logo = join(bridge.documentsDir, 'logo.png')
    writeFileSync(logo, PNG)
    await app.getByLabel(/^Image file/).fill(logo)
    await app.getByRole('button', { name: 'Use this image' }).click()
    await expect(app.getByRole('img', { name: 'The logo printed on the cover' })).toBeVisible()
    await shoot(app, 'reports', 1100)
  })

  await test.step('kept when the section is opened again', async () => {
    await app.getByRole('button', { name: 'Audit log' }).click()
    await app.getByRole('button', { name: 'Reports' }).click()
    await expect(app.getByLabel('Foreword', { exact: true })).toHaveValue(
      'We thank the sixty members for their time.',
    )
    await expect(app.getByRole('checkbox', { name: 'The draw' })).not.toBeChecked()
  })

  await test.step('the final report prints what was chosen', async () => {
    const pdf = join(bridge.documentsDir, 'final.pdf')
    await write(
      app,
      'Write the final report…',
      'Write the final report',
      pdf,
      /^final\.pdf written \(\d+ pages\)\.$/,
    )
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(words).toContain('We thank the sixty members for their time.')
    expect(words).toContain('We stand by every recommendation.')
    expect(words).not.toContain('How the panel was drawn')
  })

  await test.step('the certificates, the workbook and the open data', async () => {
    const dir = bridge.documentsDir
    await write(
      app,
      /^Draw certificates/,
      'Write the draw certificates',
      join(dir, 'certificates.pdf'),
      /^certificates\.pdf written \(2 pages\)\.$/,
    )
    await write(
      app,
      /^Workbook/,
      'Write the workbook',
      join(dir, 'workbook.xlsx'),
      /^workbook\.xlsx written \(\d+ sheets\)\.$/,
    )
    await write(app, /^Open data/, 'Write the open data', join(dir, 'open'), /^open written \(\d+ files\)\.$/)
    expect(existsSync(join(dir, 'workbook.xlsx'))).toBe(true)
    expect(readdirSync(join(dir, 'open'))).toContain('case-summary.csv')
    // The same folder again is refused: nothing is overwritten.
    await app.getByRole('button', { name: /^Open data/ }).click()
    const dialog = app.getByRole('dialog', { name: 'Write the open data' })
    await dialog.getByRole('textbox').fill(join(dir, 'open'))
    await dialog.getByRole('button', { name: 'Write', exact: true }).click()
    await expect(app.getByText(/is not empty: choose a new or empty folder/)).toBeVisible()
  })
})
