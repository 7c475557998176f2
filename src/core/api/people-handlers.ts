import type { AppContext, Handlers } from './context.ts'
import { attendanceGrid, checkIn, markAttendance } from '../people/attendance.ts'
import { addMemberComment, saveMemberRecord } from '../people/member-record.ts'
import { changeMemberStatus } from '../people/member-status.ts'
import { memberDetail, memberList } from '../people/member-views.ts'

type PeopleChannels = Extract<keyof Handlers, `people:${string}` | `attendance:${string}` | 'panel:setStatus'>

/** The panel's members: records, status with history, comments, attendance and the door's check-in. */
export function peopleHandlers(ctx: AppContext): Pick<Handlers, PeopleChannels> {
  const project = () => ctx.session.require()
  return {
    'panel:setStatus': async (change) => {
      await changeMemberStatus(project(), change)
      return null
    },
    'people:list': () => Promise.resolve(memberList(project().sqlite)),
    'people:get': ({ externalId }) => Promise.resolve(memberDetail(project().sqlite, externalId)),
    'people:saveRecord': async ({ externalId, record }) => {
      await saveMemberRecord(project(), externalId, record)
      return memberDetail(project().sqlite, externalId)
    },
    'people:comment': async ({ externalId, text, by }) => {
      await addMemberComment(project(), externalId, text, by)
      return memberDetail(project().sqlite, externalId)
    },
    'attendance:grid': () => Promise.resolve(attendanceGrid(project().sqlite)),
    'attendance:mark': async (input) => {
      await markAttendance(project(), input)
      return null
    },
    'attendance:checkIn': (input) => checkIn(project(), input),
  }
}
