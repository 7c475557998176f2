/**
 * Vote entry benchmark: the counts grid of a 4-point agreement ballot with 10 tables, in the browser
 * version (web bridge + Debian's Chromium, the end-to-end setup). For each keystroke in a cell we
 * time, inside the page, from the keydown to the frame after the result on screen has changed:
 * the grid sends every change at once and `count:saveTables` answers with the live result.
 * Target (issue 5): the result within 50 ms of each keystroke.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startWebServer } from '../web/server.ts'
import { launchChromium } from './chromium.ts'
import type { Channel, Input, Output } from '../shared/contract.ts'

const TABLES = 10
const KEYSTROKES = 200
const GRADES = ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree']

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-vote-entry-'))
try {
  mkdirSync(join(dir, 'documents'))
  const server = await startWebServer({
    rendererDir: resolve('out/renderer'),
    userDataDir: join(dir, 'data'),
    documentsDir: join(dir, 'documents'),
  })
  const dispatch = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await server.app.dispatch(channel, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as Output<C>
  }
  const browser = await launchChromium()
  try {
    await dispatch('project:create', {
      file: join(dir, 'documents', 'Votes.assembly'),
      name: 'Vote entry benchmark',
    })
    const rec = await dispatch('recs:create', {
      code: 'R1',
      theme: 'Transport',
      text: 'Free buses for under-25s.',
      draftingGroup: '',
      status: 'final',
    })
    const ballot = await dispatch('ballots:create', {
      recommendationId: rec.id,
      spec: {
        title: 'Vote on R1',
        kind: 'scale',
        method: 'graded_agreement',
        entry: 'counts',
        candidates: ['R1'],
        grades: GRADES,
        seats: 1,
        maxApprovals: null,
        options: {
          agree_options: ['Agree', 'Strongly agree'],
          threshold_percent: 50,
          threshold_strict: true,
          bands: [
            { label: 'strongly supported', min_percent: 75, strict: true },
            { label: 'supported', min_percent: 50, strict: true },
          ],
        },
        rules: {},
        tieBreak: 'random',
        quorum: 50,
        opensAfter: null,
      },
    })
    const tables = Array.from({ length: TABLES }, (_, i) => ({
      label: `Table ${i + 1}`,
      votes: { R1: [1, 1, 3, 5] },
      abstain: 0,
      blank: 0,
      spoiled: 0,
      ballots: null,
    }))
    // The app's side alone: one save with its live result, as the grid sends it.
    const direct: number[] = []
    for (let i = 0; i < 50; i++) {
      const started = performance.now()
      await dispatch('count:saveTables', { ballotId: ballot.id, present: 100, declaredTotal: null, tables })
      direct.push(performance.now() - started)
    }

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(server.url)
    await page.locator('[data-app-state="loaded"]').waitFor()
    await page.getByRole('button', { name: 'Votes', exact: true }).click()
    await page.getByRole('button', { name: 'Vote on R1' }).click()
    await page.getByTestId('ballot-result').waitFor()
    const cell = page.getByLabel('Table 5: Strongly agree')
    await cell.focus()
    // In the page (a script, as the Node program has no DOM types): on each keydown, wait for the
    // result's text to change, then for the frame that shows it.
    await page.evaluate(`
      window.bench = { t0: 0, done: null, answered: 0 }
      const original = window.fetch
      window.fetch = async (...args) => {
        const response = await original(...args)
        const body = await response.clone().text()
        window.bench.answered = performance.now()
        return new Response(body, { status: response.status, headers: response.headers })
      }
      document.addEventListener('keydown', () => {
        const target = document.querySelector('[data-testid="ballot-result"]')
        if (!target) return
        const before = target.textContent
        window.bench.t0 = performance.now()
        window.bench.done = new Promise((done) => {
          const observer = new MutationObserver(() => {
            if (target.textContent === before) return
            observer.disconnect()
            requestAnimationFrame(() => setTimeout(() => done([performance.now() - window.bench.t0, window.bench.answered - window.bench.t0])))
          })
          observer.observe(target, { subtree: true, childList: true, characterData: true })
          setTimeout(() => { observer.disconnect(); done([Number.NaN, Number.NaN]) }, 5000)
        })
      }, true)
    `)
    const roundTrip = await page.evaluate(async (ballotId) => {
      const api = (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } })
        .api
      const list: number[] = []
      for (let i = 0; i < 50; i++) {
        const tables = Array.from({ length: 10 }, (_, k) => ({
          label: `Table ${k + 1}`,
          votes: { R1: [1, 1, 3, (i + k) % 7] },
          abstain: 0,
          blank: 0,
          spoiled: 0,
          ballots: null,
        }))
        const started = performance.now()
        await api.invoke('count:saveTables', { ballotId, present: 100, declaredTotal: null, tables })
        list.push(performance.now() - started)
      }
      return list.sort((a, b) => a - b)
    }, ballot.id)
    const times: number[] = []
    const answers: number[] = []
    for (let i = 0; i < KEYSTROKES; i++) {
      // Alternately clear the cell and type a digit: every keystroke changes the result.
      await page.keyboard.press(i % 2 === 0 ? 'Backspace' : String((i % 9) + 1))
      const [ms, answered] = await page.evaluate<[number, number]>(
        'window.bench.done ?? [Number.NaN, Number.NaN]',
      )
      answers.push(answered)
      times.push(ms)
    }
    const sorted = times.filter((t) => Number.isFinite(t)).sort((a, b) => a - b)
    const at = (list: number[], q: number) =>
      list[Math.min(list.length - 1, Math.floor(list.length * q))] ?? 0
    const directSorted = [...direct].sort((a, b) => a - b)
    const answered = answers.filter((t) => Number.isFinite(t)).sort((a, b) => a - b)
    process.stdout.write(
      `count:saveTables from the page (bridge round trip): median ${at(roundTrip, 0.5).toFixed(1)} ms, p95 ${at(roundTrip, 0.95).toFixed(1)} ms\n` +
        `count:saveTables alone (dispatch, ${TABLES} tables): median ${at(directSorted, 0.5).toFixed(1)} ms, p95 ${at(directSorted, 0.95).toFixed(1)} ms\n` +
        `keystroke → answer from the app (in the page): median ${at(answered, 0.5).toFixed(1)} ms, p95 ${at(answered, 0.95).toFixed(1)} ms\n` +
        `keystroke → result on screen   keystrokes   median      p95      max   (target 50 ms)\n` +
        `${'4-point scale, 10 tables'.padEnd(31)} ${String(sorted.length).padStart(10)} ${at(sorted, 0.5)
          .toFixed(1)
          .padStart(7)} ms ${at(sorted, 0.95).toFixed(1).padStart(6)} ms ${(sorted[sorted.length - 1] ?? 0)
          .toFixed(1)
          .padStart(6)} ms\n`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
