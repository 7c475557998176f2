import { List, Stack, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { sayRecorded } from '../../../i18n/say.ts'
import type { BallotSpec } from '../../../../../shared/votes.ts'
import type { TieBreakRecord } from '../../../../../shared/tally-result.ts'
import { formatList } from './numbers.ts'

/** One recorded tie-break as a sentence: who was tied, for what, who was chosen, and how. */
export function tieBreakSentence(
  t: TFunction,
  record: TieBreakRecord,
  roundLabel: (round: number) => string,
): string {
  return t(record.kind === 'winner' ? 'results.ties.winner' : 'results.ties.loser', {
    round: roundLabel(record.round),
    among: formatList(record.among),
    chosen: record.chosen,
    how: sayRecorded(record.how),
  })
}

type Props = { records: TieBreakRecord[]; spec: BallotSpec; roundLabel: (round: number) => string }

/** How ties were decided, with the rule chosen for the ballot and any recorded seed. */
export function TieBreaks({ records, spec, roundLabel }: Props) {
  const { t } = useTranslation()
  const seed = spec.options.seed
  return (
    <Stack gap={6} data-testid="result-tie-breaks">
      <List size="sm" spacing={4}>
        {records.map((r, i) => (
          <List.Item key={i}>{tieBreakSentence(t, r, roundLabel)}</List.Item>
        ))}
      </List>
      {spec.tieBreak && (
        <Text size="sm" c="dimmed">
          {t('results.ties.rule', { rule: spec.tieBreak })}
        </Text>
      )}
      {seed && (
        <Text size="sm" c="dimmed">
          {t('results.ties.seed')} <span className="mono">{seed}</span>
        </Text>
      )}
    </Stack>
  )
}
