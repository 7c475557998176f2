import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SessionDetail, SessionSummary, SpeakerView } from '../../shared/sessions.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'

const tempDir = useTempDir()
const open: ReturnType<typeof testApp>[] = []
afterEach(async () => {
  for (const a of open.splice(0)) await a.close()
})

/** The text of a PDF as poppler reads it back (layout kept, so a line holds a row). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

function pageSize(file: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? ''
}

async function plannedAssembly(languages: string[]) {
  const a = testApp(tempDir())
  open.push(a)
  await a.call('project:create', {
    file: join(a.dir, 'documents', 'print'),
    name: 'Riverside Climate Assembly',
  })
  await a.call('profile:update', { patch: { languages, venues: ['St Anne’s Hall'] } })
  const [first] = await a.call<SessionSummary[]>('sessions:fromTemplate', {
    template: 'four-weekends',
    firstDate: '2026-03-07',
    spacingDays: 14,
  })
  const speaker = await a.call<SpeakerView>('speakers:create', {
    name: 'Ελένη Παπαδοπούλου',
    organisation: 'Московский университет',
    role: 'expert',
    declaration: '',
    briefingSentOn: null,
    slidesReceived: false,
    publishConsent: true,
    fee: 0,
    expenses: 0,
    notes: '',
  })
  const detail = await a.call<SessionDetail>('sessions:get', { id: first?.id })
  const evidence = detail.blocks.find((b) => b.kind === 'evidence')
  if (!evidence) throw new Error('the template has an evidence block')
  await a.call('blocks:update', {
    ...evidence,
    lead: 'Sam Patel',
    speakerIds: [speaker.id],
    facilitators: ['Jo Kim'],
    materials: 'Handout A, 60 copies',
    avNeeds: 'Two microphones',
    interpretation: 'BSL interpreter',
    staffNote: 'Collect the slides by Friday',
  })
  return a
}

describe('printed agenda and run-of-show', () => {
  it('prints the participants’ agenda: one page per day, times, titles, rooms, breaks, no staff notes', async () => {
    const a = await plannedAssembly(['English'])
    const file = join(a.dir, 'agenda.pdf')
    const result = await a.call<{ file: string; pages: number }>('reports:sessionsPdf', {
      kind: 'agenda',
      file,
    })
    expect(result.pages).toBe(4)
    const text = pdfText(file)
    expect(text).toContain('Riverside Climate Assembly')
    expect(text).toContain('Saturday, 7 March 2026')
    expect(text).toMatch(/09:30\s+Arrival, coffee and sign-in/)
    expect(text).toMatch(/12:30\s+Lunch/)
    expect(text).toContain('Room: Dining room')
    expect(text).toContain('Page 1 of 4')
    expect(text).not.toContain('Collect the slides')
    expect(text).not.toContain('Audit log head')
    expect(pageSize(file)).toMatch(/^595\.\d* x 841\.\d* pts \(A4\)/)
    // Same data, same bytes.
    const again = join(a.dir, 'again.pdf')
    await a.call('reports:sessionsPdf', { kind: 'agenda', file: again })
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true)
  })

  it('prints the staff’s run-of-show with people, needs and notes, in Greek and Cyrillic too, with the audit head', async () => {
    const a = await plannedAssembly(['English'])
    await a.call('sessions:setPaperSize', { paperSize: 'letter' })
    const file = join(a.dir, 'run.pdf')
    await a.call('reports:sessionsPdf', { kind: 'run-of-show', file })
    const text = pdfText(file)
    for (const words of [
      'Run of show',
      '09:30–17:30 · St Anne’s Hall · In person · Learning',
      'Lead: Sam Patel',
      'Speakers: Ελένη Παπαδοπούλου',
      'Facilitators: Jo Kim',
      'Materials: Handout A, 60 copies',
      'AV: Two microphones',
      'Interpretation: BSL interpreter',
      'Collect the slides by Friday',
      '12:30–13:30',
      'fixed time',
    ])
      expect(text).toContain(words)
    const head = await a.call<{ head: string }>('audit:verify', null)
    expect(text).toContain(`Audit log head: ${head.head}`)
    expect(pageSize(file)).toMatch(/^792 x 612 pts \(letter\)/)
    const bytes = readFileSync(file)
    await a.call('reports:sessionsPdf', { kind: 'run-of-show', file })
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })

  it('prints in French for a French assembly', async () => {
    const a = await plannedAssembly(['Français'])
    const file = join(a.dir, 'programme.pdf')
    await a.call('reports:sessionsPdf', { kind: 'agenda', file })
    const text = pdfText(file)
    expect(text).toContain('Samedi 7 mars 2026')
    expect(text).toContain('Week-end 1')
    expect(text).toContain('Page 1 sur 4')
    expect(text).toMatch(/12:30\s+Déjeuner/)
  })

  it('leaves no half-written file when the folder does not exist', async () => {
    const a = await plannedAssembly(['English'])
    const file = join(a.dir, 'missing', 'agenda.pdf')
    await expect(a.call('reports:sessionsPdf', { kind: 'agenda', file })).rejects.toThrow(
      /The document could not be written to/,
    )
  })
})
