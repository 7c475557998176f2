import type { ContactChannel } from '../../shared/people.ts'
import { getProfile } from '../profile/profile-repo.ts'
import type { Project } from '../project/project.ts'
import { withoutSync } from '../project/file-repo.ts'
import type { SeededRandom } from '../random/seeded-random.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { markAttendance } from '../people/attendance.ts'
import { addMemberComment, saveMemberRecord } from '../people/member-record.ts'
import { changeMemberStatus } from '../people/member-status.ts'
import { memberList } from '../people/member-views.ts'
import { DEMO_ORGANISER } from './demo-draw.ts'

const staff = ['Sam Okafor', 'Jo Kim']
const channels: ContactChannel[] = ['email', 'email', 'email', 'phone', 'sms', 'post']
const absences = ['Ill', 'Childcare fell through', 'Work shift', 'Family emergency']

/**
 * The members' side of the demo: records with contact preferences, a few comments, and the four
 * weekends' attendance (a few late arrivals and no-shows; one member withdraws after weekend two).
 */
export async function runDemoPeople(
  project: Project,
  random: SeededRandom,
  advance: (minutes: number) => void,
) {
  await withoutSync(project.sqlite, async () => {
    const { sqlite } = project
    const languages = getProfile(sqlite).languages
    const held = memberList(sqlite).filter((m) => m.role === 'selected' && m.status === 'confirmed')
    for (const [i, m] of held.entries()) {
      const nickname = i % 9 === 4 ? m.firstName.slice(0, 3) : ''
      const language =
        random.next() < 0.15 && languages.length > 1 ? (languages[1] ?? '') : (languages[0] ?? '')
      await saveMemberRecord(project, m.externalId, {
        preferredName: nickname ? `${nickname} ${m.lastName}` : '',
        email: `${m.firstName}.${m.lastName}@example.org`.toLowerCase().replace(/[^a-z.@-]/g, ''),
        phone: `07700 900${String(100 + i)}`,
        channel: random.pick(channels),
        language,
        staffContact: staff[i % 2] ?? '',
      })
    }
    const note = held[2]
    if (note) await addMemberComment(project, note.externalId, 'Prefers a call after 6 pm.', DEMO_ORGANISER)
    advance(60 * 24 * 7)
    const leaving = held[7]?.externalId
    const sessions = readSessions(sqlite)
    for (const [w, session] of sessions.entries()) {
      for (const m of held) {
        if (w >= 2 && m.externalId === leaving) continue
        const roll = random.next()
        const by = staff[w % 2] ?? ''
        const base = { externalId: m.externalId, sessionId: session.id, reason: '', by, left: null }
        if (roll < 0.05) {
          await markAttendance(project, {
            ...base,
            state: 'absent',
            arrived: null,
            reason: random.pick(absences),
          })
        } else if (roll < 0.12) {
          await markAttendance(project, {
            ...base,
            state: 'late',
            arrived: session.start + 20 + random.int(40),
          })
        } else if (roll < 0.14) {
          await markAttendance(project, {
            ...base,
            state: 'left-early',
            arrived: session.start - random.int(20),
            left: session.end - 60 - random.int(60),
          })
        } else {
          await markAttendance(project, {
            ...base,
            state: 'present',
            arrived: session.start - random.int(25),
          })
        }
      }
      if (w === 1 && leaving) {
        advance(60 * 24 * 3)
        await changeMemberStatus(project, {
          externalId: leaving,
          status: 'withdrawn',
          reason: 'A new job with weekend shifts',
          by: DEMO_ORGANISER,
        })
      }
      advance(60 * 24 * 14)
    }
  })
}
