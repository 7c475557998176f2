import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createDemo } from '../../src/core/demo/create-demo.ts'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

test('tables: plan four sessions, drag a member with the scores following, re-seat two no-shows, print badges and table cards', async ({
  app,
  bridge,
}) => {
  test.setTimeout(400_000)
  const file = join(bridge.documentsDir, 'Tables.assembly')
  await createDemo(file)
  await app.getByRole('button', { name: 'Open…' }).click()
  const open = app.getByRole('dialog', { name: 'Open an assembly' })
  await open.getByLabel('Path of an assembly file').fill(file)
  await open.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(app).toHaveTitle('Tables.assembly — Kleroterion')
  await app.getByRole('button', { name: 'People', exact: true }).click()
  await app.getByRole('tab', { name: 'Tables' }).click()
  const absences = app.getByTestId('tables-absent')

  await test.step('plan the four weekends in a worker: weekend one’s absent members are no longer seated', async () => {
    // The demo planned ahead, so weekend one still seats the members marked absent since.
    await expect(absences).toContainText('7 members seated here are marked absent')
    await app.getByRole('button', { name: 'Plan the sessions' }).click()
    await expect(absences).toHaveCount(0, { timeout: 120_000 })
    await expect(app.getByTestId('tables-refused')).toHaveCount(0)
  })

  await test.step('drag a member to another table: the scores change before the drop, and stay', async () => {
    const chip = app.locator('[data-table="2"] [data-member]').first()
    const member = await chip.getAttribute('data-member')
    const before = await app.getByTestId('tables-balance').innerText()
    await chip.hover()
    await app.mouse.down()
    const target = await app.locator('[data-table="3"]').boundingBox()
    if (!target) throw new Error('table 3 is not on screen')
    await app.mouse.move(target.x + 30, target.y + 30, { steps: 5 })
    await app.mouse.move(target.x + 40, target.y + 40, { steps: 5 })
    const preview = app.getByTestId('tables-balance-preview')
    await expect(preview).toContainText(/→ [\d.,]+ \((better|worse|no change)\)/)
    await expect(app.getByTestId('tables-pairs-preview')).toBeVisible()
    const after = (await preview.innerText()).replace(/^→ /, '').replace(/ \(.*$/, '')
    await app.mouse.up()
    await expect(app.locator(`[data-table="3"] [data-member="${member}"]`)).toBeVisible()
    await expect(app.getByTestId('tables-balance')).toHaveText(after)
    expect(after).not.toBe(before)
    await expect(preview).toHaveCount(0)
    await shoot(app, 'tables-board', 1400)
  })

  // Two members seated in weekend one whose names are unique, marked absent in the attendance grid.
  const seated = app.locator('[data-table="4"] [data-member]')
  const noShows: { id: string; name: string }[] = []
  for (const chip of await seated.all()) {
    const id = (await chip.getAttribute('data-member')) ?? ''
    const name = (await chip.innerText()).split('\n')[0]?.trim() ?? ''
    if ((await app.locator('[data-member]').filter({ hasText: name }).count()) === 1)
      noShows.push({ id, name })
    if (noShows.length === 2) break
  }
  expect(noShows).toHaveLength(2)

  await test.step('mark two no-shows, then re-seat the absent', async () => {
    await app.getByRole('tab', { name: 'Attendance' }).click()
    for (const { name } of noShows)
      await app.getByLabel(`${name} at Weekend 1`, { exact: true }).selectOption({ label: 'Absent' })
    await app.getByRole('tab', { name: 'Tables' }).click()
    await expect(absences).toContainText('2 members seated here are marked absent')
    await app.getByRole('button', { name: 'Re-seat the absent' }).click()
    await expect(absences).toHaveCount(0)
    await expect(app.getByText(/^Re-seated:/)).toBeVisible()
    for (const { id } of noShows) await expect(app.locator(`[data-member="${id}"]`)).toHaveCount(0)
  })

  await test.step('print the name badges and the table cards', async () => {
    for (const [button, name] of [
      ['Print the name badges…', 'name badges.pdf'],
      ['Print the table cards…', 'table cards.pdf'],
    ] as const) {
      await app.getByRole('button', { name: button }).click()
      await app.getByRole('dialog').getByRole('button', { name: 'Write the PDF' }).click()
      await expect(app.getByText(new RegExp(`^${name} written \\(\\d+ pages\\)\\.$`))).toBeVisible()
      await expect(app.getByRole('dialog')).toHaveCount(0)
      expect(existsSync(join(bridge.documentsDir, name))).toBe(true)
    }
  })
})
