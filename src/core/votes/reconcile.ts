import { canonicalJson } from '../audit/audit-log.ts'
import { msg, type Message } from '../../shared/messages.ts'
import type { PaperBallotView, PaperDifference, PaperMarks, Reconciliation } from '../../shared/votes.ts'

/**
 * What a paper says, in a form where two entries of the same paper compare equal: options at
 * one rank and approvals in any order, the reason of a blank or spoiled paper left out (two
 * operators word it differently; the kind is what counts).
 */
function sayingOf(paper: PaperBallotView): string {
  return canonicalJson({ marks: normalise(paper.marks), invalid: paper.invalid?.kind ?? null })
}

function normalise(marks: PaperMarks | null): PaperMarks | null {
  if (!marks) return null
  if ('ranking' in marks) return { ranking: marks.ranking.map((rank) => [...rank].sort()) }
  if ('approve' in marks) return { approve: [...marks.approve].sort() }
  return marks
}

export function samePaper(a: PaperBallotView, b: PaperBallotView): boolean {
  return sayingOf(a) === sayingOf(b)
}

/**
 * Double entry: the papers typed by operator A and by operator B, matched by the number on the
 * paper. Only the differences are listed (a paper typed differently, or by one operator only),
 * by number; `agreedPapers` are the papers both typed the same (operator A's entry of each).
 */
export function reconcile(
  a: readonly PaperBallotView[],
  b: readonly PaperBallotView[],
): Reconciliation & { agreedPapers: PaperBallotView[] } {
  const byNumber = new Map<number, { a: PaperBallotView | null; b: PaperBallotView | null }>()
  for (const paper of a) byNumber.set(paper.number, { a: paper, b: null })
  for (const paper of b) {
    const held = byNumber.get(paper.number)
    if (held) held.b = paper
    else byNumber.set(paper.number, { a: null, b: paper })
  }
  const differences: PaperDifference[] = []
  const agreedPapers: PaperBallotView[] = []
  for (const number of [...byNumber.keys()].sort((x, y) => x - y)) {
    const pair = byNumber.get(number)
    if (!pair) continue
    if (pair.a && pair.b && samePaper(pair.a, pair.b)) agreedPapers.push(pair.a)
    else differences.push({ number, a: pair.a, b: pair.b })
  }
  return { entriesA: a.length, entriesB: b.length, agreed: agreedPapers.length, differences, agreedPapers }
}

/** The differences as one plain sentence, for a refusal or a note. */
export function describeDifferences(differences: readonly PaperDifference[]): Message {
  const shown = differences.slice(0, 8).map((d) => d.number)
  const numbers = shown.join(', ')
  const count = differences.length
  return count > shown.length
    ? msg('count.differencesMore', { count, numbers, more: count - shown.length })
    : msg('count.differences', { count, numbers })
}
