import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createDemo } from '../../src/core/demo/create-demo.ts'
import { memberList } from '../../src/core/people/member-views.ts'
import { openProject } from '../../src/core/project/open-project.ts'
import { createSession } from '../../src/core/sessions/session-commands.ts'
import { indexForSearch, searchPeople } from '../../src/shared/check-in-search.ts'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

async function openFile(app: Page, file: string): Promise<void> {
  await app.getByRole('button', { name: 'Open…' }).click()
  const open = app.getByRole('dialog', { name: 'Open an assembly' })
  await open.getByLabel('Path of an assembly file').fill(file)
  await open.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(app).toHaveTitle('People.assembly — Kleroterion')
}

test('people: check five members in at the door by keyboard, withdraw a member with a reason', async ({
  app,
  bridge,
}) => {
  test.setTimeout(240_000)
  const file = join(bridge.documentsDir, 'People.assembly')
  await createDemo(file)
  // An extra evening session after the demo's four weekends, and five members each found first by
  // three letters of their badge name (read before the app holds the file).
  const project = await openProject(file)
  await createSession(project, {
    title: 'Extra evening',
    date: '2030-01-15',
    start: 18 * 60,
    end: 21 * 60,
    venue: '',
    mode: 'in-person',
    phases: ['deliberation'],
    notes: '',
  })
  const members = memberList(project.sqlite).filter((m) => m.status === 'attended')
  await project.close()
  const index = indexForSearch(members)
  const door = members
    .map((m) => ({ name: m.badgeName, query: m.badgeName.slice(0, 3) }))
    .filter((p) => searchPeople(index, p.query)[0]?.badgeName === p.name)
    .slice(0, 5)
  expect(door).toHaveLength(5)

  await openFile(app, file)
  await app.getByRole('button', { name: 'People', exact: true }).click()
  await expect(app.getByRole('table', { name: 'Members of the panel and the reserve list' })).toBeVisible()
  await shoot(app, 'people-members', 1000)

  await test.step('five members checked in at the door by keyboard', async () => {
    await app.getByRole('tab', { name: 'Check-in at the door' }).click()
    await app.getByLabel('Session').selectOption({ label: '2030-01-15 · Extra evening' })
    await expect(app.getByTestId('check-in-count')).toContainText('0 of')
    const search = app.getByLabel('Name (three letters, then Enter)')
    for (const [i, person] of door.entries()) {
      await expect(search).toBeFocused()
      await app.keyboard.type(person.query)
      await expect(app.getByTestId('check-in-results').getByRole('option').first()).toContainText(person.name)
      await app.keyboard.press('Enter')
      await expect(app.getByTestId('check-in-done')).toContainText(person.name)
      await expect(app.getByTestId('check-in-count')).toContainText(`${String(i + 1)} of`)
    }
    await shoot(app, 'people-check-in')
    // Someone not on the panel: a clear message, nothing changes.
    await search.focus()
    await app.keyboard.type('zzq')
    await app.keyboard.press('Enter')
    await expect(app.getByTestId('check-in-error')).toContainText('Nobody on the panel matches “zzq”')
    await expect(app.getByTestId('check-in-count')).toContainText('5 of')
  })

  await test.step('the attendance grid shows the evening', async () => {
    await app.getByRole('tab', { name: 'Attendance' }).click()
    const grid = app.getByRole('table', { name: 'Attendance: members × sessions' })
    await expect(grid.getByRole('columnheader', { name: /Extra evening/ })).toContainText('5 there')
    await shoot(app, 'people-attendance', 1000)
    await app.getByLabel('Sign-in sheet of').selectOption({ label: '2030-01-15 · Extra evening' })
    await app.getByRole('button', { name: 'Print the sign-in sheet…' }).click()
    const print = app.getByRole('dialog', { name: 'Print the sign-in sheet' })
    await print.getByLabel('File').fill(join(bridge.documentsDir, 'sign-in.pdf'))
    await print.getByRole('button', { name: 'Write the PDF' }).click()
    await expect(app.getByText(/^sign-in\.pdf written \(\d+ pages?\)\.$/)).toBeVisible()
  })

  await test.step('a ballot’s members present follow the attendance of the session chosen', async () => {
    await app.getByRole('button', { name: 'Votes', exact: true }).click()
    await app.getByRole('button', { name: 'R10: a yearly climate budget' }).click()
    const source = app.getByTestId('present-source')
    await expect(source).toContainText('From attendance:')
    await app.getByRole('combobox', { name: 'Attendance of' }).click()
    await app.getByRole('option', { name: /Extra evening/ }).click()
    await expect(source).toContainText('From attendance: 5 members were there at Extra evening')
    await expect(app.getByLabel('Members present')).toHaveValue('5')
    await app.getByLabel('Members present').fill('7')
    await expect(source).toContainText(
      'Typed in by hand: it overrides the attendance of Extra evening (5 there)',
    )
    await source.getByRole('button', { name: 'Use attendance' }).click()
    await expect(source).toContainText('From attendance: 5 members')
    await expect(app.getByLabel('Members present')).toHaveValue('5')
    await shoot(app, 'people-votes-present', 1000)
    await app.getByRole('button', { name: 'People', exact: true }).click()
  })

  await test.step('a member withdraws, with a reason, in their record', async () => {
    await app.getByRole('tab', { name: 'Members' }).click()
    const name = door[0]?.name ?? ''
    await app.getByLabel('Find by name or id').fill(name)
    await app
      .getByRole('button', { name: /^Open the record of / })
      .first()
      .click()
    const record = app.getByRole('dialog')
    await record
      .getByLabel('Why did they withdraw? (kept in this record, not in the audit log)')
      .fill('Moved abroad')
    await record.getByRole('button', { name: 'Mark as Withdrew' }).click()
    await expect(record.getByTestId('status-history')).toContainText('Attended → Withdrew — Moved abroad')
    await shoot(app, 'people-record', 1000)
  })

  await test.step('a call logged in a record comes back on the day it is due, and on the call sheet', async () => {
    await app.keyboard.press('Escape')
    const name = door[1]?.name ?? ''
    await app.getByLabel('Find by name or id').fill(name)
    await app
      .getByRole('button', { name: /^Open the record of / })
      .first()
      .click()
    const record = app.getByRole('dialog')
    await record.getByLabel('Outcome').selectOption({ label: 'No answer' })
    await record.getByLabel('Next action', { exact: true }).fill('Call again after 6 pm')
    await record.getByLabel('Next action on').fill(localDay())
    await record.getByRole('button', { name: 'Record the attempt' }).click()
    await expect(record.getByTestId('contact-log')).toContainText('No answer')
    await expect(record.getByTestId('contact-log')).toContainText('Next: Call again after 6 pm')
    await shoot(app, 'people-contact-log', 1200)
    await app.keyboard.press('Escape')
    await app.getByRole('tab', { name: 'To call today' }).click()
    const calls = app.getByRole('table', { name: 'People to call' })
    await expect(calls).toContainText('Call again after 6 pm')
    await shoot(app, 'people-to-call', 1000)
    await app.getByRole('button', { name: 'Print the call sheet…' }).click()
    const print = app.getByRole('dialog', { name: 'Print the call sheet' })
    const sheet = join(bridge.documentsDir, 'calls.pdf')
    await print.getByLabel('File').fill(sheet)
    await print.getByRole('button', { name: 'Write the PDF' }).click()
    await expect(app.getByText('calls.pdf written (1 page).')).toBeVisible()
    expect(existsSync(sheet)).toBe(true)
  })

  await test.step('the confirmations ask for a replacement, which opens the replacement draw', async () => {
    await app.getByRole('tab', { name: 'Confirmations' }).click()
    // The demo's member who withdrew after weekend two, and the one who withdrew above.
    await expect(app.getByTestId('open-seats')).toContainText('2 seats are left open.')
    const board = app.getByRole('table', { name: 'Confirmations against the quotas' })
    await expect(board).toContainText('Declined or withdrew')
    await shoot(app, 'people-confirmations', 1200)
    await app.getByRole('button', { name: 'Draw replacements for 2 seats…' }).click()
    await expect(app.getByText(/^2 seats are open\. The replacement quotas/)).toBeVisible()
    await expect(app.getByRole('button', { name: 'Prepare the replacement draw' })).toBeVisible()
  })
})

/** Today on this computer, as the screens default to it. */
function localDay(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
