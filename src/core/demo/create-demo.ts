import { runDemoPeople } from './demo-people.ts'
import { runDemoTables } from './demo-tables.ts'
import { existsSync, linkSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors.ts'
import { updateProfile, lockProfile } from '../profile/profile-repo.ts'
import { createProject } from '../project/open-project.ts'
import { SeededRandom } from '../random/seeded-random.ts'
import { demoProfiles } from './demo-profiles.ts'
import { DEMO_POOL_HEADERS, demoMapping, demoRegistrations } from './demo-pool.ts'
import { runDemoDraw } from './demo-draw.ts'
import { runDemoVotes } from './demo-votes.ts'
import { linkDemoBallots, runDemoSessions } from './demo-sessions.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { importPool } from '../pool/import-pool.ts'
import { writeCsv } from '../pool/table/write-csv.ts'
import type { Project } from '../project/project.ts'

export const DEFAULT_DEMO_SEED = 'kleroterion-demo'

/** Stages of the demo, as stable keys the UI translates; English labels for the command line. */
export const demoStages = {
  'demo.create': 'Creating the assembly',
  'demo.profile': 'Writing the profile',
  'demo.pool': 'Importing 1,500 registrations',
  'demo.draw': 'Setting quotas and drawing the panel (LEXIMIN)',
  'demo.lock': 'Locking the profile',
  'demo.done': 'Done',
} as const
export type DemoStage = keyof typeof demoStages

export type DemoProgress = (stage: DemoStage, done: number, total: number) => void

/** A deterministic clock: the demo's story starts on a fixed day and each step moves it forward. */
function storyClock(start: string): { now: () => Date; advance: (minutes: number) => void } {
  let t = Date.parse(start)
  return { now: () => new Date(t), advance: (minutes) => (t += minutes * 60_000) }
}

function uuidFrom(random: SeededRandom): string {
  const hex = Array.from({ length: 4 }, () => random.nextUint32().toString(16).padStart(8, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * Writes a complete sample assembly. The same seed gives the same file content, audit chain included.
 * Written under a temporary name and renamed at the end: a cancelled or failed demo leaves nothing.
 * Grows with every feature: pool, draw, logistics, sessions and votes join here as they land.
 */
export async function createDemo(
  file: string,
  options: { seed?: string; onProgress?: DemoProgress } = {},
): Promise<void> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  const random = new SeededRandom(`demo:${seed}`)
  const profile = random.pick(demoProfiles)
  const clock = storyClock(`${profile.startDate ?? '2026-03-01'}T09:00:00.000Z`)
  clock.advance(-60 * 24 * 90) // the organisers set the assembly up three months before the first weekend
  const stages: DemoStage[] = ['demo.create', 'demo.profile', 'demo.lock', 'demo.pool', 'demo.draw']
  const step = (i: number) => options.onProgress?.(stages[i] ?? 'demo.done', i, stages.length)
  if (existsSync(file))
    throw new AppError('file-exists', `${file} already exists; choose another name.`, { file })
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  try {
    step(0)
    const project = await createProject(partial, { name: profile.name, now: clock.now, id: uuidFrom(random) })
    try {
      step(1)
      clock.advance(60 * 24 * 3)
      await project.write(() => updateProfile(project.sqlite, profile, project.timestamp()))
      step(2)
      clock.advance(60 * 24 * 20)
      await project.write(() => lockProfile(project.sqlite, project.timestamp()))
      step(3)
      clock.advance(60 * 24 * 30)
      await importDemoPool(project, random, partial, profile.startDate ?? '2026-03-01')
      step(4)
      clock.advance(60 * 24 * 14)
      await runDemoDraw(project, random, profile.targetPanelSize ?? 40, clock.advance)
      await runDemoSessions(project, clock.advance)
      await runDemoPeople(project, random, clock.advance)
      await runDemoTables(project, clock.advance)
      // The votes of the decision weekend take their members present from its attendance.
      await runDemoVotes(project, random, clock.advance, readSessions(project.sqlite).at(-1)?.id ?? null)
      await linkDemoBallots(project)
    } finally {
      await project.close()
    }
    publish(partial, file)
    options.onProgress?.('demo.done', stages.length, stages.length)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

/** The registrations arrive as a CSV export and go through the same import as the organiser's files. */
async function importDemoPool(
  project: Project,
  random: SeededRandom,
  partial: string,
  referenceDate: string,
): Promise<void> {
  // The same file name every time: the import's audit entry names it, and the demo is deterministic.
  const folder = mkdtempSync(`${partial}.registrations-`)
  const csv = join(folder, 'demo-registrations.csv')
  try {
    writeFileSync(csv, writeCsv([DEMO_POOL_HEADERS, ...demoRegistrations(random)], { neutralise: false }))
    await importPool(project, csv, { mapping: demoMapping(referenceDate) })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Moves the finished file into place without ever replacing a file that appeared meanwhile. */
function publish(partial: string, file: string): void {
  try {
    linkSync(partial, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('file-exists', `${file} already exists; choose another name.`, { file })
    }
    throw error
  }
  rmSync(partial)
}
