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
