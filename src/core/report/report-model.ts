import type { DrawAlgorithm, StoppedEarly } from '../../shared/draws.ts'
import type { Profile } from '../../shared/profile.ts'
import type { ReportSettings } from '../../shared/reports.ts'
import type { Phase, PhaseTotals } from '../../shared/sessions.ts'
import type { BallotView, RecommendationView } from '../../shared/votes.ts'
import type { DocumentLanguage } from '../print/words.ts'

/**
 * The final report as data, assembled from the project file: one part per section, each null when
 * the assembly does not have its data yet (the PDF then leaves the section out, it never prints it
 * empty). Every figure comes from the same repositories and views as the screens.
 */
export type ReportModel = {
  language: DocumentLanguage
  cover: CoverPart
  texts: { foreword: string; summary: string; membersStatement: string }
  summary: SummaryPart | null
  about: AboutPart | null
  participation: ParticipationPart | null
  draw: DrawPart | null
  process: ProcessPart | null
  recommendations: RecommendationsPart | null
  annexes: AnnexesPart | null
  logo: Buffer | null
}

export type CoverPart = {
  name: string
  question: string
  commissioningBody: string
  organisation: string
  startDate: string | null
  endDate: string | null
}

export type SummaryPart = {
  question: string
  startDate: string | null
  endDate: string | null
  /** Panel members holding a seat (confirmed or attended), when a draw exists. */
  members: number | null
  sessions: number
  recommendations: { code: string; title: string; support: BallotOutcome | null }[]
}

/** What a ballot decided, in the words of its recorded result. */
export type BallotOutcome = { passed: boolean | null; percent: number | null; band: string | null }

export type AboutPart = {
  remit: string
  commissioningBody: string
  organisation: string
  processType: Profile['processType']
  languages: string[]
  venues: string[]
  targetPanelSize: number | null
  contact: string
}

export type FunnelStep = {
  key: 'pool' | 'selected' | 'confirmed' | 'firstSession' | 'lastSession'
  count: number
}

export type RepresentativenessValue = {
  value: string
  /** The population share the organiser gave (0–1), when given. */
  target: number | null
  pool: number
  panel: number
  final: number | null
}

export type ParticipationPart = {
  funnel: FunnelStep[]
  totals: { pool: number; panel: number; final: number | null }
  /** The session whose attendance gives the last column, when any attendance was taken. */
  finalSession: { title: string; date: string } | null
  categories: { name: string; values: RepresentativenessValue[] }[]
  replacements: { round: number; seats: number; date: string; seed: string | null }[]
  householdRule: boolean
}

export type DrawRecord = {
  id: number
  kind: 'initial' | 'replacement'
  algorithm: DrawAlgorithm
  panelSize: number
  poolSize: number
  inputHash: string
  lotteryHash: string | null
  committedAt: string
  seed: string | null
  seededAt: string | null
  ticket: number | null
  selected: string[]
  reserves: string[]
  stats: {
    min: number
    max: number
    mean: number
    gini: number
    panels: number
    stopped: StoppedEarly | null
  } | null
}

export type DrawPart = {
  first: DrawRecord
  /** Everyone's selection probability in the first draw, sorted from lowest to highest. */
  curve: number[]
  draws: DrawRecord[]
  auditHead: string
}

export type ProcessPart = {
  sessions: {
    title: string
    date: string
    start: number
    end: number
    venue: string
    mode: string
    phases: Phase[]
    present: number | null
  }[]
  phases: PhaseTotals
  speakers: { name: string; organisation: string; role: string; declaration: string }[]
  /** Speakers who did not consent to their name being published, counted only. */
  unnamedSpeakers: number
  questions: { asked: number; answered: number; list: { text: string; answer: string; by: string }[] }
}

export type ReportRecommendation = {
  recommendation: RecommendationView
  ballots: BallotView[]
}

export type RecommendationsPart = {
  themes: { theme: string; items: ReportRecommendation[] }[]
  /** Ballots that belong to no recommendation (e.g. electing spokespeople). */
  otherBallots: BallotView[]
}

export type AnnexesPart = {
  quotas: {
    category: string
    value: string
    min: number
    max: number
    populationShare: number | null
    justification: string
  }[]
  quotasLockedAt: string | null
  audit: {
    entries: number
    first: string | null
    last: string | null
    head: string
    intact: boolean
    kinds: { kind: string; count: number }[]
  }
}

/** The organiser's choices the model needs: the sections and the free texts. */
export type ReportChoices = Pick<ReportSettings, 'foreword' | 'summary' | 'membersStatement' | 'sections'>
