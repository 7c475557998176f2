import { attendanceGrid } from '../people/attendance.ts'
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { verifyAudit } from '../audit/audit-log.ts'
import { openProject } from '../project/open-project.ts'
import { getProfile } from '../profile/profile-repo.ts'
import { votesOverview } from '../votes/votes-view.ts'
import { createDemo } from './create-demo.ts'
import { questionViews, sessionDetail, sessionsOverview, speakerViews } from '../sessions/sessions-view.ts'

const tempDir = useTempDir()

function dump(file: string): unknown {
  const db = new Database(file, { readonly: true })
  const tables = [
    'project_meta',
    'assembly_profile',
    'audit_entry',
    'category',
    'category_value',
    'respondent',
    'respondent_value',
  ]
  const out = Object.fromEntries(tables.map((t) => [t, db.prepare(`select * from ${t} order by 1`).all()]))
  db.close()
  return out
}

describe('the demo assembly', () => {
  it('is deterministic for a given seed and differs for another seed', async () => {
    const dir = tempDir()
    await createDemo(join(dir, 'a.assembly'), { seed: 'seven' })
    await createDemo(join(dir, 'b.assembly'), { seed: 'seven' })
    await createDemo(join(dir, 'c.assembly'), { seed: 'eight' })
    expect(dump(join(dir, 'a.assembly'))).toEqual(dump(join(dir, 'b.assembly')))
    expect(dump(join(dir, 'a.assembly'))).not.toEqual(dump(join(dir, 'c.assembly')))
  })

  it('has a complete, locked profile and an intact audit chain', async () => {
    const file = join(tempDir(), 'demo.assembly')
    await createDemo(file)
    const project = await openProject(file)
    const profile = getProfile(project.sqlite)
    expect(profile.name).not.toBe('')
    expect(profile.question).not.toBe('')
    expect(profile.venues.length).toBeGreaterThan(0)
    expect(profile.lockedAt).not.toBeNull()
    const pool = project.sqlite
      .prepare('select count(*) as people, count(distinct household_key) as households from respondent')
      .get() as {
      people: number
      households: number
    }
    expect(pool.people).toBeGreaterThan(1400)
    expect(pool.households).toBeLessThan(pool.people * 0.9)
    const categories = project.sqlite.prepare('select count(*) as n from category').get() as { n: number }
    expect(categories.n).toBeGreaterThanOrEqual(5)
    expect(categories.n).toBeLessThanOrEqual(7)
    const report = verifyAudit(project.sqlite)
    expect(report.ok).toBe(true)
    const kinds = project.sqlite
      .prepare<[], { kind: string; n: number }>('select kind, count(*) as n from audit_entry group by kind')
      .all()
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toMatchObject({
      'assembly.created': 1,
      'profile.locked': 1,
      'quotas.locked': 1,
      'draw.committed': 2,
      'draw.completed': 2,
      // 60 answers to the first draw, the 2 replacements confirm, the 2 who declined are marked replaced,
      // the 60 confirmed become attended at their first session, one withdraws after weekend two.
      'panel.status': 125,
    })
    // A LEXIMIN draw with reserves; two members declined; a replacement round filled their seats.
    const draws = project.sqlite
      .prepare('select kind, algorithm, status, selected, reserves from draw')
      .all() as {
      kind: string
      algorithm: string
      status: string
      selected: string
      reserves: string
    }[]
    expect(draws.map((d) => [d.kind, d.algorithm, d.status])).toEqual([
      ['initial', 'leximin', 'completed'],
      ['replacement', 'leximin', 'completed'],
    ])
    expect((JSON.parse(draws[0]?.reserves ?? '[]') as string[]).length).toBeGreaterThan(0)
    expect(JSON.parse(draws[1]?.selected ?? '[]')).toHaveLength(2)
    const statuses = project.sqlite
      .prepare<[], { status: string; n: number }>(
        "select status, count(*) as n from panel_member where role = 'selected' group by status",
      )
      .all()
    expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({
      attended: 59,
      withdrawn: 1,
      replaced: 2,
    })

    // Four weekends' attendance: most there, a few late or absent; the member who withdrew after
    // weekend two has no marks after it.
    const grid = attendanceGrid(project.sqlite)
    expect(grid.sessions).toHaveLength(4)
    const withdrawn = grid.members.filter((m) => m.status === 'withdrawn')
    expect(withdrawn.map((m) => Object.keys(m.marks).length)).toEqual([2])
    const marks = grid.members.flatMap((m) => Object.values(m.marks))
    expect(marks).toHaveLength(60 * 4 - 2)
    const count = (state: string) => marks.filter((m) => m.state === state).length
    expect(count('late')).toBeGreaterThan(3)
    expect(count('absent')).toBeGreaterThan(3)
    expect(count('present')).toBeGreaterThan(180)
    expect(marks.filter((m) => m.state === 'late').every((m) => m.arrived !== null)).toBe(true)

    // Four weekends from the template, with no clash left, speakers with declarations, a dozen
    // questions in every state, and the decision weekend's voting blocks on the demo's ballots.
    const sessions = sessionsOverview(project.sqlite)
    expect(sessions.sessions.map((x) => x.phases)).toEqual([
      ['learning'],
      ['learning', 'deliberation'],
      ['deliberation'],
      ['decision'],
    ])
    expect(sessions.checks).toEqual([])
    expect(sessions.totals.totalMinutes).toBeGreaterThanOrEqual(30 * 60)
    const speakers = speakerViews(project.sqlite)
    expect(speakers).toHaveLength(8)
    expect(speakers.every((x) => x.declaration !== '')).toBe(true)
    expect(speakers.filter((x) => x.appearances.length > 0).length).toBeGreaterThanOrEqual(7)
    const questions = questionViews(project.sqlite)
    expect(questions).toHaveLength(12)
    expect(new Set(questions.map((q) => q.status))).toEqual(
      new Set(['asked', 'assigned', 'answered', 'shared']),
    )
    const last = sessions.sessions.at(-1)
    const voting = last
      ? sessionDetail(project.sqlite, last.id).blocks.filter((b) => b.kind === 'voting')
      : []
    expect(voting.length).toBeGreaterThanOrEqual(3)
    expect(voting.every((b) => b.ballotId !== null && b.ballotTitle !== null)).toBe(true)

    // The ballots take their members present from the decision weekend's attendance; one types a
    // number in instead, and says so.
    const there = grid.members.filter((m) =>
      ['present', 'late', 'left-early'].includes(m.marks[last?.id ?? 0]?.state ?? ''),
    ).length
    const counts = votesOverview(project.sqlite).ballots.map((b) => b.counts.at(-1))
    const fromAttendance = counts.filter((c) => c && !c.presentFrom.typed)
    expect(fromAttendance.length).toBe(counts.length - 1)
    for (const c of fromAttendance) {
      expect(c?.presentFrom.session?.id).toBe(last?.id)
      expect(c?.present).toBe(there)
    }
    expect(counts.find((c) => c?.presentFrom.typed)?.present).toBe(there - 1)
    await project.close()
  })

  it('refuses an existing file and leaves it alone', async () => {
    const dir = tempDir()
    const file = join(dir, 'exists.assembly')
    await createDemo(file)
    await expect(createDemo(file)).rejects.toMatchObject({ code: 'file-exists' })
    expect(existsSync(`${file}.partial`)).toBe(false)
  })
})
