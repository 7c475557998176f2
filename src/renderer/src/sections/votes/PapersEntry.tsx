import { Card, Stack, Tabs, Text } from '@mantine/core'
import { IconArrowsDiff, IconUser } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView, CountView } from '../../../../shared/votes.ts'
import { PaperEntry } from './PaperEntry.tsx'
import { PresentPanel } from './PresentPanel.tsx'
import { useDefaultPresent } from './use-default-present.ts'
import { Reconciliation } from './Reconciliation.tsx'
import { BallotResult } from './results/BallotResult.tsx'

type Props = {
  ballot: BallotView
  count: CountView
  members: number | null
  onCount: (count: CountView) => void
  onReload: () => void
}

/** Paper ballots typed twice, by operator A and operator B, then the differences settled. */
export function PapersEntry({ ballot, count, members, onCount, onReload }: Props) {
  const { t } = useTranslation()
  const [tab, setTab] = useState<string | null>('A')

  useDefaultPresent(ballot.id, count, members, onCount)

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md">
        <PresentPanel
          ballotId={ballot.id}
          members={members}
          quorum={ballot.spec.quorum}
          count={count}
          onCount={onCount}
        />
      </Card>
      <Text size="sm" c="dimmed" maw={860}>
        {t('votes.papers.doubleEntry')}
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="A" leftSection={<IconUser size={16} />}>
            {t('votes.papers.operator', { operator: 'A', count: count.papers.a })}
          </Tabs.Tab>
          <Tabs.Tab value="B" leftSection={<IconUser size={16} />}>
            {t('votes.papers.operator', { operator: 'B', count: count.papers.b })}
          </Tabs.Tab>
          <Tabs.Tab value="reconcile" leftSection={<IconArrowsDiff size={16} />}>
            {t('votes.reconcile.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="A" pt="md">
          <PaperEntry ballot={ballot} operator="A" onCount={onCount} />
        </Tabs.Panel>
        <Tabs.Panel value="B" pt="md">
          <PaperEntry ballot={ballot} operator="B" onCount={onCount} />
        </Tabs.Panel>
        <Tabs.Panel value="reconcile" pt="md">
          <Reconciliation ballot={ballot} onChanged={onReload} />
        </Tabs.Panel>
      </Tabs>
      <Stack gap={6}>
        <Text fw={650}>{t('votes.result.live')}</Text>
        <BallotResult ballot={ballot} count={count} />
      </Stack>
    </Stack>
  )
}
