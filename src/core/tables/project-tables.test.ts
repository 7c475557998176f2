import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAudit } from '../audit/audit-log.ts'
import { createDemo } from '../demo/create-demo.ts'
import { markAttendance } from '../people/attendance.ts'
import { readMembers } from '../people/people-repo.ts'
import { openProject } from '../project/open-project.ts'
import type { Project } from '../project/project.ts'
import { readRules } from './tables-repo.ts'
import {
  moveMember,
  planTables,
  reseatAbsent,
  saveTableSettings,
  tableSettings,
  tablesView,
} from './project-tables.ts'

// One demo for the three tests, which run in order on it.
const dir = mkdtempSync(join(tmpdir(), 'kleroterion-tables-'))
const file = join(dir, 'demo.assembly')

beforeAll(() => createDemo(file), 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function withDemo<T>(work: (project: Project) => T | Promise<T>): Promise<T> {
  const project = await openProject(file)
  try {
    return await work(project)
  } finally {
    await project.close()
  }
}

describe('table plans in a project', () => {
  it('the demo: four weekends seated, interpretation clustered, the pin kept, weekend two re-seated', async () => {
    await withDemo((project) => {
      const view = tablesView(project.sqlite)
      expect(view.sessions).toHaveLength(4)
      const interpretation = readMembers(project.sqlite)
        .filter((m) => m.record?.language === 'British Sign Language')
        .map((m) => m.externalId)
      expect(interpretation).toHaveLength(2)
      for (const session of view.sessions) {
        const sizes = session.tables.map((t) => t.members.length)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
        const tableOf = (id: string) => session.tables.findIndex((t) => t.members.some((m) => m.id === id))
        expect(tableOf(interpretation[0] ?? '')).toBe(tableOf(interpretation[1] ?? ''))
      }
      const pins = readRules(project.sqlite).filter((r) => r.kind === 'pin')
      expect(pins).toHaveLength(1)
      for (const session of view.sessions)
        expect(session.tables[0]?.members.map((m) => m.id)).toContain(pins[0]?.member)
      const kinds = listAudit(project.sqlite).map((e) => e.kind)
      expect(kinds).toContain('tables.planned')
      expect(kinds).toContain('tables.reseated')
      expect(view.scores.distinctPairs).toBeGreaterThan(0)
    })
  })

  it('re-seats after two no-shows, moving few; a drag changes the scores; the audit log follows', async () => {
    await withDemo(async (project) => {
      const before = tablesView(project.sqlite).sessions[2]
      if (!before) throw new Error('no third session')
      const gone = [before.tables[0]?.members[1]?.id, before.tables[0]?.members[2]?.id] as string[]
      for (const id of gone)
        await markAttendance(project, {
          externalId: id,
          sessionId: before.session.id,
          state: 'absent',
          arrived: null,
          left: null,
          reason: '',
          by: '',
        })
      const result = await reseatAbsent(project, before.session.id)
      expect(result.tables.flat()).not.toContain(gone[0])
      expect(result.moved.length).toBeLessThanOrEqual(1)
      const after = tablesView(project.sqlite).sessions[2]
      const sizes = after?.tables.map((t) => t.members.length) ?? []
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      const mover = after?.tables[3]?.members[0]?.id ?? ''
      await moveMember(project, before.session.id, mover, 5)
      const moved = tablesView(project.sqlite).sessions[2]
      expect(moved?.tables[4]?.members.map((m) => m.id)).toContain(mover)
      expect(moved?.scores).not.toEqual(after?.scores)
      await expect(moveMember(project, before.session.id, mover, 5)).rejects.toMatchObject({
        key: 'tables.sameTable',
      })
    })
  })

  it('refuses an impossible request and saves nothing', async () => {
    await withDemo(async (project) => {
      const settings = tableSettings(project.sqlite)
      await saveTableSettings(project, { ...settings, tableSize: 2, clusterValues: [], cluster: ['Gender'] })
      const audit = listAudit(project.sqlite).length
      const view = JSON.stringify(tablesView(project.sqlite).sessions)
      await expect(planTables(project, { sessions: 'all', seed: 'x' })).rejects.toMatchObject({
        key: 'tables.clusterTooLarge',
      })
      expect(listAudit(project.sqlite)).toHaveLength(audit)
      expect(JSON.stringify(tablesView(project.sqlite).sessions)).toBe(view)
    })
  })
})
