import type Database from 'better-sqlite3'
import type { ReportSection } from '../../shared/reports.ts'
import type { DocumentLanguage } from '../print/words.ts'
import type { ReportChoices, ReportModel } from './report-model.ts'
import { annexesSection } from './section-annexes.ts'
import { coverSection } from './section-cover.ts'
import { drawSection } from './section-draw.ts'
import { participationSection } from './section-participation.ts'
import { processSection } from './section-process.ts'
import { recommendationsSection } from './section-recommendations.ts'

/** The report's parts from the project, with the sections the organiser chose. */
export function assembleReport(
  sqlite: Database.Database,
  settings: ReportChoices,
  language: DocumentLanguage,
  logo: Buffer | null = null,
): ReportModel {
  const on = (section: ReportSection) => settings.sections.includes(section)
  const cover = coverSection(sqlite)
  const recommendations = recommendationsSection(sqlite)
  return {
    language,
    cover: cover.cover,
    texts: {
      foreword: on('foreword') ? settings.foreword.trim() : '',
      summary: settings.summary.trim(),
      membersStatement: on('membersStatement') ? settings.membersStatement.trim() : '',
    },
    summary: on('summary') ? cover.summary(recommendations) : null,
    about: on('about') ? cover.about : null,
    participation: on('participation') ? participationSection(sqlite) : null,
    draw: on('draw') ? drawSection(sqlite) : null,
    process: on('process') ? processSection(sqlite) : null,
    recommendations: on('recommendations') ? recommendations : null,
    annexes: on('annexes') ? annexesSection(sqlite) : null,
    logo,
  }
}
