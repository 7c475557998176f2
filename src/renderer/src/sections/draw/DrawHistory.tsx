import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DrawView } from '../../../../shared/draws.ts'
import { formatDateTime, formatProbability } from '../../format.ts'

/** The runtime status of a draw (a discarded draw stays in the list, for the record). */
function statusOf(draw: DrawView): 'committed' | 'completed' | 'discarded' {
  const status: string = draw.status
  return status === 'committed' || status === 'completed' ? status : 'discarded'
}
const colors = { committed: 'blue', completed: 'teal', discarded: 'gray' } as const

/** Every draw so far, in order: the first draw, replacements, and discarded preparations. */
export function DrawHistory({ draws }: { draws: DrawView[] }) {
  const { t } = useTranslation()
  if (draws.length === 0) return <Text c="dimmed">{t('draw.history.empty')}</Text>
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} aria-label={t('draw.history.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('draw.history.columns.id')}</Table.Th>
            <Table.Th>{t('draw.history.columns.kind')}</Table.Th>
            <Table.Th>{t('draw.history.columns.algorithm')}</Table.Th>
            <Table.Th ta="right">{t('draw.history.columns.seats')}</Table.Th>
            <Table.Th ta="right">{t('draw.history.columns.min')}</Table.Th>
            <Table.Th>{t('draw.history.columns.committed')}</Table.Th>
            <Table.Th>{t('draw.history.columns.seed')}</Table.Th>
            <Table.Th>{t('draw.history.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...draws].reverse().map((draw) => {
            const status = statusOf(draw)
            return (
              <Table.Tr key={draw.id}>
                <Table.Td>{draw.id}</Table.Td>
                <Table.Td>{t(`draw.history.kinds.${draw.kind}`)}</Table.Td>
                <Table.Td>{t(`draw.algorithms.${draw.algorithm}.name`)}</Table.Td>
                <Table.Td ta="right">{draw.panelSize}</Table.Td>
                <Table.Td ta="right">
                  {draw.stats ? formatProbability(draw.stats.minProbability) : '—'}
                </Table.Td>
                <Table.Td>{formatDateTime(draw.committedAt)}</Table.Td>
                <Table.Td className="mono">{draw.seed ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge color={colors[status]} variant="light" tt="none">
                    {t(`draw.history.statuses.${status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
