import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../core/project/open-project.ts'
import { createFromTemplate } from '../core/sessions/session-commands.ts'
import { runCliProcess as cli } from '../../test/support/run-cli-process.ts'
import { useTempDir } from '../../test/support/temp-dir.ts'

const tempDir = useTempDir()

async function plannedFile(dir: string): Promise<string> {
  const file = join(dir, 'jury.assembly')
  const project = await createProject(file, { name: 'Valmont Citizens’ Jury' })
  await createFromTemplate(project, 'citizens-jury', '2026-09-12', 1)
  await project.close()
  return file
}

describe('cli report', () => {
  it('writes the agenda and the run-of-show, the same bytes every time', async () => {
    const dir = tempDir()
    const file = await plannedFile(dir)
    const agenda = join(dir, 'agenda.pdf')
    const run = cli('report', file, '--out', agenda, '--kind', 'agenda')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain('(5 pages)')
    expect(execFileSync('pdftotext', [agenda, '-'], { encoding: 'utf8' })).toContain('Day 5')
    const first = readFileSync(agenda)
    expect(cli('report', file, '--out', agenda, '--kind', 'agenda').code).toBe(0)
    expect(readFileSync(agenda).equals(first)).toBe(true)

    const runOfShow = join(dir, 'run.pdf')
    const json = cli('report', file, '--out', runOfShow, '--kind', 'run-of-show', '--json')
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: 'run-of-show', file: runOfShow, pages: 5 })
  })

  it('writes the workbook of the whole assembly (--xlsx), and says why when it cannot', async () => {
    const dir = tempDir()
    const file = await plannedFile(dir)
    const out = join(dir, 'all.xlsx')
    const json = cli('report', file, '--xlsx', out, '--json')
    expect(json).toMatchObject({ code: 0, stderr: '' })
    const written = JSON.parse(json.stdout) as {
      kind: string
      file: string
      sheets: { name: string; rows: number }[]
    }
    expect(written).toMatchObject({ kind: 'xlsx', file: out })
    expect(written.sheets.find((s) => s.name === 'Sessions')?.rows).toBe(5)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
    const refused = cli('report', file, '--xlsx', join(dir, 'no-such-folder', 'all.xlsx'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('could not be written')
    expect(cli('report', file, '--xlsx', out, '--out', join(dir, 'x.pdf')).code).toBe(2)
  })

  it('writes the open data into a new folder (--open-data), and refuses a folder that is not empty', async () => {
    const dir = tempDir()
    const file = await plannedFile(dir)
    const open = join(dir, 'open')
    const json = cli('report', file, '--open-data', open, '--json')
    expect(json).toMatchObject({ code: 0, stderr: '' })
    const written = JSON.parse(json.stdout) as { kind: string; files: { name: string; rows: number }[] }
    expect(written.kind).toBe('open-data')
    expect(written.files.map((f) => f.name)).toContain('case-summary.csv')
    expect(readFileSync(join(open, 'case-summary.json'), 'utf8')).toContain('Valmont Citizens’ Jury')
    const again = cli('report', file, '--open-data', open)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('is not empty')
  })

  it('writes the final report of a planned assembly, refuses certificates without a draw (exit 1) and an unknown kind (exit 2)', async () => {
    const dir = tempDir()
    const file = await plannedFile(dir)
    const before = readFileSync(file)
    const out = join(dir, 'final.pdf')
    const final = cli('report', file, '--out', out, '--json')
    expect(final).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(final.stdout)).toMatchObject({ kind: 'final', file: out })
    const words = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })
    expect(words).toContain('The process')
    expect(words).not.toContain('Who took part')
    const certificate = cli(
      'report',
      file,
      '--out',
      join(dir, 'c.pdf'),
      '--kind',
      'draw-certificate',
      '--json',
    )
    expect(certificate.code).toBe(1)
    expect(JSON.parse(certificate.stdout)).toMatchObject({
      error: {
        code: 'invalid-input',
        message: expect.stringContaining('no draw of this assembly') as unknown,
      },
    })
    expect(certificate.stderr.trim().split('\n')).toHaveLength(1)
    // Badges and table cards need a table plan: refused with what to do first, nothing written.
    const badges = cli('report', file, '--out', join(dir, 'badges.pdf'), '--kind', 'badges')
    expect(badges.code).toBe(1)
    expect(badges.stderr).toContain('No session has a table plan yet: plan the tables first')
    expect(existsSync(join(dir, 'badges.pdf'))).toBe(false)
    expect(cli('report', file, '--out', join(dir, 'x.pdf'), '--kind', 'poster').code).toBe(2)
    expect(cli('report', file).code).toBe(2)
    expect(readFileSync(file).equals(before)).toBe(true)
  })
})
