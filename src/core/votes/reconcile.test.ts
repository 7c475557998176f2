import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PaperBallotView, PaperMarks } from '../../shared/votes.ts'
import { describeDifferences, reconcile, samePaper } from './reconcile.ts'
import { english } from '../../shared/messages.ts'

const at = '2026-01-01T00:00:00.000Z'
const paper = (number: number, marks: PaperMarks | null, kind?: 'blank' | 'spoiled'): PaperBallotView => ({
  number,
  marks,
  invalid: kind ? { kind, reason: '' } : null,
  enteredAt: at,
})

const names = ['Ana', 'Ben', 'Cy', 'Dee']

/** Any paper of a ranked ballot: a ranking (with equal ranks), or blank/spoiled. */
const rankedMarks = fc.oneof(
  fc
    .array(fc.subarray(names, { minLength: 0, maxLength: 2 }), { maxLength: 4 })
    .map((ranking): PaperMarks => ({ ranking })),
  fc.constant(null),
)

/** A batch of papers with distinct numbers. */
const batch = fc
  .uniqueArray(fc.record({ number: fc.integer({ min: 1, max: 500 }), marks: rankedMarks }), {
    selector: (p) => p.number,
    maxLength: 60,
  })
  .map((papers) => papers.map((p) => paper(p.number, p.marks, p.marks === null ? 'blank' : undefined)))

describe('double entry', () => {
  it('lists only the differences, by number: a paper typed differently or by one operator only', () => {
    const a = [
      paper(1, { choice: 'Yes' }),
      paper(2, { choice: 'No' }),
      paper(3, { choice: null }),
      paper(5, null, 'spoiled'),
    ]
    const b = [
      paper(5, null, 'spoiled'),
      paper(4, { choice: 'Yes' }),
      paper(2, { choice: 'Yes' }),
      paper(1, { choice: 'Yes' }),
    ]
    const rec = reconcile(a, b)
    expect(rec).toMatchObject({ entriesA: 4, entriesB: 4, agreed: 2 })
    expect(rec.differences.map((d) => [d.number, d.a?.marks ?? null, d.b?.marks ?? null])).toEqual([
      [2, { choice: 'No' }, { choice: 'Yes' }],
      [3, { choice: null }, null],
      [4, null, { choice: 'Yes' }],
    ])
    expect(rec.agreedPapers.map((p) => p.number)).toEqual([1, 5])
    expect(english(describeDifferences(rec.differences))).toBe(
      '3 papers (numbers 2, 3, 4) are not entered the same by operators A and B.',
    )
  })

  it('treats options at one rank, and approvals, in any order as the same; a blank is not a spoiled paper', () => {
    const rec = reconcile(
      [
        paper(1, { ranking: [['Ana', 'Ben'], ['Cy']] }),
        paper(2, { approve: ['Cy', 'Ana'] }),
        paper(3, null, 'blank'),
      ],
      [
        paper(1, { ranking: [['Ben', 'Ana'], ['Cy']] }),
        paper(2, { approve: ['Ana', 'Cy'] }),
        paper(3, null, 'spoiled'),
      ],
    )
    expect(rec.differences.map((d) => d.number)).toEqual([3])
    const order = reconcile(
      [paper(1, { ranking: [['Ana'], ['Ben']] })],
      [paper(1, { ranking: [['Ben'], ['Ana']] })],
    )
    expect(order.differences).toHaveLength(1)
  })

  it('property: identical batches typed twice, in any order, reconcile with zero differences', () => {
    fc.assert(
      fc.property(batch, fc.integer(), (papers, shift) => {
        const rotated = papers.map((_, i) => papers[(i + Math.abs(shift)) % papers.length] as PaperBallotView)
        const rec = reconcile(papers, rotated)
        expect(rec.differences).toEqual([])
        expect(rec.agreed).toBe(papers.length)
      }),
    )
  })

  it('property: one changed paper is exactly the one difference, by its number', () => {
    fc.assert(
      fc.property(
        batch.filter((papers) => papers.length > 0),
        fc.nat(),
        rankedMarks,
        (papers, pick, marks) => {
          const index = pick % papers.length
          const original = papers[index] as PaperBallotView
          const changed = paper(original.number, marks, marks === null ? 'spoiled' : undefined)
          fc.pre(!samePaper(original, changed))
          const b = papers.map((p, i) => (i === index ? changed : p))
          const rec = reconcile(papers, b)
          expect(rec.differences.map((d) => d.number)).toEqual([original.number])
          expect(rec.agreed).toBe(papers.length - 1)
        },
      ),
    )
  })
})
