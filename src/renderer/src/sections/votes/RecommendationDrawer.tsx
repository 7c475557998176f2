import { Anchor, Button, Divider, Drawer, Group, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BallotView, RecommendationView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { BallotStateBadge, StatusBadge } from './badges.tsx'
import { ImportVectorButton } from './ImportVectorButton.tsx'
import { MinorityStatements } from './MinorityStatements.tsx'
import { RecommendationForm } from './RecommendationForm.tsx'
import { VersionHistory } from './VersionHistory.tsx'

type Props = {
  rec: RecommendationView | null
  ballots: BallotView[]
  themes: string[]
  onClose: () => void
  onChanged: (rec: RecommendationView) => void
  onNewBallot: (rec: RecommendationView) => void
  onOpenBallot: (ballotId: number) => void
  onImported: (ballot: BallotView) => void
}

/** One recommendation: its fields and versions, minority statements, and the ballots on it. */
export function RecommendationDrawer(props: Props) {
  const { rec, ballots, themes, onClose, onChanged, onNewBallot, onOpenBallot, onImported } = props
  const { t } = useTranslation()
  return (
    <Drawer
      opened={rec !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        rec && (
          <Group gap="sm">
            <Text fw={700} size="lg">
              {rec.code}
            </Text>
            <StatusBadge status={rec.status} />
            <Text c="dimmed" size="sm">
              {t('votes.register.versionShort', { version: rec.version })}
            </Text>
          </Group>
        )
      }
    >
      {rec && (
        <Stack gap="lg">
          <RecommendationForm
            key={`${rec.id}:${rec.version}:${rec.updatedAt}`}
            initial={{
              code: rec.code,
              theme: rec.theme,
              text: rec.text,
              draftingGroup: rec.draftingGroup,
              status: rec.status,
            }}
            themes={themes}
            submitLabel={t('votes.rec.save')}
            onSubmit={async (input) => {
              try {
                const saved = await call('recs:update', { ...input, id: rec.id })
                onChanged(saved)
                notify({
                  kind: 'success',
                  message:
                    saved.version > rec.version
                      ? t('votes.rec.savedVersion', { version: saved.version })
                      : t('votes.rec.saved'),
                })
              } catch (error) {
                notifyError(error)
              }
            }}
          />
          <VersionHistory versions={rec.versions} current={rec.version} />
          <Divider />
          <Stack gap="sm">
            <Group justify="space-between">
              <Text fw={650}>{t('votes.rec.ballots')}</Text>
              <Group gap="xs">
                <ImportVectorButton recommendationId={rec.id} onImported={onImported} />
                <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => onNewBallot(rec)}>
                  {t('votes.rec.newBallot')}
                </Button>
              </Group>
            </Group>
            {rec.ballotIds.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('votes.register.noBallot')}
              </Text>
            )}
            {ballots
              .filter((b) => rec.ballotIds.includes(b.id))
              .map((b) => (
                <Group key={b.id} gap="sm">
                  <BallotStateBadge ballot={b} />
                  <Anchor component="button" onClick={() => onOpenBallot(b.id)}>
                    {b.spec.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`votes.kinds.${b.spec.kind}.name`)}
                  </Text>
                </Group>
              ))}
          </Stack>
          <Divider />
          <MinorityStatements rec={rec} onChanged={onChanged} />
        </Stack>
      )}
    </Drawer>
  )
}
