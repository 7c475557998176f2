import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors.ts'
import { defaultReportSettings, reportSections } from '../../shared/reports.ts'
import { createProject, openProject } from '../project/open-project.ts'
import type { Project } from '../project/project.ts'
import { writeReportPdf } from './final-report.ts'
import { readReportSettings, saveReportContents, setReportLogo } from './report-settings.ts'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let dir: string
let project: Project

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kleroterion-report-settings-'))
  project = await createProject(join(dir, 'a.assembly'), { name: 'Settings assembly' })
})

afterAll(async () => {
  await project.close()
  rmSync(dir, { recursive: true, force: true })
})

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return (error as AppError).key
}

describe('the final report’s saved choices', () => {
  it('start with every section and no text, and are kept in the file', async () => {
    expect(readReportSettings(project.sqlite)).toEqual(defaultReportSettings())
    await saveReportContents(project, {
      // Saved in print order whatever order they come in.
      sections: ['membersStatement', 'foreword', 'summary'],
      foreword: 'Thank you to every member.',
      summary: '',
      membersStatement: 'We stand by these recommendations.',
    })
    const file = project.file
    await project.close()
    project = await openProject(file)
    expect(readReportSettings(project.sqlite)).toMatchObject({
      sections: ['foreword', 'summary', 'membersStatement'],
      foreword: 'Thank you to every member.',
      membersStatement: 'We stand by these recommendations.',
      logo: null,
    })
  })

  it('are what the final report prints', async () => {
    const out = join(dir, 'report.pdf')
    await saveReportContents(project, {
      sections: reportSections.filter((s) => s !== 'membersStatement'),
      foreword: 'Thank you to every member.',
      summary: '',
      membersStatement: 'This statement is left out.',
    })
    await writeReportPdf(project, 'final', out)
    const words = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })
    expect(words).toContain('Thank you to every member.')
    expect(words).not.toContain('This statement is left out.')
  })

  it('take a PNG or JPEG logo, and refuse anything else without changing what was saved', async () => {
    const png = join(dir, 'logo.png')
    writeFileSync(png, PNG)
    const saved = await setReportLogo(project, png)
    expect(saved.logo).toEqual({ type: 'image/png', base64: PNG.toString('base64') })

    const text = join(dir, 'logo.txt')
    writeFileSync(text, 'not an image')
    const huge = join(dir, 'huge.png')
    writeFileSync(huge, Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]))
    for (const file of [text, huge, join(dir, 'missing.png')])
      expect(await refusal(setReportLogo(project, file))).toBe('report.logoUnreadable')
    expect(readReportSettings(project.sqlite).logo).toEqual(saved.logo)

    // Editing the texts keeps the logo; taking it away keeps the texts.
    await saveReportContents(project, { ...defaultReportSettings(), foreword: 'Kept.' })
    expect(readReportSettings(project.sqlite).logo).toEqual(saved.logo)
    const without = await setReportLogo(project, null)
    expect(without).toMatchObject({ logo: null, foreword: 'Kept.' })
  })
})
