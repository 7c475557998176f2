import { SimpleGrid, Table, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { QuotaTable } from '../../../../shared/quotas.ts'
import type { PoolTable } from '../../../../shared/pool.ts'
import type { Person } from './people.ts'

type Props = { held: Person[]; pool: PoolTable; quotas: QuotaTable | null }

/** The panel as it stands (people still holding a seat) per category, against the quotas. */
export function CompositionTable({ held, pool, quotas }: Props) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md">
      {pool.categories.map((category, i) => {
        const quota = quotas?.categories.find((c) => c.name === category.name)
        return (
          <Table
            key={category.id}
            style={{ alignSelf: 'start' }}
            withTableBorder
            verticalSpacing={4}
            aria-label={t('draw.result.compositionOf', { category: category.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{category.name}</Table.Th>
                <Table.Th ta="right">{t('draw.result.columns.onPanel')}</Table.Th>
                <Table.Th ta="right">{t('draw.result.columns.quota')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {category.values.map((value) => {
                const count = held.filter((p) => p.values[i] === value).length
                const q = quota?.values.find((v) => v.value === value)
                const within = !q || (count >= q.min && count <= q.max)
                return (
                  <Table.Tr key={value}>
                    <Table.Td>{value}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {count}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text span size="sm" c={within ? 'dimmed' : 'orange.8'}>
                        {q ? t('draw.result.range', { min: q.min, max: q.max }) : '—'}{' '}
                      </Text>
                      {within ? (
                        <IconCheck
                          size={14}
                          color="var(--mantine-color-teal-7)"
                          aria-label={t('draw.result.within')}
                        />
                      ) : (
                        <IconAlertTriangle
                          size={14}
                          color="var(--mantine-color-orange-7)"
                          aria-label={t('draw.result.outside')}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        )
      })}
    </SimpleGrid>
  )
}
