import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { createDemo } from '../../src/core/demo/create-demo.ts'
import { DEMO_POOL_HEADERS, demoMapping, demoRegistrations } from '../../src/core/demo/demo-pool.ts'
import { importPool } from '../../src/core/pool/import-pool.ts'
import { writeCsv } from '../../src/core/pool/table/write-csv.ts'
import { createProject } from '../../src/core/project/open-project.ts'
import { SeededRandom } from '../../src/core/random/seeded-random.ts'
import { expect, test } from './fixtures.ts'

/**
 * The whole app in French, on the demo assembly: every section, the draw, a refused finalise, a
 * quota relaxation and a result with rounds. No English sentence may reach the screen. What the
 * assembly itself holds (names, the texts of recommendations, categories, options: the demo's
 * data is English) is taken out first, read from the file the app opens; what is left must not
 * contain English words.
 */

test.use({ reducedMotion: 'reduce' })

/** Words of English sentences that French never uses. */
const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'is',
  'are',
  'was',
  'were',
  'with',
  'this',
  'that',
  'these',
  'has',
  'have',
  'been',
  'cannot',
  'yet',
  'which',
  'from',
  'only',
  'must',
  'should',
  'would',
  'will',
  'there',
  'they',
  'what',
  'when',
  'where',
  'who',
  'your',
  'you',
  'its',
  'by',
  'not',
  'be',
  'enter',
  'entered',
  'ballot',
  'ballots',
  'paper',
  'papers',
  'people',
  'person',
  'round',
  'rounds',
  'elected',
  'eliminated',
  'seats',
  'seed',
  'tie',
  'drawn',
  'minimum is',
  'maximum is',
  'votes needed',
  'none',
  'until',
  'every',
  'passed',
  'failed',
]

/** Keys of recorded results whose values are the app's own sentences, not data (see `sayRecorded`). */
const SENTENCE_KEYS = new Set(['how', 'note', 'notes'])

/** Every text the assembly file holds (except the audit log and the app's recorded sentences). */
function dataStrings(file: string): string[] {
  const found = new Set<string>()
  const walk = (value: unknown, key = ''): void => {
    if (SENTENCE_KEYS.has(key)) return
    if (typeof value === 'string') {
      const text = value.trim()
      if (text === '') return
      if (/^[[{]/.test(text)) {
        try {
          walk(JSON.parse(text))
          return
        } catch {
          // Not JSON: a plain text.
        }
      }
      found.add(text)
    } else if (Array.isArray(value)) for (const item of value) walk(item)
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
  }
  const db = new Database(file, { readonly: true })
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != 'audit_entry'",
      )
      .all()
    for (const { name } of tables) for (const row of db.prepare(`select * from "${name}"`).all()) walk(row)
  } finally {
    db.close()
  }
  return [...found]
}

/** The titles of the ballots in an assembly file, in order. */
function ballotTitles(file: string): string[] {
  const db = new Database(file, { readonly: true })
  try {
    return db
      .prepare<[], { spec: string }>('select spec from ballot order by id')
      .all()
      .map((row) => (JSON.parse(row.spec) as { title: string }).title)
  } finally {
    db.close()
  }
}

/** The regular expression that finds any of the texts as whole words. */
function anyOf(texts: readonly string[]): RegExp {
  const escaped = [...texts]
    .sort((a, b) => b.length - a.length)
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}

/** Fails on any English word left in the visible text once the assembly's own data is taken out. */
async function expectFrench(app: Page, where: string, data: RegExp): Promise<void> {
  // Let the screen settle: nothing still loading.
  await expect(app.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 30_000 })
  const visible = await app.locator('body').innerText()
  const english = anyOf(ENGLISH_WORDS)
  const lines = visible
    .split('\n')
    .map((line) => line.replace(data, ' '))
    .filter((line) => {
      english.lastIndex = 0
      return english.test(line)
    })
  expect(lines, `English on the screen (${where})`).toEqual([])
}

async function toFrench(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Settings' }).click()
  await app.getByRole('radio', { name: 'Français' }).check()
  await expect(app.getByRole('dialog', { name: 'Réglages' })).toBeVisible()
  await app.keyboard.press('Escape')
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr')
}

async function openFile(app: Page, file: string, title: string): Promise<void> {
  await app.getByRole('button', { name: 'Ouvrir…' }).click()
  const open = app.getByRole('dialog', { name: 'Ouvrir une assemblée' })
  await open.getByLabel('Chemin d’un fichier d’assemblée').fill(file)
  await open.getByRole('button', { name: 'Ouvrir', exact: true }).click()
  await expect(app).toHaveTitle(`${title} — Kleroterion`)
}

async function section(app: Page, name: string): Promise<void> {
  await app.getByRole('button', { name, exact: true }).click()
}

test('the demo assembly in French: every section, the draw, a refused finalise, a result with rounds', async ({
  app,
  bridge,
}) => {
  test.setTimeout(300_000)
  const file = join(bridge.documentsDir, 'Démonstration.assembly')
  await createDemo(file)
  // Read before the app opens the file and holds it.
  const data = anyOf(dataStrings(file))
  const titles = ballotTitles(file)

  await test.step('the start screen and the profile', async () => {
    await toFrench(app)
    await expectFrench(app, 'écran d’accueil', data)
    await openFile(app, file, 'Démonstration.assembly')
    await expect(app.getByRole('heading', { name: 'Profil de l’assemblée' })).toBeVisible()
    await expectFrench(app, 'Profil', data)
  })
  await test.step('the pool', async () => {
    await section(app, 'Vivier')
    await expect(app.getByRole('table', { name: 'Personnes du vivier' })).toBeVisible()
    await expectFrench(app, 'Vivier', data)
  })
  await test.step('quotas, the draw and the draw history', async () => {
    await section(app, 'Quotas et tirage')
    await expect(app.getByRole('tab', { name: 'Quotas' })).toBeVisible()
    await expectFrench(app, 'Quotas', data)
    await app.getByRole('tab', { name: 'Le tirage' }).click()
    await expect(app.getByTestId('draw-result')).toBeVisible()
    await expectFrench(app, 'Le tirage', data)
    await app.getByRole('tab', { name: /Historique des tirages/ }).click()
    await expect(app.getByRole('table', { name: 'Tous les tirages de cette assemblée' })).toBeVisible()
    await expectFrench(app, 'Historique des tirages', data)
  })
  await test.step('participants, sessions and reports', async () => {
    for (const name of ['Participants', 'Séances', 'Rapports']) {
      await section(app, name)
      await expectFrench(app, name, data)
    }
  })
  await test.step('votes: a finalise refused in French', async () => {
    // Votes: the register, a count still being entered whose finalise is refused, an STV result with rounds.
    await section(app, 'Votes')
    await expect(app.getByTestId('rec-R10')).toBeVisible()
    await expectFrench(app, 'Votes', data)
    await app.getByRole('button', { name: 'R10: a yearly climate budget' }).click()
    await app.getByRole('button', { name: 'Clore le dépouillement' }).click()
    await app.getByRole('button', { name: 'Clore et enregistrer' }).click()
    const refusal = app.getByTestId('finalise-refusal')
    await expect(refusal).toContainText('Le dépouillement ne peut pas encore être clos.')
    await expect(refusal).toContainText('ne sont pas saisis de la même façon par les opérateurs A et B')
    await expectFrench(app, 'dépouillement refusé', data)
    await app.getByRole('button', { name: 'Retour aux votes' }).click()
  })
  await test.step('an STV result with rounds', async () => {
    await app.getByRole('button', { name: 'Spokespeople for the presentation to the council' }).click()
    const result = app.getByTestId('ballot-result')
    await expect(result.getByTestId('result-rounds-table')).toBeVisible()
    await expectFrench(app, 'résultat par tours', data)
    await app.getByRole('button', { name: 'Retour aux votes' }).click()
  })
  await test.step('every ballot of the demo', async () => {
    // Every ballot of the demo, one after the other: results of every kind, a sequential ballot.
    for (const title of titles) {
      await app.getByRole('button', { name: title, exact: true }).first().click()
      await expect(app.getByTestId('ballot-page')).toBeVisible()
      await expectFrench(app, title, data)
      await app.getByRole('button', { name: 'Retour aux votes' }).click()
    }
  })
  await test.step('the audit log verified', async () => {
    await section(app, 'Journal d’audit')
    await app.getByRole('button', { name: 'Vérifier la chaîne' }).click()
    await expect(app.getByText('La chaîne est intacte')).toBeVisible({ timeout: 120_000 })
    await expectFrench(app, 'Journal d’audit', data)
  })
})

test('a quota relaxation in French', async ({ app, bridge }) => {
  test.setTimeout(180_000)
  const file = join(bridge.documentsDir, 'Vivier.assembly')
  const csv = join(mkdtempSync(join(tmpdir(), 'kleroterion-french-')), 'inscriptions.csv')
  try {
    writeFileSync(
      csv,
      writeCsv([DEMO_POOL_HEADERS, ...demoRegistrations(new SeededRandom('e2e'))], { neutralise: false }),
    )
    const project = await createProject(file, { name: 'Vivier' })
    try {
      await importPool(project, csv, { mapping: demoMapping('2026-03-01') })
    } finally {
      await project.close()
    }
  } finally {
    rmSync(csv, { force: true })
  }
  const data = anyOf(dataStrings(file))

  await toFrench(app)
  await openFile(app, file, 'Vivier.assembly')
  await section(app, 'Quotas et tirage')
  await app.getByTestId('quotas-editor').getByLabel('Taille du panel').fill('40')
  const gender = app.getByRole('region', { name: 'Gender' })
  // More non-binary members than the pool holds: 35 registered, fewer once one per household.
  await gender.getByLabel('Minimum pour Non-binary or other (Gender)').fill('40')
  await gender.getByLabel('Maximum pour Non-binary or other (Gender)').fill('40')
  await expect(gender.getByText('Les minimums totalisent 40')).toBeVisible()
  await app.getByRole('button', { name: 'Vérifier les quotas' }).click()
  const check = app.getByTestId('quota-check-result')
  await expect(check.getByText('Aucun panel ne peut respecter ces quotas')).toBeVisible({ timeout: 60_000 })
  await expect(check).toContainText(
    'Gender:Non-binary or other : le minimum est de 40, mais le vivier ne compte que',
  )
  await expect(
    check.getByRole('list', { name: 'Le plus petit changement qui les rend possibles :' }),
  ).toBeVisible()
  await expectFrench(app, 'quotas impossibles', data)

  // The draw refuses the same quotas in French.
  await app.getByRole('tab', { name: 'Le tirage' }).click()
  await expectFrench(app, 'Le tirage', data)
})
