import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconRefresh, IconUsersGroup } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DrawView } from '../../../../shared/draws.ts'
import type { ChosenStatus } from '../../../../shared/people.ts'
import type { QuotaTable } from '../../../../shared/quotas.ts'
import { call } from '../../api.ts'
import { formatDateTime, formatNumber } from '../../format.ts'
import { notifyError } from '../../state/notify-error.ts'
import { CompositionTable } from './CompositionTable.tsx'
import { PanelTable } from './PanelTable.tsx'
import { WithdrawalModal } from './WithdrawalModal.tsx'
import { useRecordedBy } from '../people/use-recorded-by.ts'
import { holdsSeat, peopleById } from './people.ts'
import type { DrawData } from './use-draw-data.ts'

type Props = {
  data: DrawData
  latest: DrawView
  quotas: QuotaTable | null
  panelSize: number
  onChanged: () => void
  onReplace: () => void
}

/** Step 4: the panel, its composition against the quotas, the reserves, and the answers of those drawn. */
export function DrawResult({ data, latest, quotas, panelSize, onChanged, onReplace }: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<string | null>(null)
  const [withdrawing, setWithdrawing] = useState<string | null>(null)
  // The same author as in People: the name recorded on this computer.
  const [by] = useRecordedBy()
  const people = useMemo(() => peopleById(data.pool), [data.pool])
  const probabilities = useMemo(() => {
    const map = new Map<string, number>()
    for (const draw of data.draws) {
      if (draw.status !== 'completed') continue
      for (const id of draw.selected) {
        const p = draw.probabilities[id]
        if (p !== undefined) map.set(id, p)
      }
    }
    return map
  }, [data.draws])
  const panel = data.members.filter((m) => m.role === 'selected')
  const reserves = data.members.filter((m) => m.role === 'reserve')
  const held = panel.filter(holdsSeat)
  const open = Math.max(0, panelSize - held.length)
  const initialDraw = data.draws.find((d) => d.kind === 'initial' && d.status === 'completed')?.id ?? null

  async function setStatus(externalId: string, status: ChosenStatus, reason = '') {
    setBusy(externalId)
    try {
      await call('panel:setStatus', { externalId, status, reason, by })
      onChanged()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack gap="lg" data-testid="draw-result">
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {latest.kind === 'initial' ? t('draw.result.title') : t('draw.result.titleReplacement')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Stack gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('draw.result.seed')}
              </Text>
              <Text className="mono" fz={18} data-testid="draw-seed">
                {latest.seed}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('draw.result.drawnAt')}
              </Text>
              <Text>{latest.seededAt ? formatDateTime(latest.seededAt) : '—'}</Text>
            </Stack>
            {latest.ticket !== null && (
              <Stack gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('draw.result.ticket')}
                </Text>
                <Text fz={18} fw={650} data-testid="draw-ticket">
                  {t('draw.result.ticketOf', {
                    ticket: formatNumber(latest.ticket),
                    total: formatNumber(latest.lotterySize ?? 0),
                  })}
                </Text>
              </Stack>
            )}
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('draw.result.verifyHint')}
          </Text>
        </Stack>
      </Card>

      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t('draw.result.panel', { count: held.length, size: panelSize })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('draw.result.statusHint')}
            </Text>
          </Stack>
        </Group>
        {open > 0 && (
          <Alert
            color="orange"
            icon={<IconUsersGroup size={20} />}
            title={t('draw.result.openSeats', { count: open })}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('draw.result.openSeatsText')}</Text>
              <Button leftSection={<IconRefresh size={18} />} onClick={onReplace}>
                {t('draw.result.replace', { count: open })}
              </Button>
            </Stack>
          </Alert>
        )}
        <PanelTable
          members={panel}
          people={people}
          pool={data.pool}
          probabilities={probabilities}
          initialDraw={initialDraw}
          busy={busy}
          onStatus={(id, status) => {
            if (status === 'withdrawn') setWithdrawing(id)
            else void setStatus(id, status)
          }}
        />
        <WithdrawalModal
          name={withdrawing === null ? null : people.get(withdrawing)?.name || withdrawing}
          onCancel={() => setWithdrawing(null)}
          onConfirm={(reason) => {
            if (withdrawing !== null) void setStatus(withdrawing, 'withdrawn', reason)
            setWithdrawing(null)
          }}
        />
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('draw.result.composition')}
        </Title>
        <CompositionTable
          held={held.flatMap((m) => people.get(m.externalId) ?? [])}
          pool={data.pool}
          quotas={quotas}
        />
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('draw.result.reserves', { count: reserves.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('draw.result.reservesHint')}
        </Text>
        {reserves.length === 0 ? (
          <Text size="sm">{t('draw.result.noReserves')}</Text>
        ) : (
          <List
            type="ordered"
            spacing={4}
            aria-label={t('draw.result.reserveList')}
            data-testid="reserve-list"
          >
            {reserves.map((m) => {
              const person = people.get(m.externalId)
              return (
                <List.Item key={m.externalId}>
                  <Text span className="mono" size="sm">
                    {m.externalId}
                  </Text>{' '}
                  <Text span fw={500}>
                    {person?.name}
                  </Text>{' '}
                  <Text span size="sm" c="dimmed">
                    {person?.values.join(' · ')}
                  </Text>
                </List.Item>
              )
            })}
          </List>
        )}
      </Stack>
    </Stack>
  )
}
