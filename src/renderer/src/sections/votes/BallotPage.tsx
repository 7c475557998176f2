import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconHourglass, IconPencil, IconPresentation } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { say } from '../../i18n/say.ts'
import type { BallotView, RecommendationView } from '../../../../shared/votes.ts'
import { BallotStateBadge } from './badges.tsx'
import { CountHistory } from './CountHistory.tsx'
import { CountsEntry } from './CountsEntry.tsx'
import { ExportVectorButton } from './ExportVectorButton.tsx'
import { FinaliseButton } from './FinaliseButton.tsx'
import { PapersEntry } from './PapersEntry.tsx'
import { ProjectionView } from './projection/ProjectionView.tsx'
import { RecountButton } from './RecountButton.tsx'
import { BallotResult } from './results/BallotResult.tsx'
import { currentCount, useBallot } from './use-ballot.ts'

type Props = {
  ballotId: number
  rec: RecommendationView | null
  members: number | null
  onBack: () => void
  onEdit: (ballot: BallotView) => void
  onChanged: (ballot: BallotView) => void
}

/** One ballot: who may vote, the entry (counts or papers), the result, finalising and the history. */
export function BallotPage({ ballotId, rec, members, onBack, onEdit, onChanged }: Props) {
  const { t } = useTranslation()
  const [projecting, setProjecting] = useState(false)
  const { ballot, error, reload, replace, setCount } = useBallot(ballotId, onChanged)
  if (error) return <Alert color="red">{error}</Alert>
  if (!ballot) return <Loader />
  const count = currentCount(ballot)
  const entering = count?.status === 'entering'
  const hasFinal = ballot.counts.some((c) => c.status === 'final')
  const spec = ballot.spec

  return (
    <Stack gap="lg" maw={1180} pb="xl" data-testid="ballot-page">
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconArrowLeft size={18} />} onClick={onBack}>
          {t('votes.back')}
        </Button>
        <Group gap="xs">
          {!hasFinal && (
            <Button variant="default" leftSection={<IconPencil size={18} />} onClick={() => onEdit(ballot)}>
              {t('votes.ballot.edit')}
            </Button>
          )}
          <ExportVectorButton ballot={ballot} />
          <Button
            variant="default"
            leftSection={<IconPresentation size={18} />}
            onClick={() => setProjecting(true)}
            disabled={!count}
          >
            {t('votes.ballot.project')}
          </Button>
        </Group>
      </Group>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={2}>{spec.title}</Title>
          <BallotStateBadge ballot={ballot} />
        </Group>
        <Text c="dimmed">
          {[
            rec ? rec.code : null,
            t(`votes.kinds.${spec.kind}.name`),
            t(`votes.methods.${spec.method}.name`),
            spec.seats > 1 ? t('votes.ballot.seats', { count: spec.seats }) : null,
            t(`votes.builder.entries.${spec.entry}.name`),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {rec && (
          <Text size="sm" maw={860} lineClamp={3}>
            {rec.text}
          </Text>
        )}
      </Stack>
      {ballot.state === 'waiting' && (
        <Alert color="gray" icon={<IconHourglass size={20} />} title={t('votes.ballot.waiting')}>
          {ballot.waitingFor && say(ballot.waitingFor)}
        </Alert>
      )}
      {count && entering && ballot.state !== 'waiting' && (
        <>
          {spec.entry === 'counts' ? (
            <CountsEntry
              key={count.countNo}
              ballot={ballot}
              count={count}
              members={members}
              onCount={setCount}
            />
          ) : (
            <PapersEntry
              key={count.countNo}
              ballot={ballot}
              count={count}
              members={members}
              onCount={setCount}
              onReload={reload}
            />
          )}
          <FinaliseButton ballot={ballot} onFinalised={replace} />
        </>
      )}
      {count && !entering && (
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={3}>{t('votes.result.title')}</Title>
            <RecountButton ballot={ballot} onStarted={replace} />
          </Group>
          <BallotResult ballot={ballot} count={count} />
        </Stack>
      )}
      {projecting && count && (
        <ProjectionView
          ballot={ballot}
          count={count}
          {...(rec ? { code: rec.code } : {})}
          onClose={() => setProjecting(false)}
        />
      )}
      {ballot.counts.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('votes.history.title')}</Title>
          <CountHistory counts={ballot.counts} />
        </Stack>
      )}
    </Stack>
  )
}
