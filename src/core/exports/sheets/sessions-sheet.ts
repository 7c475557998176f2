import { readAllAttendance } from '../../people/people-repo.ts'
import { readBlocks, readSessions } from '../../sessions/sessions-repo.ts'
import type { SheetModule } from '../workbook-sheet.ts'

/** The sessions in date order: times, venue, mode, phases, blocks and how many members came. */
export const sessionsSheet: SheetModule = (sqlite, t) => {
  const sessions = readSessions(sqlite)
  const blocks = readBlocks(sqlite)
  const came = new Map<number, number>()
  for (const marks of readAllAttendance(sqlite).values())
    for (const mark of marks)
      if (mark.state !== 'absent') came.set(mark.sessionId, (came.get(mark.sessionId) ?? 0) + 1)
  return [
    {
      name: t('workbook.sessions.sheet'),
      columns: [
        { header: t('workbook.sessions.id'), type: 'integer', width: 6 },
        { header: t('workbook.sessions.title'), type: 'text', width: 24 },
        { header: t('workbook.sessions.date'), type: 'date', width: 12 },
        { header: t('workbook.sessions.start'), type: 'time', width: 8 },
        { header: t('workbook.sessions.end'), type: 'time', width: 8 },
        { header: t('workbook.sessions.hours'), type: 'number', width: 8 },
        { header: t('workbook.sessions.venue'), type: 'text', width: 24 },
        { header: t('workbook.sessions.mode'), type: 'text', width: 12 },
        { header: t('workbook.sessions.phases'), type: 'text', width: 24 },
        { header: t('workbook.sessions.blocks'), type: 'integer', width: 8 },
        { header: t('workbook.sessions.attended'), type: 'integer', width: 10 },
      ],
      rows: sessions.map((s) => [
        s.id,
        s.title,
        s.date,
        s.start,
        s.end,
        (s.end - s.start) / 60,
        s.venue,
        t(`workbook.modes.${s.mode}`),
        s.phases.map((p) => t(`workbook.phases.${p}`)).join(', '),
        blocks.filter((b) => b.sessionId === s.id).length,
        came.get(s.id) ?? 0,
      ]),
    },
  ]
}
