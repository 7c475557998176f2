import { readAllAttendance, readMembers } from '../../people/people-repo.ts'
import { badgeName, recordOf } from '../../people/member-views.ts'
import { readSessions } from '../../sessions/sessions-repo.ts'
import type { SheetModule } from '../workbook-sheet.ts'

/** Everyone drawn with their status and contact record, then their attendance per session. */
export const membersSheets: SheetModule = (sqlite, t) => {
  const members = readMembers(sqlite)
  const sessions = new Map(readSessions(sqlite).map((s) => [s.id, s]))
  const attendance = readAllAttendance(sqlite)
  const marks = members.flatMap((m) =>
    (attendance.get(m.respondentId) ?? [])
      .map((mark) => ({ member: m, mark, session: sessions.get(mark.sessionId) }))
      .sort(
        (a, b) =>
          (a.session?.date ?? '').localeCompare(b.session?.date ?? '') || a.mark.sessionId - b.mark.sessionId,
      ),
  )
  return [
    {
      name: t('workbook.members.sheet'),
      columns: [
        { header: t('workbook.members.id'), type: 'text', width: 14 },
        { header: t('workbook.members.firstName'), type: 'text', width: 16 },
        { header: t('workbook.members.lastName'), type: 'text', width: 18 },
        { header: t('workbook.members.badgeName'), type: 'text', width: 20 },
        { header: t('workbook.members.role'), type: 'text', width: 10 },
        { header: t('workbook.members.reserveRank'), type: 'integer', width: 8 },
        { header: t('workbook.members.status'), type: 'text', width: 12 },
        { header: t('workbook.members.email'), type: 'text', width: 28 },
        { header: t('workbook.members.phone'), type: 'text', width: 16 },
        { header: t('workbook.members.channel'), type: 'text', width: 10 },
        { header: t('workbook.members.language'), type: 'text', width: 10 },
        { header: t('workbook.members.staffContact'), type: 'text', width: 16 },
      ],
      rows: members.map((m) => {
        const record = recordOf(m)
        return [
          m.externalId,
          m.firstName,
          m.lastName,
          badgeName(m),
          t(`workbook.places.${m.role}`),
          m.reserveRank,
          t(`workbook.places.${m.status}`),
          record.email,
          record.phone,
          record.channel ? t(`workbook.channels.${record.channel}`) : '',
          record.language,
          record.staffContact,
        ]
      }),
    },
    {
      name: t('workbook.attendance.sheet'),
      columns: [
        { header: t('workbook.attendance.id'), type: 'text', width: 14 },
        { header: t('workbook.attendance.name'), type: 'text', width: 24 },
        { header: t('workbook.attendance.session'), type: 'text', width: 20 },
        { header: t('workbook.attendance.date'), type: 'date', width: 12 },
        { header: t('workbook.attendance.state'), type: 'text', width: 12 },
        { header: t('workbook.attendance.arrived'), type: 'time', width: 8 },
        { header: t('workbook.attendance.left'), type: 'time', width: 8 },
        { header: t('workbook.attendance.reason'), type: 'text', width: 24 },
        { header: t('workbook.attendance.by'), type: 'text', width: 16 },
        { header: t('workbook.attendance.at'), type: 'datetime', width: 20 },
      ],
      rows: marks.map(({ member, mark, session }) => [
        member.externalId,
        `${member.firstName} ${member.lastName}`.trim(),
        session?.title ?? '',
        session?.date ?? '',
        t(`workbook.attendanceStates.${mark.state}`),
        mark.arrived,
        mark.left,
        mark.reason,
        mark.by,
        mark.at,
      ]),
    },
  ]
}
