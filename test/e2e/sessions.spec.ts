import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

test('sessions from a template: move blocks by keyboard and by drag and drop, see a clash explained, print both PDFs', async ({
  app,
  bridge,
}) => {
  test.setTimeout(120_000)
  await app.getByRole('button', { name: 'New assembly…' }).click()
  await app.getByLabel('Name of the assembly').fill('Riverside Climate Assembly')
  await app.getByRole('button', { name: 'Create' }).click()
  await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible()

  // A four-weekend plan from the first Saturday, a fortnight apart.
  await app.getByRole('button', { name: 'Sessions', exact: true }).click()
  await expect(app.getByText('No sessions yet.')).toBeVisible()
  await app.getByRole('button', { name: 'From a template…' }).click()
  const template = app.getByRole('dialog', { name: 'Start from a template' })
  await template.getByRole('radio', { name: 'Citizens’ assembly over four weekends' }).check()
  await template.getByLabel('First date').fill('2026-03-07')
  await template.getByLabel('Days between sessions').fill('14')
  await template.getByRole('button', { name: 'Create the sessions' }).click()
  const list = app.getByRole('table', { name: 'Sessions in date order' })
  await expect(list.getByRole('row')).toHaveCount(5)
  await expect(app.getByTestId('phase-totals')).toContainText('32 h over 4 days')
  await shoot(app, 'sessions-list', 1100)

  // Weekend 1: the keyboard moves "Thinking critically" above the coffee break; the times follow.
  await list.getByRole('button', { name: 'Open Weekend 1' }).click()
  const agenda = app.getByRole('list', { name: 'Agenda of Weekend 1' })
  const row = (title: string) => agenda.getByTestId('block-row').filter({ hasText: title })
  await expect(row('Thinking critically about evidence').getByTestId('block-time')).toHaveText('11:30–12:30')
  await app
    .getByRole('button', { name: 'Move Thinking critically about evidence (up and down arrow keys)' })
    .focus()
  await app.keyboard.press('ArrowUp')
  await expect(row('Thinking critically about evidence').getByTestId('block-time')).toHaveText('11:15–12:15')
  await expect(row('Coffee break').first().getByTestId('block-time')).toHaveText('12:15–12:30')
  await expect(
    app.getByRole('button', { name: 'Move Thinking critically about evidence (up and down arrow keys)' }),
  ).toBeFocused()
  const checks = app.getByTestId('agenda-checks')
  await expect(checks).toContainText('Weekend 1: 135 minutes without a break, from 10:00 to 12:15.')

  // Drag and drop puts the break back between the two; the stretch without a break is gone.
  await row('Coffee break').first().dragTo(row('Thinking critically about evidence'))
  await expect(row('Thinking critically about evidence').getByTestId('block-time')).toHaveText('11:30–12:30')
  await expect(checks).not.toContainText('without a break')

  // A longer welcome runs into the fixed-time lunch: the app says what no longer fits.
  await app.getByRole('button', { name: 'Edit Ground rules and getting to know your table' }).click()
  const form = app.getByRole('dialog', { name: 'Edit the block' })
  await form.getByLabel('Minutes').fill('90')
  await form.getByRole('button', { name: 'Save the block' }).click()
  await expect(checks).toContainText(
    '“Lunch” is fixed at 12:30, but “Thinking critically about evidence” before it ends at 13:15: 45 minutes no longer fit.',
  )
  await expect(row('Lunch').getByTestId('block-time')).toHaveText('12:30–13:30')
  await shoot(app, 'sessions-editor', 1500)

  // Both documents, written where the organiser says.
  for (const [button, dialog, name, words] of [
    ['Print the agenda…', 'Print the participants’ agenda', 'agenda.pdf', 'Arrival, coffee and sign-in'],
    ['Print the run-of-show…', 'Print the staff’s run-of-show', 'run-of-show.pdf', 'For staff'],
  ] as const) {
    await app.getByRole('button', { name: button }).click()
    const print = app.getByRole('dialog', { name: dialog })
    const file = join(bridge.documentsDir, name)
    await print.getByLabel('File').fill(file)
    await print.getByRole('button', { name: 'Write the PDF' }).click()
    await expect(app.getByText(new RegExp(`${name} written \\(\\d+ pages\\)`))).toBeVisible()
    expect(existsSync(file)).toBe(true)
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(words)
  }
})
