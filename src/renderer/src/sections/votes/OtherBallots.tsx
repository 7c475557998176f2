import { Anchor, Button, Group, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../shared/votes.ts'
import { BallotStateBadge } from './badges.tsx'
import { ImportVectorButton } from './ImportVectorButton.tsx'

type Props = {
  ballots: BallotView[]
  onOpen: (ballotId: number) => void
  onCreate: () => void
  onImported: (ballot: BallotView) => void
}

/** Ballots that are not on a recommendation: electing spokespeople, choosing a date, ranking options. */
export function OtherBallots({ ballots, onOpen, onCreate, onImported }: Props) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Stack gap={0}>
          <Text fw={650} size="lg">
            {t('votes.other.title')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('votes.other.text')}
          </Text>
        </Stack>
        <Group gap="xs">
          <ImportVectorButton recommendationId={null} onImported={onImported} />
          <Button size="xs" variant="light" leftSection={<IconPlus size={16} />} onClick={onCreate}>
            {t('votes.other.create')}
          </Button>
        </Group>
      </Group>
      {ballots.map((b) => (
        <Group key={b.id} gap="sm">
          <BallotStateBadge ballot={b} />
          <Anchor component="button" onClick={() => onOpen(b.id)}>
            {b.spec.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t(`votes.kinds.${b.spec.kind}.name`)}
          </Text>
        </Group>
      ))}
    </Stack>
  )
}
