import {
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core'
import { IconPrinter, IconStarFilled } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PriorityView, ToCallList } from '../../../../shared/contacts.ts'
import { call } from '../../api.ts'
import { formatShare } from '../../format.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { localDay } from './local-day.ts'
import { SavePdfModal } from './SavePdfModal.tsx'

type Props = { assemblyName: string; onOpen: (externalId: string) => void; version: number }

const valueKey = (v: { category: string; value: string }) => `${v.category}\u0000${v.value}`

/** Whom to call on a day, the groups called first, and the printable call sheet. */
export function ToCallTab({ assemblyName, onOpen, version }: Props) {
  const { t } = useTranslation()
  const [day, setDay] = useState(localDay)
  const [list, setList] = useState<ToCallList | null>(null)
  const [priority, setPriority] = useState<PriorityView | null>(null)
  const [printing, setPrinting] = useState(false)
  const load = useCallback(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return
    Promise.all([call('contacts:toCall', { today: day }), call('contacts:priority', undefined)]).then(
      ([l, p]) => {
        setList(l)
        setPriority(p)
      },
      notifyError,
    )
  }, [day])
  useEffect(load, [load, version])

  async function mark(keys: string[]) {
    if (!priority) return
    try {
      const values = priority.values
        .filter((v) => keys.includes(valueKey(v)))
        .map((v) => ({ category: v.category, value: v.value }))
      setPriority(await call('contacts:setPriority', { values }))
      notify({ kind: 'success', message: t('peopleContact.priority.saved') })
      load()
    } catch (error) {
      notifyError(error)
    }
  }

  const flaggedByData = priority?.values.filter((v) => v.flagged && !v.marked) ?? []
  return (
    <Stack gap="md">
      <Text c="dimmed" maw={820}>
        {t('peopleContact.toCall.intro')}
      </Text>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('peopleContact.toCall.day')}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
          {list && (
            <Text fw={600} data-testid="to-call-count">
              {t('peopleContact.toCall.count', { count: list.entries.length })}
            </Text>
          )}
        </Group>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setPrinting(true)}>
          {t('peopleContact.toCall.print')}
        </Button>
      </Group>
      {priority && (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Text fw={600}>{t('peopleContact.priority.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('peopleContact.priority.intro', {
                rate: formatShare(priority.drawn === 0 ? 0 : priority.droppedOut / priority.drawn),
              })}
            </Text>
            <MultiSelect
              label={t('peopleContact.priority.marked')}
              placeholder={t('peopleContact.priority.placeholder')}
              data={priority.values.map((v) => ({ value: valueKey(v), label: `${v.category}: ${v.value}` }))}
              value={priority.values.filter((v) => v.marked).map(valueKey)}
              onChange={(keys) => void mark(keys)}
              searchable
              clearable
            />
            <Text size="sm" fw={500}>
              {t('peopleContact.priority.flagged')}
            </Text>
            {flaggedByData.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('peopleContact.priority.noneFlagged')}
              </Text>
            ) : (
              <Group gap="xs" data-testid="flagged-values">
                {flaggedByData.map((v) => (
                  <Badge key={valueKey(v)} color="orange" variant="light">
                    {t('peopleContact.priority.value', {
                      category: v.category,
                      value: v.value,
                      out: v.droppedOut,
                      drawn: v.drawn,
                    })}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        </Card>
      )}
      {list && list.entries.length === 0 && <Text c="dimmed">{t('peopleContact.toCall.nobody')}</Text>}
      {list && list.entries.length > 0 && (
        <Table striped aria-label={t('peopleContact.toCall.label')} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('peopleContact.toCall.person')}</Table.Th>
              <Table.Th>{t('peopleContact.toCall.reach')}</Table.Th>
              <Table.Th>{t('peopleContact.toCall.status')}</Table.Th>
              <Table.Th>{t('peopleContact.toCall.last')}</Table.Th>
              <Table.Th>{t('peopleContact.toCall.due')}</Table.Th>
              <Table.Th>{t('peopleContact.toCall.staff')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.entries.map((e) => (
              <Table.Tr key={e.externalId} data-priority={e.priority.length > 0 ? 'yes' : 'no'}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {e.priority.length > 0 && (
                      <IconStarFilled
                        size={14}
                        color="var(--mantine-color-orange-7)"
                        aria-label={e.priority.map((p) => `${p.category}: ${p.value}`).join(', ')}
                      />
                    )}
                    <UnstyledButton
                      fw={600}
                      c="blue.8"
                      onClick={() => onOpen(e.externalId)}
                      aria-label={t('peopleContact.toCall.open', { name: e.name })}
                    >
                      {e.name}
                    </UnstyledButton>
                  </Group>
                  <Text size="xs" c="dimmed" className="mono">
                    {e.externalId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.phone || '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {e.email}
                    {e.channel && ` · ${t(`peopleSection.channels.${e.channel}`)}`}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`peopleSection.statuses.${e.status}`)}</Table.Td>
                <Table.Td>
                  {e.last
                    ? t('peopleContact.toCall.lastAttempt', {
                        date: e.last.date,
                        channel: t(`peopleSection.channels.${e.last.channel}`),
                        outcome: t(`peopleContact.outcomes.${e.last.outcome}`),
                      })
                    : t('peopleContact.toCall.never')}
                </Table.Td>
                <Table.Td>
                  {e.due && (
                    <Text size="sm" c={e.due < list.today ? 'red.8' : 'inherit'}>
                      {e.due}
                      {e.due < list.today && ` (${t('peopleContact.toCall.overdue')})`}
                    </Text>
                  )}
                  <Text size="xs">{e.nextAction}</Text>
                </Table.Td>
                <Table.Td>{e.staffContact || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SavePdfModal
        opened={printing}
        title={t('peopleContact.toCall.printTitle')}
        name={t('peopleContact.toCall.file', { date: day, name: assemblyName })}
        write={(file) => call('contacts:callSheetPdf', { today: day, file })}
        onClose={() => setPrinting(false)}
      />
    </Stack>
  )
}
