import { Badge, NativeSelect, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PanelMemberView } from '../../../../shared/contract.ts'
import type { ChosenStatus } from '../../../../shared/people.ts'
import type { PoolTable } from '../../../../shared/pool.ts'
import { formatProbability } from '../../format.ts'
import type { Person } from './people.ts'

const colors: Record<string, string> = {
  selected: 'gray',
  confirmed: 'teal',
  declined: 'red',
  withdrawn: 'orange',
  contacted: 'blue',
  attended: 'teal',
  replaced: 'gray',
}

type Props = {
  members: PanelMemberView[]
  people: Map<string, Person>
  pool: PoolTable
  probabilities: Map<string, number>
  initialDraw: number | null
  busy: string | null
  onStatus: (externalId: string, status: ChosenStatus) => void
}

/** Everyone drawn for the panel: id, name, category values, their chance, and their answer. */
export function PanelTable({ members, people, pool, probabilities, initialDraw, busy, onStatus }: Props) {
  const { t } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={760 + 110 * pool.categories.length}>
      <Table striped verticalSpacing={6} aria-label={t('draw.result.panelTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('draw.result.columns.id')}</Table.Th>
            <Table.Th>{t('draw.result.columns.name')}</Table.Th>
            {pool.categories.map((c) => (
              <Table.Th key={c.id}>{c.name}</Table.Th>
            ))}
            <Table.Th ta="right">{t('draw.result.columns.chance')}</Table.Th>
            <Table.Th w={210}>{t('draw.result.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => {
            const person = people.get(m.externalId)
            const name = person?.name || m.externalId
            const chance = probabilities.get(m.externalId)
            return (
              <Table.Tr key={m.externalId} data-status={m.status}>
                <Table.Td className="mono" style={{ whiteSpace: 'nowrap' }}>
                  {m.externalId}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} span>
                    {name}
                  </Text>
                  {initialDraw !== null && m.drawId !== initialDraw && (
                    <Badge ml="xs" size="xs" variant="light" tt="none">
                      {t('draw.result.replacement')}
                    </Badge>
                  )}
                </Table.Td>
                {pool.categories.map((c, i) => (
                  <Table.Td key={c.id}>{person?.values[i] ?? '—'}</Table.Td>
                ))}
                <Table.Td ta="right">{chance === undefined ? '—' : formatProbability(chance)}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('draw.result.statusFor', { name })}
                    value={m.status}
                    disabled={busy === m.externalId}
                    data={[m.status, ...m.next].map((s) => ({
                      value: s,
                      label: t(`draw.result.statuses.${s}`),
                    }))}
                    onChange={(event) => {
                      const next = m.next.find((s) => s === event.currentTarget.value)
                      if (next) onStatus(m.externalId, next)
                    }}
                    leftSection={
                      <span
                        aria-hidden
                        style={{
                          width: 8,
                          height: 8,
                          borderRadius: 4,
                          background: `var(--mantine-color-${colors[m.status] ?? 'gray'}-6)`,
                        }}
                      />
                    }
                  />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
