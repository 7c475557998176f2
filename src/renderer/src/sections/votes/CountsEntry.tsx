import { Card, Group, Stack, Text } from '@mantine/core'
import { memo, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView, CountView } from '../../../../shared/votes.ts'
import { SaveIndicator } from '../../components/SaveIndicator.tsx'
import { countColumns } from './count-columns.ts'
import { CountsGrid } from './CountsGrid.tsx'
import { DeclaredTotal } from './DeclaredTotal.tsx'
import { PresentPanel } from './PresentPanel.tsx'
import { useDefaultPresent } from './use-default-present.ts'
import { BallotResult } from './results/BallotResult.tsx'
import { useCountTables } from './use-count-tables.ts'

/** The result redraws only when the app answers with a new count, not on each keystroke. */
const LiveResult = memo(BallotResult)

type Props = {
  ballot: BallotView
  count: CountView
  members: number | null
  onCount: (count: CountView) => void
}

/** Counts per table (show of hands, or piles of paper): subtotals, the total, and the live result. */
export function CountsEntry({ ballot, count, members, onCount }: Props) {
  const { t } = useTranslation()
  const tableLabel = useCallback((n: number) => t('votes.counts.defaultTable', { n }), [t])
  const entry = useCountTables(ballot.id, ballot.spec, count, tableLabel, onCount)
  const { draft } = entry
  const columns = useMemo(
    () =>
      countColumns(ballot.spec, {
        abstain: t(ballot.spec.kind === 'scale' ? 'votes.counts.noOpinion' : 'votes.counts.abstain'),
        blank: t('votes.counts.blank'),
        spoiled: t('votes.counts.spoiled'),
        ballots: t('votes.counts.ballots'),
      }),
    [ballot.spec, t],
  )
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
      <Group justify="space-between" align="flex-end">
        <Text fw={650}>{t('votes.counts.title')}</Text>
        <SaveIndicator status={entry.status} />
      </Group>
      <CountsGrid
        columns={columns}
        tables={draft.tables}
        onCell={entry.setCell}
        onLabel={entry.setLabel}
        onAdd={entry.addTable}
        onRemove={entry.removeTable}
      />
      <DeclaredTotal declared={draft.declaredTotal} cast={count.cast} onChange={entry.setDeclaredTotal} />
      <Stack gap={6}>
        <Text fw={650}>{t('votes.result.live')}</Text>
        <LiveResult ballot={ballot} count={count} />
      </Stack>
    </Stack>
  )
}
