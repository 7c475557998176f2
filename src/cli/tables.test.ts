import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliProcess } from '../../test/support/run-cli-process.ts'
import { useTempDir } from '../../test/support/temp-dir.ts'

const tempDir = useTempDir()

function peopleCsv(dir: string): string {
  const file = join(dir, 'people.csv')
  const rows = ['id,gender,age,signing']
  for (let i = 1; i <= 24; i++)
    rows.push(
      `p${i},${i % 2 ? 'female' : 'male'},${['16-29', '30-44', '45-64', '65+'][i % 4]},${i <= 2 ? 'BSL' : 'no'}`,
    )
  writeFileSync(file, `${rows.join('\n')}\n`)
  return file
}

describe('cli tables --people', () => {
  it('prints cli.md JSON: rounds of tables, the three scores and the seed; the same seed, the same plan', () => {
    const csv = peopleCsv(tempDir())
    const args = ['tables', '--people', csv, '--id-column', 'id', '--table-count', '4', '--rounds', '3']
    const run = () =>
      runCliProcess(...args, '--diversify', 'gender,age', '--cluster', 'signing', '--seed', 'k', '--json')
    const first = run()
    expect(first.code).toBe(0)
    const out = JSON.parse(first.stdout) as {
      rounds: { tables: string[][] }[]
      scores: { balance: number; distinctPairs: number; repeatPairs: number }
      seed: string
    }
    expect(out.seed).toBe('k')
    expect(out.rounds).toHaveLength(3)
    for (const round of out.rounds) {
      expect(round.tables).toHaveLength(4)
      expect(round.tables.flat().sort()).toHaveLength(24)
      expect(round.tables.find((t) => t.includes('p1'))).toContain('p2')
    }
    expect(typeof out.scores.balance).toBe('number')
    expect(out.scores.distinctPairs).toBeGreaterThan(0)
    const again = JSON.parse(run().stdout) as typeof out
    expect([again.rounds, again.scores]).toEqual([out.rounds, out.scores])
  })

  it('refuses more tables than members (exit 1) and a missing option (exit 2)', () => {
    const csv = peopleCsv(tempDir())
    const many = runCliProcess(
      'tables',
      '--people',
      csv,
      '--id-column',
      'id',
      '--table-count',
      '30',
      '--rounds',
      '1',
      '--diversify',
      'gender',
      '--json',
    )
    expect(many.code).toBe(1)
    expect(JSON.parse(many.stdout)).toMatchObject({ error: { code: 'invalid-input' } })
    expect(
      runCliProcess('tables', '--people', csv, '--id-column', 'id', '--rounds', '1', '--diversify', 'gender')
        .code,
    ).toBe(2)
  })
})
