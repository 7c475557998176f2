import { Alert, NativeSelect, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AttendanceGrid, AttendanceState } from '../../../../shared/people.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'
import { clock } from '../sessions/clock.ts'

type Props = { grid: AttendanceGrid; by: string; onChanged: () => void }

/** Members × sessions after the day: present or absent per cell; late and early departures come with their times from the door. */
export function AttendanceTable({ grid, by, onChanged }: Props) {
  const { t } = useTranslation()
  if (grid.sessions.length === 0)
    return <Alert color="gray">{t('peopleSection.attendance.noSessions')}</Alert>

  async function mark(externalId: string, sessionId: number, value: string) {
    const state = value === '' ? null : (value as AttendanceState)
    try {
      await call('attendance:mark', { externalId, sessionId, state, by })
      onChanged()
    } catch (e) {
      notifyError(e)
    }
  }

  return (
    <Table.ScrollContainer minWidth={260 + 150 * grid.sessions.length}>
      <Table striped aria-label={t('peopleSection.attendance.label')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('peopleSection.attendance.member')}</Table.Th>
            {grid.sessions.map((s) => (
              <Table.Th key={s.id}>
                {s.title}
                <Text size="xs" c="dimmed">
                  {s.date} ·{' '}
                  {t('peopleSection.attendance.total', {
                    count: grid.members.filter((m) => {
                      const st = m.marks[s.id]?.state
                      return st !== undefined && st !== 'absent'
                    }).length,
                  })}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grid.members.map((m) => (
            <Table.Tr key={m.externalId} data-status={m.status}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {m.badgeName}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.externalId} · {t(`peopleSection.statuses.${m.status}`)}
                </Text>
              </Table.Td>
              {grid.sessions.map((s) => {
                const current = m.marks[s.id]
                const options: (AttendanceState | '')[] = ['', 'present', 'absent']
                if (current && !options.includes(current.state)) options.push(current.state)
                return (
                  <Table.Td key={s.id}>
                    <NativeSelect
                      size="xs"
                      aria-label={t('peopleSection.attendance.cell', { name: m.badgeName, session: s.title })}
                      value={current?.state ?? ''}
                      data={options.map((o) => ({
                        value: o,
                        label: t(`peopleSection.attendance.states.${o || 'none'}`),
                      }))}
                      onChange={(e) => void mark(m.externalId, s.id, e.currentTarget.value)}
                    />
                    {current?.state === 'late' && current.arrived !== null && (
                      <Text size="xs" c="orange.8">
                        {t('peopleSection.attendance.lateAt', { time: clock(current.arrived) })}
                      </Text>
                    )}
                    {current?.left != null && (
                      <Text size="xs" c="dimmed">
                        {t('peopleSection.attendance.leftAt', { time: clock(current.left) })}
                      </Text>
                    )}
                    {current?.state === 'absent' && current.reason !== '' && (
                      <Text size="xs" c="dimmed">
                        {current.reason}
                      </Text>
                    )}
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
