import { Card, Code, Table, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntryView } from '../../../../shared/contract.ts'
import { formatDateTime } from '../../format.ts'
import { auditDetails } from './audit-details.ts'

const knownKinds = [
  'assembly_created',
  'profile_locked',
  'pool_imported',
  'pool_person-added',
  'quotas_locked',
  'draw_committed',
  'draw_completed',
  'draw_discarded',
  'panel_status',
  'votes_recommendation_created',
  'votes_recommendation_version',
  'votes_recommendation_status',
  'votes_recommendation_minority',
  'votes_ballot_created',
  'votes_ballot_deleted',
  'votes_count_final',
  'votes_count_recount',
  'tables_rule',
  'tables_planned',
  'tables_reseated',
  'tables_moved',
] as const

/** The entries of the audit log, newest last, as they were chained. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t } = useTranslation()
  const kindText = (kind: string) => {
    const key = knownKinds.find((k) => k === kind.replace(/\./g, '_'))
    return key ? t(`audit.kinds.${key}`) : kind
  }
  if (entries.length === 0) return <Text c="dimmed">{t('audit.empty')}</Text>
  return (
    <Card withBorder radius="md" padding={0}>
      <Table
        verticalSpacing="sm"
        horizontalSpacing="lg"
        striped
        highlightOnHover
        aria-label={t('audit.title')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('audit.columns.seq')}</Table.Th>
            <Table.Th>{t('audit.columns.at')}</Table.Th>
            <Table.Th>{t('audit.columns.kind')}</Table.Th>
            <Table.Th>{t('audit.columns.details')}</Table.Th>
            <Table.Th>{t('audit.columns.hash')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>{entry.seq}</Table.Td>
              <Table.Td>{formatDateTime(entry.at)}</Table.Td>
              <Table.Td fw={500}>{kindText(entry.kind)}</Table.Td>
              <Table.Td c="dimmed" fz="sm" maw={420} style={{ overflowWrap: 'anywhere' }}>
                {auditDetails(t, entry.kind, entry.payload)}
              </Table.Td>
              <Table.Td>
                <Tooltip label={entry.hash} withArrow multiline maw={360} style={{ wordBreak: 'break-all' }}>
                  <Code fz="sm">{entry.hash.slice(0, 12)}…</Code>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}
