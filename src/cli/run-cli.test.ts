import { describe, expect, it } from 'vitest'
import { commands } from './commands/index.ts'
import { runCli } from './run-cli.ts'

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(commands, argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  })
  return { code, stdout, stderr }
}

describe('an unknown command', () => {
  it('is named alone, without echoing the rest of the line, and exits 2', async () => {
    const unknown = await run('frobnicate', 'my.assembly', '--passphrase-file', 'secret.txt')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^Unknown command “frobnicate”\.\n/)
    expect(unknown.stderr).not.toContain('secret.txt')
    const sub = await run('pool', 'purge', 'my.assembly')
    expect(sub.stderr).toMatch(/^Unknown command “pool purge”\.\n/)
    expect(sub.stderr).toContain('pool import <project-file>')
  })
})
