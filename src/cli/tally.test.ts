import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliProcess } from '../../test/support/run-cli-process.ts'
import { useTempDir } from '../../test/support/temp-dir.ts'
import { tallyCommand } from './commands/tally.ts'

const tempDir = useTempDir()

/** The tally command run in this process (start-up takes seconds on a loaded machine). */
async function tally(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await tallyCommand.run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  return { code, stdout, stderr }
}

function file(doc: unknown): string {
  const path = join(tempDir(), 'election.json')
  writeFileSync(path, JSON.stringify(doc))
  return path
}

const consent = (extra: Record<string, unknown>) => ({
  format: 'vote-vector/1',
  id: 'consent',
  method: 'graded_agreement',
  candidates: ['Proposal'],
  ballot_type: 'scale',
  grades: ['block', 'serious reservations', 'live with it', 'agree', 'strongly agree'],
  tally: { Proposal: [10, 18, 12, 40, 20] },
  ...extra,
})

describe('cli tally and the rules of a file', () => {
  it('refuses a rule it cannot read: exit 1, the rule named, no result printed', async () => {
    const path = file(consent({ rules: { pass: "share of 'live with it' or better ≥ 90%" } }))
    const text = runCliProcess('tally', path)
    expect(text.code).toBe(1)
    expect(text.stdout).toBe('')
    expect(text.stderr).toContain('rules.pass = "share of \'live with it\' or better ≥ 90%"')
    const json = await tally(path, '--json')
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'invalid-input' } })
  })

  it('applies the same rule in its machine form: the proposal fails at 72%', async () => {
    const path = file(
      consent({ options: { agree_from: 'live with it', threshold_percent: 90, threshold_strict: false } }),
    )
    const json = await tally(path, '--json')
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ passes: false, winners: [], agree_percent: 72 })
  })
})

describe('cli tally: the inactive ballots of every round and what the threshold is of', () => {
  const irv = {
    format: 'vote-vector/1',
    id: 'irv',
    method: 'irv',
    candidates: ['Ash', 'Birch', 'Cedar'],
    ballot_type: 'ranking',
    ballots: [
      { ranking: [['Ash']], count: 4 },
      { ranking: [['Birch'], ['Ash']], count: 3 },
      { ranking: [['Cedar']], count: 2 },
      { ranking: [], count: 1 },
    ],
  }

  it('prints them in text and JSON, whatever the rule set', async () => {
    const path = file(irv)
    const json = await tally(path, '--json')
    const result = JSON.parse(json.stdout) as {
      threshold_of: string
      rounds: { inactive: Record<string, number> }[]
    }
    expect(result.threshold_of).toBe('all_ballots')
    expect(result.rounds.map((r) => r.inactive)).toEqual([
      { exhaustedChoices: 0, overvotes: 0, undervotes: 1 },
      { exhaustedChoices: 2, overvotes: 0, undervotes: 1 },
      { exhaustedChoices: 2, overvotes: 0, undervotes: 1 },
    ])
    const text = await tally(path)
    expect(text.stdout).toContain('Threshold: more than half of all valid ballots, exhausted ones included')
    expect(text.stdout).toContain('inactive: exhaustedChoices 2, overvotes 0, undervotes 1')
    expect(text.stdout.match(/inactive:/g)).toHaveLength(3)
  })
})

describe('cli tally: every variant a file asks for', () => {
  it('counts by_variant and by_method entries under the file’s names, and lists those it cannot count', async () => {
    const path = file({
      format: 'vote-vector/1',
      id: 'variants',
      method: 'minimax',
      candidates: ['A', 'B', 'C'],
      ballot_type: 'ranking',
      ballots: [
        { ranking: [['A'], ['B'], ['C']], count: 4 },
        { ranking: [['B'], ['C'], ['A']], count: 3 },
        { ranking: [['C'], ['A'], ['B']], count: 2 },
      ],
      rules: { unranked: 'tied_last' },
      expected: {
        winners: ['A'],
        by_variant: { winning: { winners: ['A'] }, margin: { winners: ['A'] }, sideways: {} },
        by_method: { copeland: { winners: ['A'] }, schulze_margin: {} },
      },
    })
    const json = JSON.parse((await tally(path, '--json')).stdout) as {
      by_variant: Record<string, { winners: string[]; variant?: string }>
      by_method: Record<string, { method: string; winners: string[] }>
      variants_not_counted: Record<string, string>
    }
    expect(Object.keys(json.by_variant)).toEqual(['winning', 'margin'])
    expect(json.by_method['copeland']?.method).toBe('copeland')
    expect(json.by_method['schulze_margin']?.method).toBe('schulze')
    expect(json.variants_not_counted).toEqual({
      'by_variant.sideways': 'This app does not count the variant “sideways”.',
    })
    const text = (await tally(path)).stdout
    expect(text).toContain('By variant:\n  winning: A')
    expect(text).toContain('By method:\n  copeland: A')
    expect(text).toContain('Not counted: by_variant.sideways')
  })
})
