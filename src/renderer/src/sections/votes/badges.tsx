import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BallotView, RecommendationStatus } from '../../../../shared/votes.ts'

const statusColors = { draft: 'gray', final: 'blue', adopted: 'teal', rejected: 'red' } as const

export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation()
  return (
    <Badge color={statusColors[status]} variant="light" tt="none">
      {t(`votes.statuses.${status}`)}
    </Badge>
  )
}

const outcomeColors = { passed: 'teal', failed: 'red', decided: 'blue' } as const

/** Where a ballot stands: waiting for an earlier one, open for entry, or its outcome. */
export function BallotStateBadge({ ballot }: { ballot: BallotView }) {
  const { t } = useTranslation()
  if (ballot.state === 'decided' && ballot.outcome)
    return (
      <Badge color={outcomeColors[ballot.outcome]} variant="filled" tt="none" style={{ flexShrink: 0 }}>
        {t(`votes.outcomes.${ballot.outcome}`)}
      </Badge>
    )
  return (
    <Badge
      color={ballot.state === 'waiting' ? 'gray' : 'yellow'}
      variant="light"
      tt="none"
      style={{ flexShrink: 0 }}
    >
      {t(`votes.states.${ballot.state}`)}
    </Badge>
  )
}
