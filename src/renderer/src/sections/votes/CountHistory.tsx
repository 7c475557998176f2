import { Badge, Table, Text, Tooltip } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountView } from '../../../../shared/votes.ts'
import { useDateTime, useWholeNumber } from './use-formatters.ts'

const colors = { entering: 'yellow', final: 'teal', superseded: 'gray' } as const

/** Every count of the ballot: the first, and each recount with its reason, time and fingerprint. */
export const CountHistory = memo(function CountHistory({ counts }: { counts: CountView[] }) {
  const { t } = useTranslation()
  const formatDateTime = useDateTime()
  const formatNumber = useWholeNumber()
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} aria-label={t('votes.history.title')} data-testid="count-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('votes.history.columns.no')}</Table.Th>
            <Table.Th>{t('votes.history.columns.status')}</Table.Th>
            <Table.Th>{t('votes.history.columns.started')}</Table.Th>
            <Table.Th>{t('votes.history.columns.finalised')}</Table.Th>
            <Table.Th ta="right">{t('votes.history.columns.cast')}</Table.Th>
            <Table.Th>{t('votes.history.columns.reason')}</Table.Th>
            <Table.Th>{t('votes.history.columns.hash')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...counts].reverse().map((c) => (
            <Table.Tr key={c.countNo}>
              <Table.Td>{c.countNo}</Table.Td>
              <Table.Td>
                <Badge color={colors[c.status]} variant="light" tt="none">
                  {t(`votes.history.statuses.${c.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(c.startedAt)}</Table.Td>
              <Table.Td>{c.finalisedAt ? formatDateTime(c.finalisedAt) : '—'}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.cast)}</Table.Td>
              <Table.Td>
                <Text size="sm">{c.reason || '—'}</Text>
              </Table.Td>
              <Table.Td>
                {c.resultHash ? (
                  <Tooltip label={c.resultHash}>
                    <Text size="sm" className="mono">
                      {c.resultHash.slice(0, 16)}…
                    </Text>
                  </Tooltip>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}, sameHistory)

/** The history redraws only when a count starts, ends or changes size, not on every keystroke's result. */
function sameHistory(before: { counts: CountView[] }, after: { counts: CountView[] }): boolean {
  return (
    before.counts.length === after.counts.length &&
    before.counts.every((c, i) => {
      const d = after.counts[i]
      return (
        d !== undefined &&
        c.countNo === d.countNo &&
        c.status === d.status &&
        c.finalisedAt === d.finalisedAt &&
        c.cast === d.cast &&
        c.resultHash === d.resultHash &&
        c.reason === d.reason
      )
    })
  )
}
