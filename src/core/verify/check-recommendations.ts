import type Database from 'better-sqlite3'
import { msg } from '../../shared/messages.ts'
import type { RecordMismatch } from '../../shared/verify.ts'
import { listRecommendations } from '../votes/recommendation-repo.ts'
import { text, type LoggedAct } from './log-entries.ts'

type Logged = { code: string; status: string; versions: Map<number, string> }

/** Each recommendation's versions and status as the audit log recorded them. */
function recommendationsFromLog(acts: LoggedAct[]): Map<number, Logged> {
  const found = new Map<number, Logged>()
  for (const { kind, payload } of acts) {
    const id = Number(payload['recommendation'])
    if (kind === 'votes.recommendation.created') {
      found.set(id, {
        code: text(payload['code']),
        status: text(payload['status']),
        versions: new Map([[1, text(payload['text'])]]),
      })
      continue
    }
    const logged = found.get(id)
    if (!logged) continue
    if (kind === 'votes.recommendation.version')
      logged.versions.set(Number(payload['version']), text(payload['text']))
    else if (kind === 'votes.recommendation.status') logged.status = text(payload['to'])
  }
  return found
}

/** Every version of every recommendation, and its current text and status, as recorded. */
export function checkRecommendations(sqlite: Database.Database, acts: LoggedAct[]): RecordMismatch[] {
  const logged = recommendationsFromLog(acts)
  const mismatches: RecordMismatch[] = []
  const recommendations = listRecommendations(sqlite)
  const listed = new Set(recommendations.map((r) => r.id))
  for (const rec of recommendations) {
    const code = rec.code
    const expected = logged.get(rec.id)
    if (!expected) {
      mismatches.push({
        record: `recommendation ${code}`,
        expected: 'absent',
        found: rec.text,
        why: msg('verify.recommendationNotInLog', { code }),
      })
      continue
    }
    const versions = new Map(rec.versions.map((v) => [v.version, v.text]))
    for (const version of new Set([...expected.versions.keys(), ...versions.keys()])) {
      const before = expected.versions.get(version)
      const after = versions.get(version)
      if (before !== after)
        mismatches.push({
          record: `recommendation ${code} version ${version}`,
          expected: before ?? 'absent',
          found: after ?? 'absent',
          why: msg('verify.recommendationText', { code, version }),
        })
    }
    const last = Math.max(...expected.versions.keys())
    const lastText = expected.versions.get(last) ?? ''
    if (rec.version !== last || rec.text !== lastText)
      mismatches.push({
        record: `recommendation ${code}: current text`,
        expected: `version ${last}: ${lastText}`,
        found: `version ${rec.version}: ${rec.text}`,
        why: msg('verify.recommendationCurrent', { code, version: last }),
      })
    if (rec.status !== expected.status)
      mismatches.push({
        record: `recommendation ${code}: status`,
        expected: expected.status,
        found: rec.status,
        why: msg('verify.recommendationStatus', { code, expected: expected.status, found: rec.status }),
      })
  }
  for (const [id, gone] of logged)
    if (!listed.has(id))
      mismatches.push({
        record: `recommendation ${gone.code}`,
        expected: 'present',
        found: 'absent',
        why: msg('verify.recommendationMissing', { code: gone.code }),
      })
  return mismatches
}
