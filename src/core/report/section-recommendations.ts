import type Database from 'better-sqlite3'
import { votesOverview } from '../votes/votes-view.ts'
import type { RecommendationsPart, ReportRecommendation } from './report-model.ts'

/**
 * The recommendations by theme (in the order the register first names each theme), each with its
 * ballots as the Votes screen holds them: the same BallotView, whose final count is the recorded
 * result. Drafts that never reached a vote are left out. Null when there is nothing to report.
 */
export function recommendationsSection(sqlite: Database.Database): RecommendationsPart | null {
  const overview = votesOverview(sqlite)
  const themes: RecommendationsPart['themes'] = []
  for (const recommendation of overview.recommendations) {
    const ballots = overview.ballots.filter((b) => b.recommendationId === recommendation.id)
    const voted = ballots.some((b) => b.counts.some((c) => c.status === 'final'))
    if (recommendation.status === 'draft' && !voted) continue
    const item: ReportRecommendation = { recommendation, ballots }
    const theme = themes.find((t) => t.theme === recommendation.theme)
    if (theme) theme.items.push(item)
    else themes.push({ theme: recommendation.theme, items: [item] })
  }
  const otherBallots = overview.ballots.filter(
    (b) => b.recommendationId === null && b.counts.some((c) => c.status === 'final'),
  )
  if (themes.length === 0 && otherBallots.length === 0) return null
  return { themes, otherBallots }
}
