import { useCallback, useEffect, useState } from 'react'
import type { Operator, PaperBallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'

/** The papers one operator has typed, in number order. */
export function usePapers(ballotId: number, operator: Operator) {
  const [papers, setPapers] = useState<PaperBallotView[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(() => {
    call('count:papers', { ballotId, operator }).then(
      (list) => {
        setError(null)
        setPapers([...list].sort((a, b) => a.number - b.number))
      },
      (failure: unknown) => setError(errorMessage(failure)),
    )
  }, [ballotId, operator])
  useEffect(reload, [reload])

  const put = useCallback((paper: PaperBallotView) => {
    setPapers((current) =>
      [...(current ?? []).filter((p) => p.number !== paper.number), paper].sort(
        (a, b) => a.number - b.number,
      ),
    )
  }, [])
  const drop = useCallback((number: number) => {
    setPapers((current) => (current ?? []).filter((p) => p.number !== number))
  }, [])

  return { papers, error, reload, put, drop }
}

/** The next paper number after `from` that this operator has not typed yet. */
export function nextFreeNumber(papers: readonly PaperBallotView[], from: number): number {
  const taken = new Set(papers.map((p) => p.number))
  let n = from + 1
  while (taken.has(n)) n++
  return n
}
