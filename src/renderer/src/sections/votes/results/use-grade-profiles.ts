import { useEffect, useState } from 'react'
import type { BallotView, CountView } from '../../../../../shared/votes.ts'
import { api } from '../../../api.ts'
import { profilesFromTables } from './result-model.ts'

/**
 * Majority judgment reports medians; its merit profiles (voters per grade and option) come from
 * the entry itself: the table counts, or the agreed paper ballots of the current count.
 */
export function useGradeProfiles(ballot: BallotView, count: CountView, wanted: boolean) {
  const fromTables = wanted ? profilesFromTables(ballot, count) : null
  const [fromPapers, setFromPapers] = useState<Record<string, number[]> | null>(null)
  const fetchPapers = wanted && !fromTables && ballot.spec.entry === 'papers' && count.status !== 'superseded'
  const { id, spec } = ballot
  const cast = count.cast
  useEffect(() => {
    if (!fetchPapers) return
    let live = true
    void api.invoke('count:papers', { ballotId: id, operator: 'A' }).then((result) => {
      if (!live || !result.ok) return
      const out: Record<string, number[]> = {}
      for (const name of spec.candidates) out[name] = spec.grades.map(() => 0)
      for (const paper of result.value) {
        if (!paper.marks || !('scores' in paper.marks)) continue
        for (const [name, grade] of Object.entries(paper.marks.scores)) {
          const row = out[name]
          if (row && grade < row.length) row[grade] = (row[grade] ?? 0) + 1
        }
      }
      setFromPapers(out)
    })
    return () => {
      live = false
    }
  }, [fetchPapers, id, spec, cast])
  return fromTables ?? (fetchPapers ? fromPapers : null)
}
