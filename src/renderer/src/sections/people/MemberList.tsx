import { Group, NativeSelect, Table, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { indexForSearch, searchPeople } from '../../../../shared/check-in-search.ts'
import { memberStatuses, type MemberSummary } from '../../../../shared/people.ts'

type Props = { members: MemberSummary[]; onOpen: (externalId: string) => void }

/** Everyone drawn with their status, filtered by status and found by name. */
export function MemberList({ members, onOpen }: Props) {
  const { t } = useTranslation()
  const [status, setStatus] = useState('')
  const [query, setQuery] = useState('')
  const index = useMemo(() => indexForSearch(members), [members])
  const shown = useMemo(() => {
    const found = query.trim() === '' ? members : searchPeople(index, query, members.length)
    return status === '' ? found : found.filter((m) => m.status === status)
  }, [members, index, query, status])
  const counts = new Map<string, number>()
  for (const m of members) counts.set(m.status, (counts.get(m.status) ?? 0) + 1)

  return (
    <>
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={t('peopleSection.list.filter')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: '', label: t('peopleSection.list.all', { count: members.length }) },
            ...memberStatuses
              .filter((s) => counts.has(s))
              .map((s) => ({
                value: s,
                label: `${t(`peopleSection.statuses.${s}`)} (${String(counts.get(s) ?? 0)})`,
              })),
          ]}
        />
        <TextInput
          label={t('peopleSection.list.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      </Group>
      <Table striped highlightOnHover aria-label={t('peopleSection.list.label')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('peopleSection.list.id')}</Table.Th>
            <Table.Th>{t('peopleSection.list.name')}</Table.Th>
            <Table.Th>{t('peopleSection.list.badge')}</Table.Th>
            <Table.Th>{t('peopleSection.list.status')}</Table.Th>
            <Table.Th>{t('peopleSection.list.channel')}</Table.Th>
            <Table.Th>{t('peopleSection.list.staff')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((m) => {
            const name = `${m.firstName} ${m.lastName}`.trim() || m.externalId
            return (
              <Table.Tr key={m.externalId} data-status={m.status}>
                <Table.Td className="mono">{m.externalId}</Table.Td>
                <Table.Td>
                  <UnstyledButton
                    fw={600}
                    c="blue.8"
                    onClick={() => onOpen(m.externalId)}
                    aria-label={t('peopleSection.list.open', { name })}
                  >
                    {name}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{m.badgeName}</Table.Td>
                <Table.Td>
                  {t(`peopleSection.statuses.${m.status}`)}
                  {m.reserveRank !== null && ` #${String(m.reserveRank)}`}
                </Table.Td>
                <Table.Td>{m.channel ? t(`peopleSection.channels.${m.channel}`) : '—'}</Table.Td>
                <Table.Td>{m.staffContact || '—'}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {shown.length === 0 && <Text c="dimmed">{t('peopleSection.list.none')}</Text>}
    </>
  )
}
