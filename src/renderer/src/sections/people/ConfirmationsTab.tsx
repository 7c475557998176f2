import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconTicket } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConfirmationDashboard } from '../../../../shared/contacts.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = { version: number; onReplacementDraw: () => void }

/** Confirmed, pending and withdrawn per category value against the quotas; one click to the replacement draw. */
export function ConfirmationsTab({ version, onReplacementDraw }: Props) {
  const { t } = useTranslation()
  const [board, setBoard] = useState<ConfirmationDashboard | null>(null)
  useEffect(() => {
    call('contacts:confirmations', undefined).then(setBoard, notifyError)
  }, [version])
  if (!board) return null
  const categories = [...new Set(board.rows.map((r) => r.category))]

  return (
    <Stack gap="md">
      <Text c="dimmed" maw={820}>
        {t('peopleContact.confirmations.intro')}
      </Text>
      <Group gap="xl" data-testid="confirmation-totals">
        <Text fw={600}>
          {t('peopleContact.confirmations.totalConfirmed', { count: board.confirmed, size: board.panelSize })}
        </Text>
        <Text>{t('peopleContact.confirmations.totalPending', { count: board.pending })}</Text>
        <Text>{t('peopleContact.confirmations.totalWithdrawn', { count: board.withdrawn })}</Text>
      </Group>
      {board.openSeats > 0 ? (
        <Alert color="orange" data-testid="open-seats">
          <Stack gap="xs" align="flex-start">
            <Text>{t('peopleContact.confirmations.open', { count: board.openSeats })}</Text>
            {board.canReplace ? (
              <Button leftSection={<IconTicket size={16} />} onClick={onReplacementDraw}>
                {t('peopleContact.confirmations.replace', { count: board.openSeats })}
              </Button>
            ) : (
              <Text size="sm">{t('peopleContact.confirmations.drawWaiting')}</Text>
            )}
          </Stack>
        </Alert>
      ) : (
        <Alert color="teal" data-testid="open-seats">
          {t('peopleContact.confirmations.allHeld')}
        </Alert>
      )}
      {categories.length === 0 && <Text c="dimmed">{t('peopleContact.confirmations.noCategories')}</Text>}
      {categories.length > 0 && (
        <Table striped aria-label={t('peopleContact.confirmations.label')} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('peopleContact.confirmations.value')}</Table.Th>
              <Table.Th ta="right">{t('peopleContact.confirmations.quota')}</Table.Th>
              <Table.Th ta="right">{t('peopleContact.confirmations.confirmed')}</Table.Th>
              <Table.Th ta="right">{t('peopleContact.confirmations.pending')}</Table.Th>
              <Table.Th ta="right">{t('peopleContact.confirmations.withdrawn')}</Table.Th>
              <Table.Th>{t('peopleContact.confirmations.gap')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.map((category) => [
              <Table.Tr key={category}>
                <Table.Td colSpan={6} fw={700}>
                  {category}
                </Table.Td>
              </Table.Tr>,
              ...board.rows
                .filter((r) => r.category === category)
                .map((r) => (
                  <Table.Tr key={`${category}\u0000${r.value}`}>
                    <Table.Td pl="lg">{r.value}</Table.Td>
                    <Table.Td ta="right">
                      {r.min === r.max ? r.min : `${String(r.min)}–${String(r.max)}`}
                    </Table.Td>
                    <Table.Td ta="right">{r.confirmed}</Table.Td>
                    <Table.Td ta="right">{r.pending}</Table.Td>
                    <Table.Td ta="right">{r.withdrawn}</Table.Td>
                    <Table.Td>
                      {r.short > 0 && (
                        <Text span c="red.8" fw={600}>
                          {t('peopleContact.confirmations.short', { count: r.short })}
                        </Text>
                      )}
                      {r.over > 0 && (
                        <Text span c="orange.8" fw={600}>
                          {t('peopleContact.confirmations.over', { count: r.over })}
                        </Text>
                      )}
                      {r.short === 0 && r.over === 0 && (
                        <Text span c="dimmed">
                          {t('peopleContact.confirmations.met')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )),
            ])}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
