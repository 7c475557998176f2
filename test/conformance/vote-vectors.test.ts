import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { compareWithExpected } from '../support/compare-expected.ts'
import { readVoteVector } from '../../src/core/tally/format/read-vote-vector.ts'
import { tallyElection } from '../../src/core/tally/tally-election.ts'
import { requestedVariants } from '../../src/core/tally/variants.ts'

/**
 * Conformance: every election in ../shared/data/vote-vectors (resolved from the repo root) is
 * counted and compared with its `expected` block — winners, rankings, round tallies,
 * thresholds, inactive ballots, transfers, percentages and bands — within the file's tolerance;
 * every IRV/STV round must report its inactive ballots by kind, even where the file has none;
 * every by_method / by_variant / by_rule entry is compared with the engine's own count of it,
 * as `cli -- tally` prints it (variants.ts), and none may be left uncounted.
 * No file is skipped or special-cased; a key the comparer does not know fails the file.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const folder = resolve(repoRoot, '../shared/data/vote-vectors')
const files = existsSync(folder)
  ? readdirSync(folder)
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .sort()
  : []

const perMethod = new Map<string, { passed: number; total: number }>()

describe('vote-vector/1 conformance', () => {
  if (files.length === 0) {
    console.warn(`vote-vectors folder not found at ${folder}: conformance suite skipped.`)
    it.skip('vote vectors are absent', () => undefined)
    return
  }

  for (const file of files) {
    it(file, () => {
      const election = readVoteVector(readFileSync(join(folder, file), 'utf8'))
      const entry = perMethod.get(election.method) ?? { passed: 0, total: 0 }
      perMethod.set(election.method, entry)
      entry.total += 1
      // As `cli -- tally` prints it: the main count and every variant the file asks for.
      const main = tallyElection(election)
      const result = { ...main, ...requestedVariants(election, main) }
      expect(result.variants_not_counted, 'every variant the file asks for is counted').toBeUndefined()
      const { checked, mismatches } = compareWithExpected(election, election.document.expected ?? {}, result)
      expect(checked.length, 'the file has expected results to compare').toBeGreaterThan(0)
      expect(mismatches).toEqual([])
      if (election.method === 'irv' || election.method === 'stv') {
        // Every round reports its inactive ballots by kind, and the result what its threshold is of.
        expect(result.threshold_of).toBeDefined()
        for (const round of result.rounds ?? []) {
          expect(round.inactive, `round ${round.round}`).toBeDefined()
          for (const value of Object.values(round.inactive ?? {})) expect(value).toBeGreaterThanOrEqual(0)
        }
      }
      entry.passed += 1
    })
  }

  afterAll(() => {
    const rows = [...perMethod].sort(([a], [b]) => a.localeCompare(b))
    const passed = rows.reduce((s, [, v]) => s + v.passed, 0)
    const total = rows.reduce((s, [, v]) => s + v.total, 0)
    const table = rows.map(
      ([method, v]) => `  ${method.padEnd(28)} ${String(v.passed).padStart(3)} / ${v.total}`,
    )
    console.log(
      `Vote-vector conformance, pass count per method:\n${table.join('\n')}\n  ${'all'.padEnd(28)} ${String(passed).padStart(3)} / ${total}`,
    )
  })
})
