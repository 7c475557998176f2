import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { agreeingGrades, passMarkOf } from '../../../../../shared/pass-mark.ts'
import type { BallotView, CountView } from '../../../../../shared/votes.ts'
import type { TallyResult } from '../../../../../shared/tally-result.ts'
import { BarChart, type Bar } from './BarChart.tsx'
import { bandText, markText } from './headline.ts'
import { formatMean, formatPercent, formatVotes } from './numbers.ts'
import type { ChartTheme } from './palette.ts'
import {
  baseOf,
  choiceBase,
  choiceCounts,
  orderedCandidates,
  stateAt,
  tableTotals,
  type Stage,
} from './result-model.ts'
import { StackedChart, type StackedRow } from './StackedChart.tsx'

type ChartProps = {
  ballot: BallotView
  count: CountView
  result: TallyResult
  theme: ChartTheme
  fitHeight?: boolean | undefined
  /** Show only the first rows (the big screen's headline step has room for a few). */
  limit?: number | undefined
}

const round1 = (v: number) => Math.round(v * 10) / 10

/** Why a ballot chose nothing ("abstain", "no opinion"…), in the UI language when it is a usual reason. */
function markLabel(t: TFunction, reason: string): string {
  const known = {
    abstain: 'abstain',
    'no opinion': 'noOpinion',
    'no preference': 'noPreference',
    blank: 'blank',
    spoiled: 'spoiled',
  } as const
  const reasonKey = reason.trim().toLowerCase()
  return reasonKey in known ? t(`results.choice.marks.${known[reasonKey as keyof typeof known]}`) : reason
}

/** Yes/no and single choice: each option's share of the base, abstentions apart, the pass mark as a line. */
export function ChoiceBars({ ballot, count, result, theme, fitHeight, limit }: ChartProps) {
  const { t } = useTranslation()
  const counts = choiceCounts(result)
  const candidates = ballot.spec.candidates
  const base = baseOf(ballot.spec)
  const total = choiceBase(result, candidates)
  const threshold = result.method === 'single_choice_majority'
  const order =
    threshold || candidates.length <= 3
      ? candidates
      : [...candidates].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))
  const share = (v: number) => (total > 0 ? (100 * v) / total : 0)
  const bars: Bar[] = order.map((name) => {
    const votes = counts[name] ?? 0
    const won = result.winners.includes(name)
    return {
      key: name,
      label: name,
      value: share(votes),
      text: `${formatVotes(votes)} · ${formatPercent(result.percentages?.[name] ?? round1(share(votes)))}`,
      fill: won ? theme.winner : theme.bar,
      bold: won,
    }
  })
  const inBase = base.kind === 'all'
  for (const [name, votes] of Object.entries(counts)) {
    if (candidates.includes(name)) continue
    bars.push({
      key: `other:${name}`,
      label: markLabel(t, name),
      value: share(votes),
      text: inBase
        ? `${formatVotes(votes)} · ${formatPercent(result.percentages?.[name] ?? round1(share(votes)))}`
        : formatVotes(votes),
      tag: inBase ? undefined : t('results.choice.outOfBase'),
      fill: theme.out,
      muted: !inBase,
    })
  }
  const invalid = tableTotals(count)
  if (invalid.abstain > 0 && !('abstain' in counts))
    bars.push({
      key: 'abstain',
      label: t('results.choice.marks.abstain'),
      value: share(invalid.abstain),
      text: formatVotes(invalid.abstain),
      tag: inBase ? undefined : t('results.choice.outOfBase'),
      fill: theme.out,
      muted: true,
    })
  for (const kind of ['blank', 'spoiled'] as const)
    if (invalid[kind] > 0)
      bars.push({
        key: kind,
        label: t(`results.choice.marks.${kind}`),
        value: share(invalid[kind]),
        text: formatVotes(invalid[kind]),
        tag: t('results.choice.notCounted'),
        fill: theme.out,
        muted: true,
      })
  const markers = threshold
    ? [
        {
          at: passMarkOf(ballot.spec.options).percent,
          label: t('results.choice.passMark', { mark: markText(t, ballot.spec) }),
        },
      ]
    : []
  return (
    <BarChart
      bars={limit !== undefined ? bars.slice(0, limit) : bars}
      max={100}
      markers={markers}
      theme={theme}
      title={t('results.choice.chartTitle')}
      testId="result-choice-chart"
      fitHeight={fitHeight}
      width={fitHeight ? 1400 : 760}
    />
  )
}

/** Whether the agreeing grades are the top of the scale, so the pass mark can be drawn on the bar. */
function agreeIsTop(grades: string[], agree: string[]): boolean {
  const top = grades.slice(grades.length - agree.length)
  return agree.length > 0 && top.every((g) => agree.includes(g))
}

/** Agreement scales: one stacked bar per proposal with band, weighted mean and agreeing share. */
export function ScaleBars({ ballot, result, theme, fitHeight }: ChartProps) {
  const { t } = useTranslation()
  const grades = ballot.spec.grades
  const agree = agreeingGrades(grades, ballot.spec.options)
  const proposals: [string, TallyResult][] = result.proposals
    ? Object.entries(result.proposals)
    : [[ballot.spec.candidates[0] ?? ballot.spec.title, result]]
  const rows: StackedRow[] = proposals.map(([name, p]) => {
    const parts = [
      t('results.scale.agreeShort', { share: formatPercent(round1(p.agree_percent ?? 0)) }),
      t('results.scale.meanShort', { mean: formatMean(p.weighted_average ?? 0), max: grades.length }),
    ]
    if (p.band) parts.unshift(bandText(t, p.band))
    else parts.unshift(t(p.passes ? 'results.headline.passed' : 'results.headline.notPassed'))
    return {
      key: name,
      label: name,
      counts: grades.map((g) => p.counts?.[g] ?? 0),
      caption: parts.join(' · '),
      bold: p.passes,
    }
  })
  const mark = passMarkOf(ballot.spec.options)
  const marker = agreeIsTop(grades, agree)
    ? { at: 100 - mark.percent, label: t('results.scale.passMark', { mark: markText(t, ballot.spec) }) }
    : undefined
  return (
    <StackedChart
      rows={rows}
      grades={grades}
      theme={theme}
      marker={marker}
      title={t('results.scale.chartTitle')}
      testId="result-scale-chart"
      fitHeight={fitHeight}
      width={fitHeight ? 1400 : 760}
    />
  )
}

/** The number each method ranks by: approvals, points, score. */
export function scoreValues(result: TallyResult): Record<string, number> {
  return result.approvals ?? result.scores ?? result.sums ?? result.means ?? {}
}

/** Approval, score, Borda and Dowdall: options sorted by their total, winners highlighted. */
export function ScoreBars({ ballot, result, theme, fitHeight, limit }: ChartProps) {
  const { t } = useTranslation()
  const values = scoreValues(result)
  const order = orderedCandidates(result, ballot.spec.candidates)
  const max = Math.max(...order.map((c) => values[c] ?? 0), 0)
  const ballots = result.total_ballots
  const bars: Bar[] = order.map((name) => {
    const v = values[name] ?? 0
    const won = result.winners.includes(name)
    const text =
      result.method === 'approval' && ballots
        ? t('results.scores.approvalText', {
            votes: formatVotes(v),
            share: formatPercent(round1((100 * v) / ballots)),
          })
        : formatVotes(Math.round(v * 100) / 100)
    return { key: name, label: name, value: v, text, fill: won ? theme.winner : theme.bar, bold: won }
  })
  return (
    <BarChart
      bars={limit !== undefined ? bars.slice(0, limit) : bars}
      max={max}
      theme={theme}
      title={t('results.scores.chartTitle')}
      testId="result-score-chart"
      fitHeight={fitHeight}
      width={fitHeight ? 1400 : 760}
    />
  )
}

/** Majority judgment: each option's merit profile, with the median line; ranked best first. */
export function JudgmentBars({
  ballot,
  result,
  theme,
  profiles,
  fitHeight,
}: ChartProps & { profiles: Record<string, number[]> }) {
  const { t } = useTranslation()
  const order = orderedCandidates(result, ballot.spec.candidates)
  const rows: StackedRow[] = order.map((name) => ({
    key: name,
    label: name,
    counts: profiles[name] ?? [],
    caption: t('results.judgment.caption', {
      grade: String(result.medians?.[name] ?? '—'),
      rank: result.ranks?.[name] ?? order.indexOf(name) + 1,
    }),
    bold: result.winners.includes(name),
  }))
  return (
    <StackedChart
      rows={rows}
      grades={ballot.spec.grades}
      theme={theme}
      marker={{ at: 50, label: t('results.judgment.median') }}
      title={t('results.judgment.chartTitle')}
      testId="result-judgment-chart"
      fitHeight={fitHeight}
      width={fitHeight ? 1400 : 760}
    />
  )
}

/** One round of an IRV/STV count as bars: who is still in, who is elected, who goes out, the quota. */
export function StageBars({
  stages,
  index,
  candidates,
  theme,
  fitHeight,
  hideOut,
  showChange,
}: {
  stages: Stage[]
  index: number
  candidates: string[]
  theme: ChartTheme
  fitHeight?: boolean | undefined
  /** Leave out candidates eliminated in earlier rounds (the big screen has no room for them). */
  hideOut?: boolean | undefined
  /** Write each candidate's gain since the previous round after the votes. */
  showChange?: boolean | undefined
}) {
  const { t } = useTranslation()
  const stage = stages[index]
  if (!stage) return null
  const peak = Math.max(stage.threshold ?? 0, ...stages.flatMap((s) => Object.values(s.tally)))
  const shown = hideOut ? candidates.filter((name) => stateAt(stages, index, name) !== 'out') : candidates
  const bars: Bar[] = shown.map((name) => {
    const state = stateAt(stages, index, name)
    const votes = stage.tally[name]
    const fill =
      state === 'elected' || state === 'electedNow'
        ? theme.elected
        : state === 'eliminatedNow'
          ? theme.eliminated
          : state === 'out'
            ? theme.out
            : theme.bar
    const tag =
      state === 'electedNow'
        ? t('results.rounds.electedNow')
        : state === 'elected'
          ? t('results.rounds.elected')
          : state === 'eliminatedNow'
            ? t('results.rounds.eliminatedNow')
            : state === 'out'
              ? t('results.rounds.out')
              : undefined
    const before = stages[index - 1]?.tally[name]
    const gain =
      showChange && votes !== undefined && before !== undefined ? Math.round((votes - before) * 100) / 100 : 0
    return {
      key: name,
      label: name,
      value: state === 'out' ? 0 : (votes ?? 0),
      text: state === 'out' || votes === undefined ? '—' : formatVotes(votes),
      tag: gain > 0 && state !== 'out' ? [`+${formatVotes(gain)}`, tag].filter(Boolean).join(' ') : tag,
      fill,
      muted: state === 'out',
      bold: state === 'elected' || state === 'electedNow',
    }
  })
  const markers =
    stage.threshold !== undefined
      ? [
          {
            at: stage.threshold,
            label: t('results.rounds.thresholdMark', { votes: formatVotes(stage.threshold) }),
          },
        ]
      : []
  return (
    <BarChart
      bars={bars}
      max={peak * 1.02}
      markers={markers}
      theme={theme}
      title={t('results.rounds.chartTitle', { round: index + 1 })}
      testId="result-round-chart"
      fitHeight={fitHeight}
      width={fitHeight ? 1400 : 760}
    />
  )
}
