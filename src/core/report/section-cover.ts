import type Database from 'better-sqlite3'
import { getProfile } from '../profile/profile-repo.ts'
import { readMembers } from '../people/people-repo.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { seatHolding } from '../../shared/people.ts'
import type { AboutPart, CoverPart, RecommendationsPart, SummaryPart } from './report-model.ts'
import { ballotOutcome } from './ballot-outcome.ts'

/** The cover, the summary and "about the assembly", from the profile (and the panel and votes). */
export function coverSection(sqlite: Database.Database): {
  cover: CoverPart
  about: AboutPart | null
  summary: (recommendations: RecommendationsPart | null) => SummaryPart | null
} {
  const profile = getProfile(sqlite)
  const cover: CoverPart = {
    name: profile.name,
    question: profile.question,
    commissioningBody: profile.commissioningBody,
    organisation: profile.organisation,
    startDate: profile.startDate,
    endDate: profile.endDate,
  }
  const contact = [profile.contactName, profile.contactEmail, profile.contactPhone]
    .filter(Boolean)
    .join(' · ')
  const about: AboutPart | null =
    profile.remit || profile.commissioningBody || profile.organisation
      ? {
          remit: profile.remit,
          commissioningBody: profile.commissioningBody,
          organisation: profile.organisation,
          processType: profile.processType,
          languages: profile.languages,
          venues: profile.venues,
          targetPanelSize: profile.targetPanelSize,
          contact,
        }
      : null
  const summary = (recommendations: RecommendationsPart | null): SummaryPart | null => {
    const panel = readMembers(sqlite).filter((m) => m.role === 'selected')
    const sessions = readSessions(sqlite).length
    const items = (recommendations?.themes ?? []).flatMap((theme) => theme.items)
    if (!profile.question && panel.length === 0 && items.length === 0) return null
    return {
      question: profile.question,
      startDate: profile.startDate,
      endDate: profile.endDate,
      members: panel.length === 0 ? null : panel.filter((m) => seatHolding.includes(m.status)).length,
      sessions,
      recommendations: items.map(({ recommendation, ballots }) => {
        const decided = ballots.find((b) => b.counts.at(-1)?.status === 'final')
        return {
          code: recommendation.code,
          title: recommendation.text.split('\n')[0] ?? '',
          support: decided ? ballotOutcome(decided) : null,
        }
      }),
    }
  }
  return { cover, about, summary }
}
