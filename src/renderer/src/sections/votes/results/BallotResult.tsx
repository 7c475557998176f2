import { Card, Divider, List, Stack, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sayRecorded } from '../../../i18n/say.ts'
import type { BallotView, CountView } from '../../../../../shared/votes.ts'
import { formatDateTime } from '../../../format.ts'
import { CondorcetDetail } from './CondorcetDetail.tsx'
import { ScaleTable, ScoreTable } from './DetailTables.tsx'
import { headlineOf } from './headline.ts'
import { formatList } from './numbers.ts'
import { pageTheme } from './palette.ts'
import { ChoiceBars, JudgmentBars, ScaleBars, ScoreBars, StageBars } from './ResultCharts.tsx'
import { RankingList } from './RankingList.tsx'
import { ResultHeadline } from './ResultHeadline.tsx'
import { familyOf, orderedCandidates, stagesOf } from './result-model.ts'
import { RoundStepper } from './RoundStepper.tsx'
import { RoundsTable } from './RoundsTable.tsx'
import { TieBreaks } from './TieBreaks.tsx'
import { Turnout } from './Turnout.tsx'
import { useGradeProfiles } from './use-grade-profiles.ts'

type Props = { ballot: BallotView; count: CountView }

/** A count's result with the detail its method needs, in words a non-expert can read out. */
export function BallotResult({ ballot, count }: Props) {
  const { t } = useTranslation()
  const result = count.result
  const family = result ? familyOf(result, ballot.spec) : null
  const headline = headlineOf(t, ballot, count)
  const stages = useMemo(() => (result ? stagesOf(result) : []), [result])
  const order = useMemo(
    () => (result ? orderedCandidates(result, ballot.spec.candidates) : ballot.spec.candidates),
    [result, ballot.spec.candidates],
  )
  const [picked, setPicked] = useState<number | null>(null)
  const stageIndex = Math.min(picked ?? stages.length - 1, stages.length - 1)
  const profiles = useGradeProfiles(ballot, count, family === 'judgment')
  const roundLabel = (round: number) => {
    const at = stages.findIndex((s) => s.round === round)
    return String(at >= 0 ? at + 1 : round)
  }

  return (
    <Card withBorder radius="md" padding="lg" data-testid="ballot-result">
      <Stack gap="lg">
        <ResultHeadline headline={headline} />
        <Turnout ballot={ballot} count={count} />
        {result && family === 'choice' && (
          <ChoiceBars ballot={ballot} count={count} result={result} theme={pageTheme} />
        )}
        {result && family === 'scale' && (
          <Stack gap="md">
            <ScaleBars ballot={ballot} count={count} result={result} theme={pageTheme} />
            <ScaleTable ballot={ballot} result={result} />
          </Stack>
        )}
        {result && family === 'scores' && (
          <Stack gap="md">
            <ScoreBars ballot={ballot} count={count} result={result} theme={pageTheme} />
            {(result.means ?? result.medians) && <ScoreTable ballot={ballot} result={result} />}
            {result.ranking && result.ranking.some((g) => g.length > 1) && (
              <RankingList ranking={result.ranking} winners={result.winners} />
            )}
          </Stack>
        )}
        {result && family === 'judgment' && (
          <Stack gap="md">
            {profiles && (
              <JudgmentBars
                ballot={ballot}
                count={count}
                result={result}
                theme={pageTheme}
                profiles={profiles}
              />
            )}
            <Text size="sm" c="dimmed">
              {t('results.judgment.help')}
            </Text>
            <ScoreTable ballot={ballot} result={result} />
          </Stack>
        )}
        {result && family === 'rounds' && stages.length > 0 && (
          <Stack gap="md">
            <Title order={4}>{t('results.rounds.title')}</Title>
            <RoundStepper index={stageIndex} total={stages.length} onChange={setPicked} />
            <StageBars stages={stages} index={stageIndex} candidates={order} theme={pageTheme} />
            <RoundsTable stages={stages} candidates={order} thresholdOf={result.threshold_of} />
            {result.outcomes_compared && (
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {t('results.rounds.outcomesCompared')}
                </Text>
                <List size="sm">
                  {result.outcomes_compared.map((o) => (
                    <List.Item key={o.join('|')}>{formatList(o)}</List.Item>
                  ))}
                </List>
              </Stack>
            )}
          </Stack>
        )}
        {result && family === 'condorcet' && <CondorcetDetail result={result} order={order} />}
        {result?.tie_breaks && result.tie_breaks.length > 0 && (
          <Stack gap={6}>
            <Title order={4}>{t('results.ties.title')}</Title>
            <TieBreaks records={result.tie_breaks} spec={ballot.spec} roundLabel={roundLabel} />
          </Stack>
        )}
        {result?.notes && result.notes.length > 0 && (
          <Stack gap={6}>
            <Title order={4}>{t('results.notes')}</Title>
            <List size="sm" spacing={4}>
              {result.notes.map((note) => (
                <List.Item key={note}>{sayRecorded(note)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Divider />
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t(`results.status.${count.status}`, {
              no: count.countNo,
              at: formatDateTime(count.finalisedAt ?? count.startedAt),
            })}
            {count.reason ? ` — ${count.reason}` : ''}
          </Text>
          {count.resultHash && (
            <Text size="xs" c="dimmed">
              {t('results.hash')} <span className="mono">{count.resultHash}</span>
            </Text>
          )}
        </Stack>
      </Stack>
    </Card>
  )
}
