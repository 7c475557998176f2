import { Badge, Card, Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SessionSummary } from '../../../../shared/sessions.ts'
import { formatDate } from '../../format.ts'
import { clock, hours } from './clock.ts'

/** The sessions in date order with their times, venue, phases and totals. */
export function SessionList({
  sessions,
  onOpen,
}: {
  sessions: readonly SessionSummary[]
  onOpen: (id: number) => void
}) {
  const { t } = useTranslation()
  if (sessions.length === 0)
    return (
      <Card withBorder radius="md" padding="lg">
        <Text c="dimmed">{t('sessionsSection.list.empty')}</Text>
      </Card>
    )
  return (
    <Table striped highlightOnHover aria-label={t('sessionsSection.list.label')} verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sessionsSection.list.date')}</Table.Th>
          <Table.Th>{t('sessionsSection.list.session')}</Table.Th>
          <Table.Th>{t('sessionsSection.list.time')}</Table.Th>
          <Table.Th>{t('sessionsSection.list.venue')}</Table.Th>
          <Table.Th>{t('sessionsSection.list.phases')}</Table.Th>
          <Table.Th ta="right">{t('sessionsSection.list.blocks')}</Table.Th>
          <Table.Th ta="right">{t('sessionsSection.list.hours')}</Table.Th>
          <Table.Th>{t('sessionsSection.list.checks')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sessions.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{formatDate(`${s.date}T12:00:00Z`)}</Table.Td>
            <Table.Td>
              <UnstyledButton
                onClick={() => onOpen(s.id)}
                aria-label={t('sessionsSection.list.open', { title: s.title })}
                fw={600}
                c="blue.8"
              >
                {s.title}
              </UnstyledButton>
              <Text size="xs" c="dimmed">
                {t(`sessionsSection.modes.${s.mode}`)}
              </Text>
            </Table.Td>
            <Table.Td className="mono">
              {clock(s.start)}–{clock(s.end)}
            </Table.Td>
            <Table.Td>{s.venue}</Table.Td>
            <Table.Td>{s.phases.map((p) => t(`sessionsSection.phases.${p}`)).join(' → ')}</Table.Td>
            <Table.Td ta="right">{s.blockCount}</Table.Td>
            <Table.Td ta="right">{hours(s.minutes)}</Table.Td>
            <Table.Td>
              {s.checkCount > 0 ? (
                <Badge color="orange" variant="light" tt="none">
                  {t('sessionsSection.list.checkCount', { count: s.checkCount })}
                </Badge>
              ) : (
                <Badge color="teal" variant="light" tt="none">
                  {t('sessionsSection.list.ok')}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
