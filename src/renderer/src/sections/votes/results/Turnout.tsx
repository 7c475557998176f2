import { Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BallotView, CountView } from '../../../../../shared/votes.ts'
import { formatPercent, formatVotes } from './numbers.ts'
import { tableTotals } from './result-model.ts'

/** Ballots cast against members present, blank and spoiled ballots, and the quorum. */
export function Turnout({ ballot, count }: { ballot: BallotView; count: CountView }) {
  const { t } = useTranslation()
  const quorum = ballot.spec.quorum
  const invalid = tableTotals(count)
  const share = count.present ? Math.round((1000 * count.cast) / count.present) / 10 : null
  return (
    <Stack gap={4} data-testid="result-turnout">
      <Text size="sm">
        {count.present !== null
          ? t('results.turnout.castOfPresent', {
              cast: formatVotes(count.cast),
              present: formatVotes(count.present),
              share: formatPercent(share ?? 0),
              count: count.cast,
            })
          : t('results.turnout.cast', { cast: formatVotes(count.cast), count: count.cast })}
      </Text>
      {(invalid.blank > 0 || invalid.spoiled > 0) && (
        <Text size="sm" c="dimmed">
          {t('results.turnout.invalid', {
            blank: formatVotes(invalid.blank),
            spoiled: formatVotes(invalid.spoiled),
          })}
        </Text>
      )}
      {quorum !== null && (
        <Group gap={6} wrap="nowrap">
          {count.quorumMet === false ? (
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
          ) : (
            <IconCheck size={16} color="var(--mantine-color-blue-7)" aria-hidden />
          )}
          <Text
            size="sm"
            fw={count.quorumMet === false ? 600 : 400}
            c={count.quorumMet === false ? 'orange.9' : 'inherit'}
          >
            {count.quorumMet === false
              ? t('results.turnout.quorumMissed', {
                  quorum: formatVotes(quorum),
                  present: formatVotes(count.present ?? 0),
                })
              : count.quorumMet === true
                ? t('results.turnout.quorumMet', { quorum: formatVotes(quorum) })
                : t('results.turnout.quorumUnknown', { quorum: formatVotes(quorum) })}
          </Text>
        </Group>
      )}
    </Stack>
  )
}
