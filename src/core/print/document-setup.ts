import type Database from 'better-sqlite3'
import { auditHead } from '../audit/audit-log.ts'
import { getProfile } from '../profile/profile-repo.ts'
import { readAgendaSettings } from '../sessions/sessions-repo.ts'
import type { DocumentSetup } from './pdf-document.ts'
import { assemblyLanguage } from './words.ts'

/** The assembly's name, language, paper and audit head, as every printed document uses them. */
export function documentSetup(sqlite: Database.Database, official: boolean): DocumentSetup {
  const profile = getProfile(sqlite)
  return {
    assemblyName: profile.name,
    language: assemblyLanguage(profile.languages),
    paperSize: readAgendaSettings(sqlite).paperSize,
    auditHead: official ? auditHead(sqlite) : null,
  }
}
