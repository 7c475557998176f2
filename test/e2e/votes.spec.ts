import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, shoot, test } from './fixtures.ts'

test.use({ reducedMotion: 'reduce' })

/**
 * 20 ranked papers for a spokesperson (keys 1 Ana, 2 Ben, 3 Chloé, 4 Dev, 5 Eli). First
 * preferences Ana 6, Ben 5, Chloé 4, Dev 3, Eli 2; instant runoff drops Eli, then Dev, then Ana,
 * and Ben wins 11–9 in the fourth round.
 */
const PAPERS = [
  '123',
  '123',
  '123',
  '123',
  '13',
  '13',
  '213',
  '213',
  '213',
  '231',
  '231',
  '321',
  '321',
  '312',
  '312',
  '432',
  '432',
  '42',
  '53',
  '524',
]

async function typePapers(app: Page, entry: Locator, papers: readonly string[]): Promise<void> {
  const keys = entry.getByLabel('What the paper says')
  await keys.focus()
  for (const [i, paper] of papers.entries()) {
    await app.keyboard.type(paper)
    await app.keyboard.press('Enter')
    await expect(entry.getByLabel('Paper no.')).toHaveValue(String(i + 2))
  }
  await expect(entry.getByText(`${papers.length} papers typed`)).toBeVisible()
}

test('a recommendation voted on a 4-point scale by tables, then a ranked ballot typed twice, reconciled and projected', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const row = app.getByTestId('rec-R1')
  const drawer = app.getByRole('dialog')
  const builder = app.getByTestId('ballot-builder')
  const page = app.getByTestId('ballot-page')
  await test.step('create an assembly', async () => {
    await app.getByRole('button', { name: 'New assembly…' }).click()
    await app.getByLabel('Name of the assembly').fill('Riverside Climate Assembly')
    await app.getByRole('button', { name: 'Create' }).click()
    await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible()
  })
  await test.step('a recommendation in the register', async () => {
    // The register: one recommendation.
    await app.getByRole('button', { name: 'Votes', exact: true }).click()
    await expect(app.getByText('No recommendations yet.')).toBeVisible()
    await app.getByRole('button', { name: 'New recommendation' }).click()
    const form = app.getByRole('dialog', { name: 'New recommendation' })
    await form.getByLabel('Number').fill('R1')
    await form.getByLabel('Theme').fill('Transport')
    await form.getByLabel('Drafting group').fill('Group 2: getting around')
    await form
      .getByLabel('Text of the recommendation')
      .fill('Make every bus route in the district free for under-25s by 2028.')
    await form.getByRole('button', { name: 'Add the recommendation' }).click()
    await expect(row).toContainText('Make every bus route')
    await expect(row).toContainText('Draft')
  })
  await test.step('a new wording makes version 2; a minority statement', async () => {
    // A new wording makes version 2; the first stays in the history.
    await row.getByRole('button', { name: 'R1' }).click()
    await drawer
      .getByLabel('Text of the recommendation')
      .fill('Make every bus route in the district free for under-25s by 2027.')
    await drawer.getByLabel('Status').click()
    await app.getByRole('option', { name: 'Final wording' }).click()
    await drawer.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(app.getByText('Saved as version 2')).toBeVisible()
    await expect(drawer.getByText('Version 1 ·')).toBeVisible()
    await drawer
      .getByLabel('Add a minority statement')
      .fill('Free fares should be paid for by a regional levy, not the district.')
    await drawer.getByLabel('Members who signed it').fill('4')
    await drawer.getByRole('button', { name: 'Add the statement' }).click()
    await expect(drawer.getByText(/Signed by 4 members/)).toBeVisible()
    await shoot(app, 'votes-recommendation', 900)
  })
  await test.step('a 4-point agreement ballot counted per table, finalised', async () => {
    // A 4-point agreement ballot, counted per table.
    await drawer.getByRole('button', { name: 'New ballot' }).click()
    await expect(builder.getByLabel('Title', { exact: true })).toHaveValue('Vote on R1')
    await builder.getByRole('radio', { name: 'Agreement scale' }).check()
    await expect(builder.getByLabel('Grades', { exact: true })).toHaveValue(
      'Strongly disagree\nDisagree\nAgree\nStrongly agree',
    )
    await expect(builder.getByLabel('Label of band 1')).toHaveValue('strongly supported')
    await builder.getByLabel('Quorum').fill('16')
    await shoot(app, 'votes-builder-scale', 1700)
    await builder.getByRole('button', { name: 'Create the ballot' }).click()

    await expect(page.getByRole('heading', { name: 'Vote on R1' })).toBeVisible()
    await page.getByLabel('Members present').fill('12')
    await expect(page.getByTestId('quorum')).toHaveText('Quorum not met')
    await page.getByLabel('Members present').fill('30')
    const grid = page.getByTestId('counts-grid')
    const counts = { 'Strongly disagree': '1', Disagree: '2', Agree: '5', 'Strongly agree': '8' }
    for (const [grade, n] of Object.entries(counts)) await grid.getByLabel(`Table 1: ${grade}`).fill(n)
    await page.getByRole('button', { name: 'Add a table' }).click()
    const second = { 'Strongly disagree': '0', Disagree: '1', Agree: '4', 'Strongly agree': '7' }
    for (const [grade, n] of Object.entries(second)) await grid.getByLabel(`Table 2: ${grade}`).fill(n)
    await expect(page.getByTestId('counts-total')).toHaveText(/Total\s*1\s*3\s*9\s*15/)
    await page.getByLabel('Ballots in the box (declared)').fill('29')
    await expect(page.getByTestId('declared-check')).toHaveText(
      'The tables add up to 28, but 29 were declared: count a table again.',
    )
    await page.getByLabel('Ballots in the box (declared)').fill('28')
    await expect(page.getByTestId('declared-check')).toHaveText('The tables add up to 28, as declared.')
    // 24 of 28 agree (85.7%): more than 75%, strongly supported.
    await expect(page.getByTestId('result-headline')).toContainText('strongly supported')
    await expect(page.getByTestId('result-turnout')).toContainText('28 ballots cast by 30 members present')
    await expect(page.getByTestId('quorum')).toHaveText('Quorum met')
    await expect(page.getByText('Saved', { exact: true })).toBeVisible()
    await shoot(app, 'votes-counts', 1700)
    await page.getByRole('button', { name: 'Finalise the count' }).click()
    await app.getByRole('button', { name: 'Finalise and record' }).click()
    await expect(page.getByText('Passed', { exact: true }).first()).toBeVisible()
    await expect(page.getByTestId('count-history')).toContainText('Final')
  })
  await test.step("the register shows the ballot's outcome", async () => {
    // Back in the register, the ballot shows its outcome beside the recommendation.
    await page.getByRole('button', { name: 'Back to the votes' }).click()
    await expect(app.getByTestId('rec-R1')).toContainText('Passed')
    await expect(app.getByTestId('rec-R1')).toContainText('v2')
    await shoot(app, 'votes-register')
  })
  await test.step('a ranked ballot typed by operator A', async () => {
    // A ranked ballot for a spokesperson, typed as paper ballots.
    await app.getByRole('button', { name: 'New ballot', exact: true }).click()
    await builder.getByLabel('Title', { exact: true }).fill('Spokesperson for the final report')
    await builder.getByRole('radio', { name: 'Ranking' }).check()
    await builder.getByLabel('Options or candidates').fill('Ana\nBen\nChloé\nDev\nEli')
    await expect(builder.getByRole('radio', { name: 'Instant runoff (IRV)' })).toBeChecked()
    // STV shows its seats and rules; the count here is a single seat by instant runoff.
    await builder.getByRole('radio', { name: 'Single transferable vote (STV)' }).check()
    await expect(builder.getByLabel('Seats to fill')).toHaveValue('2')
    await expect(builder.getByRole('combobox', { name: 'STV rules' })).toHaveValue(
      'Scottish local elections (recommended)',
    )
    await shoot(app, 'votes-builder-ranking', 1900)
    await builder.getByRole('radio', { name: 'Instant runoff (IRV)' }).check()
    await builder.getByRole('button', { name: 'Create the ballot' }).click()
    await expect(page.getByRole('heading', { name: 'Spokesperson for the final report' })).toBeVisible()
    await page.getByLabel('Members present').fill('22')

    const a = page.getByTestId('paper-entry-A')
    await expect(a.getByTestId('key-legend')).toContainText('1Ana')
    await typePapers(app, a, PAPERS)
    await expect(a.getByRole('table').getByRole('row').nth(1)).toContainText('1. Eli · 2. Ben · 3. Dev')
    await shoot(app, 'votes-papers-a', 1300)
  })
  await test.step('operator B types the same pile with one slip', async () => {
    // Operator B types the same pile with one slip: paper 5 as 1 then 2 instead of 1 then 3.
    await page.getByRole('tab', { name: /Operator B/ }).click()
    const b = page.getByTestId('paper-entry-B')
    const slipped = PAPERS.map((p, i) => (i === 4 ? '12' : p))
    await typePapers(app, b, slipped)
  })
  await test.step('finalising is refused while the entries differ', async () => {
    // The app refuses to finalise while the two entries differ, and says so.
    await page.getByRole('button', { name: 'Finalise the count' }).click()
    await app.getByRole('button', { name: 'Finalise and record' }).click()
    await expect(page.getByTestId('finalise-refusal')).toBeVisible()
    await expect(page.getByTestId('finalise-refusal')).toContainText('5')
  })
  await test.step('the difference reconciled, the count finalised', async () => {
    // Reconciliation lists only that paper; the paper says what A typed.
    await page.getByRole('tab', { name: 'Differences' }).click()
    const reconcile = page.getByTestId('reconciliation')
    await expect(reconcile).toContainText('19 agree')
    await expect(reconcile.getByRole('row')).toHaveCount(2)
    await expect(reconcile.getByTestId('difference-5')).toContainText('1. Ana · 2. Chloé')
    await expect(reconcile.getByTestId('difference-5')).toContainText('1. Ana · 2. Ben')
    await shoot(app, 'votes-reconcile', 900)
    await reconcile.getByRole('button', { name: 'As A typed' }).click()
    await expect(reconcile.getByText('Both entries agree')).toBeVisible()

    await page.getByRole('button', { name: 'Finalise the count' }).click()
    await app.getByRole('button', { name: 'Finalise and record' }).click()
    await expect(page.getByTestId('result-headline')).toContainText('Ben')
    await expect(
      page.getByTestId('result-rounds-table').or(page.getByTestId('result-round-chart')).first(),
    ).toBeVisible()
    await expect(page.getByTestId('count-history')).toContainText('Final')
    await shoot(app, 'votes-ranked-result', 1800)
  })
  const vector = await test.step('exported as vote-vector/1', async () => {
    // Exported as vote-vector/1 and imported again, it counts the same.
    const [download] = await Promise.all([
      app.waitForEvent('download'),
      page.getByRole('button', { name: 'Export (vote-vector)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('spokesperson-for-the-final-report.vote-vector.json')
    const vector = readFileSync(await download.path(), 'utf8')
    const parsed = JSON.parse(vector) as {
      format: string
      candidates: string[]
      ballots: { count: number }[]
    }
    expect(parsed.format).toBe('vote-vector/1')
    expect(parsed.candidates).toEqual(['Ana', 'Ben', 'Chloé', 'Dev', 'Eli'])
    expect(parsed.ballots.reduce((sum, b) => sum + b.count, 0)).toBe(20)
    return vector
  })
  await test.step('the big screen reveals the result round by round', async () => {
    // The big screen: the result revealed round by round.
    await page.getByRole('button', { name: 'Show on the big screen' }).click()
    const projection = app.getByTestId('projection-view')
    await expect(projection).toBeVisible()
    await shoot(app, 'votes-projection-start', 800)
    await projection.getByTestId('projection-next').click()
    await projection.getByTestId('projection-next').click()
    await shoot(app, 'votes-projection-round', 800)
    await projection.getByTestId('projection-close').click()
    await expect(projection).toHaveCount(0)
  })
  await test.step('a recount keeps the first count in the history', async () => {
    // A recount keeps the first count in the history.
    await page.getByRole('button', { name: 'Recount' }).click()
    await app.getByLabel('Why is the ballot recounted?').fill('An observer asked for a recount of the pile.')
    await app.getByRole('button', { name: 'Start the recount' }).click()
    await expect(page.getByTestId('count-history')).toContainText('Replaced by a recount')
    await expect(page.getByTestId('count-history')).toContainText('An observer asked for a recount')

    await page.getByRole('button', { name: 'Back to the votes' }).click()
  })
  await test.step('the exported file imported again counts the same', async () => {
    await app.locator('input[type="file"]').setInputFiles({
      name: 'spokesperson.vote-vector.json',
      mimeType: 'application/json',
      buffer: Buffer.from(vector),
    })
    // The imported papers arrive as both entries, agreed; the count is then finalised as usual.
    await expect(page.getByRole('tab', { name: 'Operator A · 20 papers' })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Operator B · 20 papers' })).toBeVisible()
    await expect(page.getByTestId('result-headline')).toContainText('Ben')
    await page.getByRole('button', { name: 'Finalise the count' }).click()
    await app.getByRole('button', { name: 'Finalise and record' }).click()
    await expect(page.getByTestId('count-history')).toContainText('Final')
  })
})
