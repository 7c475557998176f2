/**
 * Conformance of the ballot ↔ vote-vector/1 bridge against ../shared/data/vote-vectors: a file
 * imported as a ballot counts exactly as the tally core counts the file itself, and exporting
 * that ballot and importing the export gives the same result again. Skipped, with a visible
 * notice, where the shared folder is absent; the files are read in place, never copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { TallyResult } from '../../shared/tally-result.ts'
import { readVoteVector } from '../tally/format/read-vote-vector.ts'
import { tallyElection } from '../tally/tally-election.ts'
import { createProject } from '../project/open-project.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { finaliseCount } from './finalise-count.ts'
import { exportBallotVector } from './vector-export.ts'
import { importBallotVector } from './vector-import.ts'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const dataRoot = resolve(repoRoot, '../shared/data/vote-vectors')
const present = existsSync(dataRoot)
if (!present) console.warn(`[conformance] ${dataRoot} is absent: the vote-vector round trip is SKIPPED.`)
const suite = present ? describe : describe.skip

const tempDir = useTempDir()

/** Files that count the same ballots with several methods at once: not one ballot, refused. */
const severalMethods = new Set([
  'condorcet-php-rbvote-abby-brad-methods-disagree',
  'condorcet-php-tennessee-condorcet-family',
  'pref-voting-3-voter-condorcet-cycle',
])

const files = present
  ? readdirSync(dataRoot)
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .map((f) => f.slice(0, -'.json'.length))
  : []

/** What a count decides and shows, without the free-text explanation of replayed lots. */
function decisive(result: TallyResult | null | undefined) {
  if (!result) return result
  const { tie_breaks, ...rest } = result
  return { ...rest, tie_breaks: tie_breaks?.map(({ how: _how, ...t }) => t) }
}

/**
 * Equal up to floating-point summation order: papers are counted in another order than the
 * file's ballots, so fractional STV transfers can differ in the last bits.
 */
function expectClose(actual: unknown, expected: unknown, path = 'result'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)))
  } else if (expected !== null && typeof expected === 'object') {
    expect(typeof actual, path).toBe('object')
    const a = actual as Record<string, unknown>
    const e = expected as Record<string, unknown>
    const keys = (o: Record<string, unknown>) =>
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
    expect(keys(a), path).toEqual(keys(e))
    for (const key of keys(e)) expectClose(a[key], e[key], `${path}.${key}`)
  } else expect(actual, path).toEqual(expected)
}

suite('vote-vector files imported as ballots, exported and imported again', () => {
  for (const name of files) {
    it(`${name}: same result as the file, and again after export and import`, async () => {
      const text = readFileSync(join(dataRoot, `${name}.json`), 'utf8')
      const project = await createProject(join(tempDir(), 'rt.assembly'), { name: 'Round trip' })
      try {
        if (severalMethods.has(name)) {
          await expect(importBallotVector(project, null, text)).rejects.toMatchObject({
            code: 'invalid-input',
            message: expect.stringContaining('several methods') as unknown,
          })
          return
        }
        const direct = tallyElection(readVoteVector(text))
        const seed = () => 'round-trip-seed'
        const first = await importBallotVector(project, null, text)
        const counted = await finaliseCount(project, first.id, { newSeed: seed })
        const result = counted.counts[0]?.result
        expectClose(
          { winners: result?.winners, ranking: result?.ranking, rounds: result?.rounds },
          { winners: direct.winners, ranking: direct.ranking, rounds: direct.rounds },
        )
        const exported = exportBallotVector(project.sqlite, first.id)
        const second = await importBallotVector(project, null, exported)
        // Graded papers (scale, majority judgment) export as their grade profile: a counts entry.
        const graded = first.spec.kind === 'majority-judgment' || first.spec.kind === 'scale'
        const entry = graded ? 'counts' : first.spec.entry
        expect(second.spec).toEqual({ ...first.spec, entry, options: second.spec.options })
        const again = await finaliseCount(project, second.id, { newSeed: seed })
        expectClose(decisive(again.counts[0]?.result), decisive(result))
        expect(again.counts[0]?.cast).toBe(counted.counts[0]?.cast)
      } finally {
        await project.close()
      }
    })
  }
  it('reads every file of the folder', () => {
    expect(files.length).toBeGreaterThanOrEqual(81)
  })
})
