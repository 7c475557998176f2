import { Alert, Button, Divider, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView, RecommendationView } from '../../../shared/votes.ts'
import { call } from '../api.ts'
import { notifyError } from '../state/notify-error.ts'
import { BallotBuilder } from './votes/BallotBuilder.tsx'
import { BallotPage } from './votes/BallotPage.tsx'
import { OtherBallots } from './votes/OtherBallots.tsx'
import { RecommendationDrawer } from './votes/RecommendationDrawer.tsx'
import { RecommendationForm } from './votes/RecommendationForm.tsx'
import { RecommendationsRegister } from './votes/RecommendationsRegister.tsx'
import { useVotes } from './votes/use-votes.ts'

type View =
  | { page: 'register' }
  | { page: 'builder'; recommendationId: number | null; ballotId: number | null }
  | { page: 'ballot'; ballotId: number }

/** Votes: the recommendations register, the ballot builder, entry of counts and papers, and results. */
export function VotesSection() {
  const { t } = useTranslation()
  const votes = useVotes()
  const { putBallot, putRecommendation, reload } = votes
  const [view, setView] = useState<View>({ page: 'register' })
  const [openRec, setOpenRec] = useState<number | null>(null)
  const [creating, setCreating] = useState(false)

  const onBallotChanged = useCallback((ballot: BallotView) => putBallot(ballot), [putBallot])
  const openBallot = (ballotId: number) => {
    setOpenRec(null)
    setView({ page: 'ballot', ballotId })
  }
  const afterNewBallot = (ballot: BallotView) => {
    putBallot(ballot)
    reload()
    openBallot(ballot.id)
  }

  if (votes.error)
    return (
      <Alert color="red" title={t('errors.title')} maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{votes.error}</Text>
          <Button size="xs" variant="light" color="red" onClick={reload}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    )
  const data = votes.data
  if (!data) return <Loader />
  const recOf = (id: number | null) => data.recommendations.find((r) => r.id === id) ?? null
  const themes = [...new Set(data.recommendations.map((r) => r.theme).filter((x) => x !== ''))]

  if (view.page === 'builder') {
    const ballot = data.ballots.find((b) => b.id === view.ballotId) ?? null
    return (
      <BallotBuilder
        rec={recOf(view.recommendationId)}
        ballot={ballot}
        others={data.ballots}
        members={data.members}
        onSaved={(saved) => {
          afterNewBallot(saved)
        }}
        onCancel={() => setView(ballot ? { page: 'ballot', ballotId: ballot.id } : { page: 'register' })}
      />
    )
  }
  if (view.page === 'ballot') {
    const ballot = data.ballots.find((b) => b.id === view.ballotId)
    return (
      <BallotPage
        key={view.ballotId}
        ballotId={view.ballotId}
        rec={recOf(ballot?.recommendationId ?? null)}
        members={data.members}
        onBack={() => {
          reload()
          setView({ page: 'register' })
        }}
        onEdit={(b) => setView({ page: 'builder', recommendationId: b.recommendationId, ballotId: b.id })}
        onChanged={onBallotChanged}
      />
    )
  }

  const shownRec = recOf(openRec)
  return (
    <Stack gap="xl" maw={1180} pb="xl" data-testid="votes-section">
      <Stack gap={4}>
        <Title order={2}>{t('votes.title')}</Title>
        <Text c="dimmed" maw={820}>
          {t('votes.intro')}
        </Text>
      </Stack>
      <RecommendationsRegister
        recommendations={data.recommendations}
        ballots={data.ballots}
        onOpen={(rec) => setOpenRec(rec.id)}
        onOpenBallot={openBallot}
        onCreate={() => setCreating(true)}
      />
      <Divider />
      <OtherBallots
        ballots={data.ballots.filter((b) => b.recommendationId === null)}
        onOpen={openBallot}
        onCreate={() => setView({ page: 'builder', recommendationId: null, ballotId: null })}
        onImported={afterNewBallot}
      />
      <RecommendationDrawer
        rec={shownRec}
        ballots={data.ballots}
        themes={themes}
        onClose={() => setOpenRec(null)}
        onChanged={putRecommendation}
        onNewBallot={(rec: RecommendationView) => {
          setOpenRec(null)
          setView({ page: 'builder', recommendationId: rec.id, ballotId: null })
        }}
        onOpenBallot={openBallot}
        onImported={afterNewBallot}
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('votes.rec.createTitle')}
        size="xl"
        centered
      >
        <RecommendationForm
          initial={{ code: '', theme: '', text: '', draftingGroup: '', status: 'draft' }}
          themes={themes}
          submitLabel={t('votes.rec.create')}
          onCancel={() => setCreating(false)}
          onSubmit={async (input) => {
            try {
              const rec = await call('recs:create', input)
              putRecommendation(rec)
              setCreating(false)
            } catch (error) {
              notifyError(error)
            }
          }}
        />
      </Modal>
    </Stack>
  )
}
