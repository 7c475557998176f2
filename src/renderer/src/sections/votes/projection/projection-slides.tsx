import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import type { BallotView, CountView } from '../../../../../shared/votes.ts'
import type { TallyResult } from '../../../../../shared/tally-result.ts'
import { projectionTheme } from '../results/palette.ts'
import { PairwiseMatrix } from '../results/PairwiseMatrix.tsx'
import { ChoiceBars, JudgmentBars, ScaleBars, ScoreBars, StageBars } from '../results/ResultCharts.tsx'
import { familyOf, orderedCandidates, stagesOf } from '../results/result-model.ts'
import { stageSentences } from '../results/RoundsTable.tsx'
import { ProjectionRanking } from './ProjectionRanking.tsx'

/** One step of the reveal: a label, what is shown, and whether the headline is out yet. */
export type Slide = { key: string; label: string; body: ReactNode; story: string[]; headline: boolean }

const theme = projectionTheme
const perPage = 4
/** Rows of a chart shown under the headline: the leaders (the step before shows them all). */
const headlineRows = 6

function proposalPages(result: TallyResult): TallyResult[] {
  if (!result.proposals) return [result]
  const entries = Object.entries(result.proposals)
  const pages: TallyResult[] = []
  for (let i = 0; i < entries.length; i += perPage)
    pages.push({ ...result, proposals: Object.fromEntries(entries.slice(i, i + perPage)) })
  return pages
}

/**
 * The reveal of a count, step by step: for IRV/STV each round, then the winners; for other
 * methods the distribution first, then the headline.
 */
export function slidesOf(
  t: TFunction,
  ballot: BallotView,
  count: CountView,
  profiles: Record<string, number[]> | null,
): Slide[] {
  const result = count.result
  if (!result) return []
  const family = familyOf(result, ballot.spec)
  const order = orderedCandidates(result, ballot.spec.candidates)
  const props = { ballot, count, result, theme, fitHeight: true }
  const reveal = (key: string, label: string, body: ReactNode, short: ReactNode = body): Slide[] => [
    { key: `${key}-1`, label, body, story: [], headline: false },
    { key: `${key}-2`, label: t('results.projection.result'), body: short, story: [], headline: true },
  ]
  const many = ballot.spec.candidates.length > headlineRows
  switch (family) {
    case 'rounds': {
      const stages = stagesOf(result)
      const stories = stageSentences(t, stages, false)
      const slides: Slide[] = stages.map((stage, i) => ({
        key: `round-${i}`,
        label:
          i === 0
            ? `${t('results.projection.round', { round: 1, total: stages.length })} · ${t('results.projection.firstPreferences')}`
            : t('results.projection.round', { round: i + 1, total: stages.length }),
        body: (
          <StageBars
            stages={stages}
            index={i}
            candidates={order}
            theme={theme}
            fitHeight
            hideOut
            showChange
          />
        ),
        story: stories[i] ?? [],
        headline: false,
      }))
      const last = stages.length - 1
      slides.push({
        key: 'result',
        label: t('results.projection.result'),
        body: (
          <StageBars
            stages={stages}
            index={last}
            candidates={order}
            theme={theme}
            fitHeight
            hideOut
            showChange
          />
        ),
        story: [],
        headline: true,
      })
      return slides
    }
    case 'condorcet':
      return [
        {
          key: 'pairwise',
          label: t('results.projection.headToHead'),
          body: result.pairwise ? (
            <PairwiseMatrix
              matrix={result.pairwise}
              order={order}
              label={t('results.condorcet.pairwiseTitle')}
              testId="projection-pairwise"
              projection
            />
          ) : null,
          story: [t('results.projection.matrixHelp')],
          headline: false,
        },
        {
          key: 'ranking',
          label: t('results.projection.result'),
          body: <ProjectionRanking ranking={result.ranking ?? [order]} winners={result.winners} />,
          story: [],
          headline: true,
        },
      ]
    case 'choice':
      return reveal(
        'choice',
        t('results.projection.votesCast'),
        <ChoiceBars {...props} />,
        many ? <ChoiceBars {...props} limit={headlineRows} /> : undefined,
      )
    case 'scale': {
      const pages = proposalPages(result)
      const slides = pages.map((page, i) => ({
        key: `scale-${i}`,
        label:
          pages.length > 1
            ? `${t('results.projection.votesCast')} · ${i + 1}/${pages.length}`
            : t('results.projection.votesCast'),
        body: <ScaleBars {...props} result={page} />,
        story: [],
        headline: false,
      }))
      const lastPage = pages[pages.length - 1] ?? result
      slides.push({
        key: 'scale-result',
        label: t('results.projection.result'),
        body: <ScaleBars {...props} result={lastPage} />,
        story: [],
        headline: true,
      })
      return slides
    }
    case 'judgment':
      return reveal(
        'judgment',
        t('results.projection.votesCast'),
        profiles ? (
          <JudgmentBars {...props} profiles={profiles} />
        ) : (
          <ProjectionRanking
            ranking={result.ranking ?? [order]}
            winners={result.winners}
            medians={result.medians}
          />
        ),
      )
    default:
      return reveal(
        'scores',
        t('results.projection.votesCast'),
        <ScoreBars {...props} />,
        many ? <ScoreBars {...props} limit={headlineRows} /> : undefined,
      )
  }
}
