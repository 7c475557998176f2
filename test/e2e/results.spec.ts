import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, shoot, test } from './fixtures.ts'

/**
 * Results and the projection view, through the real app: ballots imported from vote-vector/1
 * files (an STV ward of Glasgow 2007 and the Debian 2007 Schulze election from
 * ../shared/data/vote-vectors, and the Citizens' Assembly of Scotland's published figures for its
 * recommendation 1 on a 4-point scale), finalised, their results read, then shown on the big screen
 * and revealed step by step. Skips with a notice where the shared data folder is absent.
 */
const vectors = resolve('../shared/data/vote-vectors')
const present = existsSync(vectors)
if (!present) console.warn(`[e2e results] ${vectors} is absent: the results e2e test is SKIPPED.`)

test.use({ reducedMotion: 'reduce' })

/** Citizens' Assembly of Scotland, recommendation 1 (Annex 14): 4 / 7 / 27 / 65 of 103 voters. */
const scotlandRecommendation1 = {
  format: 'vote-vector/1',
  id: 'cas-2020-recommendation-1',
  title: 'Recommendation 1: agreement',
  method: 'graded_agreement',
  candidates: ['Recommendation 1'],
  ballot_type: 'scale',
  grades: ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree'],
  tally: { 'Recommendation 1': [4, 7, 27, 65] },
  options: {
    bands: [
      { label: 'Strongly supported', min_percent: 75 },
      { label: 'Supported', min_percent: 50 },
    ],
  },
}

type Invoke = (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown }>

/** Calls the app through the same bridge the UI uses (for the steps another screen owns). */
async function invoke<T>(app: Page, channel: string, input: unknown): Promise<T> {
  const result = await app.evaluate(
    async ([c, i]) => (window as unknown as { api: { invoke: Invoke } }).api.invoke(c, i),
    [channel, input] as const,
  )
  expect(result.ok, `${channel} succeeds`).toBe(true)
  return result.value as T
}

/** A screenshot of the big screen at a given size. */
async function shootScreen(app: Page, name: string, width: number, height: number): Promise<void> {
  await app.setViewportSize({ width, height })
  await app.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await app.screenshot({ path: `test/screenshots/${name}.png`, animations: 'disabled' })
}

async function finalise(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Finalise the count' }).click()
  await app.getByRole('button', { name: 'Finalise and record' }).click()
  // The count's lasting state, not the toast that says so (a toast may come and go on a busy machine).
  await expect(app.getByRole('button', { name: 'Finalise the count' })).toHaveCount(0)
  await expect(app.getByTestId('count-history')).toContainText('Final')
}

async function importFromOtherBallots(app: Page, file: string): Promise<void> {
  await app.getByRole('button', { name: 'Votes', exact: true }).click()
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import a vote-vector file…' }).click()
  await (await chooser).setFiles(file)
}

test('results and the projection: a scale, an STV count round by round, a Schulze count', async ({ app }) => {
  test.skip(!present, `${vectors} is absent`)
  test.setTimeout(180_000)
  const result = app.getByTestId('ballot-result')
  const screen = app.getByTestId('projection-view')
  await test.step('create an assembly', async () => {
    await app.getByRole('button', { name: 'New assembly…' }).click()
    await app.getByLabel('Name of the assembly').fill('Citizens’ Assembly results')
    await app.getByRole('button', { name: 'Create' }).click()
    await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible()
  })
  await test.step('a scale ballot on R1, finalised', async () => {
    // A scale ballot on recommendation R1 (the recommendation is made through the API; its screen is tested elsewhere).
    const rec = await invoke<{ id: number }>(app, 'recs:create', {
      code: 'R1',
      theme: 'Vision',
      text: 'Scotland should be a place where everyone can take part in decisions that affect them.',
      draftingGroup: '',
      status: 'final',
    })
    await invoke(app, 'ballots:importVector', {
      recommendationId: rec.id,
      source: { text: JSON.stringify(scotlandRecommendation1) },
    })
    await app.getByRole('button', { name: 'Votes', exact: true }).click()
    await app.getByTestId('rec-R1').getByRole('button', { name: 'Recommendation 1: agreement' }).click()
    await finalise(app)
    await expect(result.getByTestId('result-headline')).toContainText('Strongly supported — Passed')
    await expect(result.getByTestId('result-headline')).toContainText(
      '89.3% agree (“Agree” and “Strongly agree”).',
    )
    await expect(result.getByTestId('result-headline')).toContainText(
      'Weighted average: 3.49 on a scale from 1 to 4.',
    )
    await expect(result.getByTestId('result-scale-chart')).toBeVisible()
    await expect(result.getByTestId('result-scale-table')).toContainText('65')
    await shoot(app, 'results-scale', 1200)
  })
  await test.step('the scale on the big screen', async () => {
    await app.getByRole('button', { name: 'Show on the big screen' }).click()
    await expect(screen).toContainText('Recommendation R1')
    await expect(screen.getByTestId('projection-headline')).toHaveCount(0)
    await shootScreen(app, 'projection-scale-distribution', 1280, 720)
    await app.keyboard.press('Space')
    await expect(screen.getByTestId('projection-headline')).toContainText('Strongly supported — Passed')
    await shootScreen(app, 'projection-scale-result', 1280, 720)
    await shootScreen(app, 'projection-scale-result-1080p', 1920, 1080)
    await app.keyboard.press('Escape')
    await expect(screen).toHaveCount(0)
    await app.setViewportSize({ width: 1280, height: 800 })
  })
  await test.step('STV, Glasgow 2007 Calton ward: elected, round by round', async () => {
    // STV: Glasgow City Council 2007, Calton ward, Scottish rules, 3 seats.
    await app.getByRole('button', { name: 'Back to the votes' }).click()
    await importFromOtherBallots(app, join(vectors, 'droop-glasgow-2007-calton-scottish-stv.json'))
    await finalise(app)
    await expect(result.getByTestId('result-headline')).toContainText(
      'Elected: George Redmond, Alison E Thewliss and Ruth Simpson',
    )
    await expect(result.getByTestId('result-headline')).toContainText('Quota: 1,300 votes.')
    const rounds = result.getByTestId('result-rounds-table')
    await expect(rounds.getByRole('row', { name: /George Redmond/ })).toContainText('1,982')
    await expect(rounds.getByRole('row', { name: /Votes needed/ })).toContainText('1,300')
    // Papers that ran out of choices, by kind, in every round; and what the quota is of.
    await expect(rounds.getByRole('row', { name: /No further choice \(exhausted\)/ })).toContainText('696')
    await expect(rounds.getByRole('row', { name: /Non-transferable/ })).toContainText('509.13')
    await expect(result.getByTestId('result-threshold-of')).toHaveText(
      'Votes needed: a quota of all valid ballots, the same in every round.',
    )
    await expect(result.getByTestId('result-rounds-story')).toContainText(
      'Round 1: George Redmond is elected with 1,982 votes (needed: 1,300).',
    )
    await shoot(app, 'results-stv', 2100)
  })
  await test.step('STV on the big screen, round by round', async () => {
    await app.getByRole('button', { name: 'Show on the big screen' }).click()
    await expect(screen.getByTestId('projection-step-label')).toHaveText('Round 1 of 10 · First preferences')
    await shootScreen(app, 'projection-stv-round-1', 1280, 720)
    await app.keyboard.press('ArrowRight')
    await app.keyboard.press('ArrowRight')
    await expect(screen.getByTestId('projection-step-label')).toHaveText('Round 3 of 10')
    await app.keyboard.press('ArrowLeft')
    await expect(screen.getByTestId('projection-step-label')).toHaveText('Round 2 of 10')
    await expect(screen.getByTestId('projection-story')).toContainText(
      'Gary Barton (130.41) has the fewest votes and is out.',
    )
    await shootScreen(app, 'projection-stv-round-2', 1280, 720)
    await shootScreen(app, 'projection-stv-round-2-1080p', 1920, 1080)
    for (let i = 0; i < 9; i++) await screen.getByTestId('projection-next').click()
    await expect(screen.getByTestId('projection-headline')).toContainText('Elected: George Redmond')
    await expect(screen.getByTestId('projection-next')).toBeDisabled()
    await shootScreen(app, 'projection-stv-result', 1280, 720)
    await shootScreen(app, 'projection-stv-result-1080p', 1920, 1080)
    await screen.getByTestId('projection-close').click()
    await expect(screen).toHaveCount(0)
    await app.setViewportSize({ width: 1280, height: 800 })
  })
  await test.step('Schulze, Debian 2007: the winner, the pairwise matrix', async () => {
    // Schulze: the Debian Project Leader election 2007 (482 ballots, 9 options).
    await app.getByRole('button', { name: 'Back to the votes' }).click()
    await importFromOtherBallots(app, join(vectors, 'debian-dpl-2007-schulze.json'))
    await finalise(app)
    await expect(result.getByTestId('result-headline')).toContainText('Winner: Sam Hocevar')
    await expect(result.getByTestId('result-headline')).toContainText(
      'Sam Hocevar beats every other option head to head',
    )
    const pairwise = result.getByTestId('result-pairwise')
    await expect(pairwise.getByRole('row', { name: /^Sam Hocevar/ })).toContainText('211')
    await expect(result.getByTestId('result-strongest-paths')).toBeVisible()
    await shoot(app, 'results-schulze', 1500)
  })
  await test.step('Schulze on the big screen', async () => {
    await app.getByRole('button', { name: 'Show on the big screen' }).click()
    await expect(screen.getByTestId('projection-pairwise')).toBeVisible()
    await shootScreen(app, 'projection-schulze-pairwise', 1280, 720)
    await shootScreen(app, 'projection-schulze-pairwise-1080p', 1920, 1080)
    await app.keyboard.press('ArrowRight')
    await expect(screen.getByTestId('projection-headline')).toContainText('Winner: Sam Hocevar')
    await expect(screen.getByTestId('projection-ranking')).toContainText('Steve McIntyre')
    await shootScreen(app, 'projection-schulze-result', 1280, 720)
    await app.keyboard.press('Escape')
    await expect(screen).toHaveCount(0)
  })
})
