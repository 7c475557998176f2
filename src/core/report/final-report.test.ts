import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultReportSettings, reportSections } from '../../shared/reports.ts'
import { auditHead } from '../audit/audit-log.ts'
import { createDemo } from '../demo/create-demo.ts'
import { updateProfile } from '../profile/profile-repo.ts'
import { createProject, openProject } from '../project/open-project.ts'
import type { Project } from '../project/project.ts'
import { evaluateCount } from '../votes/evaluate-count.ts'
import { getBallot, listCounts, listPapers } from '../votes/vote-repo.ts'
import { ballotOutcome } from './ballot-outcome.ts'
import { drawCertificates, finalReport } from './final-report.ts'
import { assembleReport } from './assemble-report.ts'

let dir: string
let project: Project

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kleroterion-report-'))
  await createDemo(join(dir, 'demo.assembly'))
  project = await openProject(join(dir, 'demo.assembly'))
}, 60_000)

afterAll(async () => {
  await project.close()
  rmSync(dir, { recursive: true, force: true })
})

const all = defaultReportSettings()
const model = () => assembleReport(project.sqlite, all, 'en')

function text(bytes: Buffer, name: string): string {
  const file = join(dir, name)
  writeFileSync(file, bytes)
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
}

/** Counts straight from the tables, independently of the report's code. */
const raw = () => project.sqlite

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value')
  return value
}
const count = (sql: string, ...params: unknown[]) =>
  (
    raw()
      .prepare(sql)
      .get(...params) as { n: number }
  ).n

describe('the final report of the demo assembly', () => {
  it('counts the pool, the panel as drawn and the final session per category value as the tables hold them', () => {
    const part = must(model().participation)
    const firstDraw = count("select min(id) as n from draw where kind = 'initial' and status = 'completed'")
    const lastSession = count(
      'select s.id as n from session s where exists (select 1 from attendance a where a.session_id = s.id) order by s.date desc, s.start_min desc limit 1',
    )
    expect(part.totals.pool).toBe(count('select count(*) as n from respondent'))
    for (const category of part.categories) {
      expect(category.values.reduce((s, v) => s + v.pool, 0)).toBe(part.totals.pool)
      expect(category.values.reduce((s, v) => s + v.panel, 0)).toBe(part.totals.panel)
      expect(category.values.reduce((s, v) => s + (v.final ?? 0), 0)).toBe(part.totals.final)
      for (const v of category.values) {
        const valueId = count(
          'select v.id as n from category_value v join category c on c.id = v.category_id where c.name = ? and v.value = ?',
          category.name,
          v.value,
        )
        expect(v.pool).toBe(count('select count(*) as n from respondent_value where value_id = ?', valueId))
        expect(v.panel).toBe(
          count(
            `select count(*) as n from draw d, json_each(d.selected) s join respondent r on r.external_id = s.value
             join respondent_value rv on rv.respondent_id = r.id where d.id = ? and rv.value_id = ?`,
            firstDraw,
            valueId,
          ),
        )
        expect(v.final).toBe(
          count(
            `select count(*) as n from attendance a join panel_member m on m.respondent_id = a.respondent_id
             join respondent_value rv on rv.respondent_id = a.respondent_id
             where a.session_id = ? and m.role = 'selected' and a.state in ('present', 'late', 'left-early') and rv.value_id = ?`,
            lastSession,
            valueId,
          ),
        )
      }
    }
    expect(part.funnel.find((s) => s.key === 'selected')?.count).toBe(
      count("select count(*) as n from panel_member where role = 'selected'"),
    )
  })

  it('prints each ballot with the figures of its tally, never counted differently', () => {
    const part = must(model().recommendations)
    const ballots = [...part.themes.flatMap((t) => t.items.flatMap((i) => i.ballots)), ...part.otherBallots]
    const finals = ballots.filter((b) => b.counts.at(-1)?.status === 'final')
    expect(finals.length).toBeGreaterThanOrEqual(10)
    for (const view of finals) {
      const stored = getBallot(project.sqlite, view.id)
      const current = must(listCounts(project.sqlite, view.id).at(-1))
      const papers = {
        a: listPapers(project.sqlite, view.id, current.countNo, 'A'),
        b: listPapers(project.sqlite, view.id, current.countNo, 'B'),
      }
      const tally = evaluateCount(view.id, stored.spec, current, papers, { compute: true }).result
      expect(view.counts.at(-1)?.result).toEqual(tally)
      const outcome = must(ballotOutcome(view))
      if (tally?.agree_percent !== undefined)
        expect(outcome.percent).toBe(Math.round(tally.agree_percent * 10) / 10)
      if (tally?.passes !== undefined) expect(outcome.passed).toBe(tally.passes)
    }
  })

  it('writes at least 8 pages with every section, the seed and the audit head, the same bytes every time', async () => {
    const first = await finalReport(project.sqlite)
    const again = await finalReport(project.sqlite)
    expect(first.pages).toBeGreaterThanOrEqual(8)
    expect(again.bytes.equals(first.bytes)).toBe(true)
    const words = text(first.bytes, 'final.pdf')
    for (const title of [
      'Contents',
      'Summary',
      'About the assembly',
      'Who took part',
      'The draw',
      'The process',
      'Recommendations',
      'Annexes',
      'Representativeness: Gender',
      'Glossary',
    ])
      expect(words).toContain(title)
    const seed = raw()
      .prepare("select seed from draw where kind = 'initial' and status = 'completed'")
      .pluck()
      .get() as string
    expect(words).toContain(seed)
    expect(words).toContain(auditHead(project.sqlite))
  })

  it('leaves out the sections the organiser unticks, and prints the free texts given', async () => {
    const { bytes } = await finalReport(project.sqlite, {
      ...all,
      sections: reportSections.filter((s) => s !== 'draw' && s !== 'process'),
      foreword: 'We thank every member for their time.',
      membersStatement: 'We, the members, stand by these recommendations.',
    })
    const words = text(bytes, 'chosen.pdf')
    expect(words).not.toContain('The draw')
    expect(words).not.toContain('The process')
    expect(words).toContain('We thank every member for their time.')
    expect(words).toContain('stand by these recommendations')
  })

  it('prints the draw certificates, one page per completed draw', async () => {
    const { bytes, pages } = await drawCertificates(project.sqlite)
    expect(pages).toBe(count("select count(*) as n from draw where status = 'completed'"))
    const words = text(bytes, 'certificates.pdf')
    for (const row of raw().prepare("select input_hash, seed from draw where status = 'completed'").all() as {
      input_hash: string
      seed: string
    }[]) {
      expect(words.replace(/\s+/g, '')).toContain(row.input_hash)
      expect(words).toContain(row.seed)
    }
  })
})

describe('the final report of an assembly that has only begun', () => {
  it('leaves out every section without data, in French when the assembly is French', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'kleroterion-report-'))
    try {
      const young = await createProject(join(fresh, 'young.assembly'), { name: 'Assemblée de Valmont' })
      try {
        await young.write(() =>
          updateProfile(
            young.sqlite,
            {
              languages: ['Français'],
              question: 'Comment mieux se déplacer ?',
              remit: 'Proposer des mesures.',
            },
            young.timestamp(),
          ),
        )
        const parts = assembleReport(young.sqlite, all, 'fr')
        expect(parts.participation).toBeNull()
        expect(parts.draw).toBeNull()
        expect(parts.process).toBeNull()
        expect(parts.recommendations).toBeNull()
        const words = text((await finalReport(young.sqlite)).bytes, 'young.pdf')
        expect(words).toContain('Sommaire')
        expect(words).toContain('À propos de l’assemblée')
        expect(words).not.toContain('Qui a participé')
        expect(words).not.toContain('Le tirage au sort')
        await expect(drawCertificates(young.sqlite)).rejects.toThrow(/no draw of this assembly is complete/)
      } finally {
        await young.close()
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })
})
