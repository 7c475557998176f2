import { Alert, Button, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconHistory, IconScale, IconTicket } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DrawCeremony } from './draw/DrawCeremony.tsx'
import { DrawHistory } from './draw/DrawHistory.tsx'
import { QuotasEditor } from './draw/QuotasEditor.tsx'
import { useDrawData } from './draw/use-draw-data.ts'
import { useQuotas } from './draw/use-quotas.ts'

type Tab = 'quotas' | 'draw' | 'history'

/** Quotas and the draw: the targets per category, then the public, verifiable lottery and replacements. */
type Props = { startReplacement?: boolean }

export function QuotasSection({ startReplacement = false }: Props) {
  const { t } = useTranslation()
  const quotas = useQuotas()
  const draws = useDrawData()
  const [chosen, setChosen] = useState<Tab | null>(startReplacement ? 'draw' : null)

  const error = quotas.loadError ?? draws.error
  if (error) {
    return (
      <Alert color="red" title={t('errors.title')} maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{error}</Text>
          <Button
            size="xs"
            variant="light"
            color="red"
            onClick={() => {
              quotas.load()
              draws.reload()
            }}
          >
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    )
  }
  if (!quotas.table || !draws.data) return <Loader />
  const tab: Tab = chosen ?? (draws.data.draws.length > 0 ? 'draw' : 'quotas')

  return (
    <Stack gap="md" maw={1180} pb="xl" data-testid="quotas-section">
      <Stack gap={4}>
        <Title order={2}>{t('quotas.title')}</Title>
        <Text c="dimmed" maw={820}>
          {t('quotas.intro')}
        </Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(next) => {
          setChosen(next === 'draw' || next === 'history' ? next : 'quotas')
          // The draw tab shows the quotas as saved (and locked) by now.
          if (next !== 'quotas') {
            void quotas.flush().then(quotas.load)
            draws.reload()
          }
        }}
        keepMounted={false}
      >
        <Tabs.List className="no-print">
          <Tabs.Tab value="quotas" leftSection={<IconScale size={16} />}>
            {t('quotas.tabs.quotas')}
          </Tabs.Tab>
          <Tabs.Tab value="draw" leftSection={<IconTicket size={16} />}>
            {t('quotas.tabs.draw')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            {t('quotas.tabs.history', { count: draws.data.draws.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="quotas" pt="lg">
          <QuotasEditor quotas={quotas} />
        </Tabs.Panel>
        <Tabs.Panel value="draw" pt="lg">
          <DrawCeremony
            startReplacement={startReplacement}
            data={draws.data}
            quotas={quotas.table}
            onChanged={() => {
              draws.reload()
              quotas.load()
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="lg">
          <DrawHistory draws={draws.data.draws} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
