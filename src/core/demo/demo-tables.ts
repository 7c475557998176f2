import { seatHolding } from '../../shared/people.ts'
import { recordOf } from '../people/member-views.ts'
import { readMembers } from '../people/people-repo.ts'
import { saveMemberRecord } from '../people/member-record.ts'
import type { Project } from '../project/project.ts'
import { withoutSync } from '../project/file-repo.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { addTableRule, planTables, reseatAbsent, saveTableSettings } from '../tables/project-tables.ts'

const INTERPRETATION = 'British Sign Language'

/**
 * The demo's table plans: two members follow in British Sign Language and sit with the interpreter's
 * table, one member is pinned to table 1 (near the door, for a wheelchair); the four weekends are
 * planned ahead, mixed on gender, age and area; weekend two is re-seated after its no-shows.
 */
export async function runDemoTables(project: Project, advance: (minutes: number) => void): Promise<void> {
  await withoutSync(project.sqlite, async () => {
    const { sqlite } = project
    const members = readMembers(sqlite).filter((m) => m.role === 'selected' && seatHolding.includes(m.status))
    for (const m of members.slice(3, 5))
      await saveMemberRecord(project, m.externalId, { ...recordOf(m), language: INTERPRETATION })
    await saveTableSettings(project, {
      diversify: ['Gender', 'Age', 'Area'],
      cluster: ['language'],
      clusterValues: [INTERPRETATION],
      tableSize: 8,
      encounterWeight: 1,
      seed: 'demo-tables',
    })
    const pinned = members[10]
    if (pinned)
      await addTableRule(project, { kind: 'pin', member: pinned.externalId, table: 1, sessionId: null })
    await planTables(project, { sessions: 'all', ahead: true })
    advance(60 * 24 * 14)
    const weekendTwo = readSessions(sqlite)[1]
    if (weekendTwo) await reseatAbsent(project, weekendTwo.id)
  })
}
