import { isMethodName, methodFacts } from '../../../shared/counting-methods.ts'
import { agreeingGrades, passMarkOf } from '../../../shared/pass-mark.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { BallotView, CountView } from '../../../shared/votes.ts'
import { ink } from '../pdf-document.ts'
import type { Cell, ReportWriter } from './layout.ts'

/**
 * A ballot's result as its final count recorded it (the result the Votes screen shows and the
 * audit log seals): the figures are read from the recorded result, never counted again.
 */
export function ballotResult(w: ReportWriter, ballot: BallotView): void {
  w.heading(w.w('ballot.ballot', { title: ballot.spec.title }), 90, 10.5)
  const count = ballot.counts.at(-1)
  const result = count?.status === 'final' ? count.result : null
  if (!count || !result) {
    w.paragraph(w.w('ballot.notFinal'), { color: ink.muted, size: 9 })
    return
  }
  const family = methodFacts(isMethodName(result.method) ? result.method : ballot.spec.method).family
  if (family === 'choice') choice(w, ballot, result)
  else if (family === 'scale') scale(w, ballot, result)
  else if (family === 'rounds') rounds(w, ballot, result)
  else ranked(w, ballot, result, family)
  footer(w, ballot, count, result)
}

function verdict(w: ReportWriter, passes: boolean | undefined, band?: string): string {
  const word = w.w(passes ? 'ballot.passed' : 'ballot.notPassed')
  if (!band) return word
  return `${word} — ${w.w('ballot.band', { band: band === 'not supported' ? w.w('ballot.notSupported') : band })}`
}

function markText(w: ReportWriter, ballot: BallotView): string {
  const mark = passMarkOf(ballot.spec.options)
  return w.w('ballot.mark', {
    mark: w.w(mark.strict ? 'ballot.moreThan' : 'ballot.atLeast', { percent: w.percent(mark.percent) }),
  })
}

function quoted(w: ReportWriter, names: readonly string[]): string {
  return names.map((n) => (w.language === 'fr' ? `« ${n} »` : `“${n}”`)).join(', ')
}

function votesTable(
  w: ReportWriter,
  labelTitle: string,
  rows: { name: string; votes: number; percent?: number }[],
): void {
  const shares = rows.some((r) => r.percent !== undefined)
  w.table(
    [
      { title: labelTitle, width: 5 },
      { title: w.w('ballot.votes'), width: 1.4, align: 'right' },
      ...(shares ? [{ title: w.w('ballot.share'), width: 1.4, align: 'right' as const }] : []),
    ],
    rows.map((r) => [
      r.name,
      w.number(r.votes, 2),
      ...(shares ? [r.percent === undefined ? '' : w.percent(r.percent)] : []),
    ]),
  )
}

/** The count's own keys beside the options ("abstain", "not voting") in words; a label the ballot gave stays. */
function otherKey(w: ReportWriter, key: string): string {
  return key === 'abstain' || key === 'not voting' ? w.w(`ballot.keys.${key}`) : key
}

function choice(w: ReportWriter, ballot: BallotView, result: TallyResult): void {
  const counts = result.counts ?? result.tally ?? result.scores ?? {}
  const options = ballot.spec.candidates
  const others = Object.keys(counts).filter((k) => !options.includes(k))
  votesTable(w, w.w('ballot.option'), [
    ...options.map((name) => ({
      name,
      votes: counts[name] ?? 0,
      ...(result.percentages?.[name] !== undefined ? { percent: result.percentages[name] } : {}),
    })),
    ...others.map((name) => ({ name: otherKey(w, name), votes: counts[name] ?? 0 })),
  ])
  if (result.method === 'single_choice_majority') {
    const pass = ballot.spec.options.pass_options ?? options.slice(0, 1)
    w.pdf.ensureSpace(48)
    w.paragraph(verdict(w, result.passes), { bold: true, size: 10, gap: 0.2 })
    w.paragraph(
      [
        w.w('ballot.agree', {
          share: w.percent(Math.round((result.agree_percent ?? 0) * 10) / 10),
          base: w.number(result.base ?? 0),
          options: quoted(w, pass),
        }),
        markText(w, ballot),
      ].join(' · '),
      { size: 9 },
    )
    return
  }
  winners(w, ballot, result)
}

function scale(w: ReportWriter, ballot: BallotView, result: TallyResult): void {
  if (result.proposals) {
    w.table(
      [
        { title: w.w('ballot.proposal'), width: 5 },
        { title: w.w('ballot.share'), width: 1.4, align: 'right' },
        { title: w.w('ballot.passed'), width: 2.4 },
      ],
      Object.entries(result.proposals).map(([name, proposal]) => [
        name,
        w.percent(Math.round((proposal.agree_percent ?? 0) * 10) / 10),
        verdict(w, proposal.passes, proposal.band),
      ]),
    )
    w.paragraph(markText(w, ballot), { size: 9 })
    return
  }
  const grades = ballot.spec.grades
  const counts = result.counts ?? {}
  votesTable(
    w,
    w.w('ballot.grade'),
    [...grades].reverse().map((name) => ({
      name,
      votes: counts[name] ?? 0,
      ...(result.percentages?.[name] !== undefined ? { percent: result.percentages[name] } : {}),
    })),
  )
  const agree = agreeingGrades(grades, ballot.spec.options)
  w.pdf.ensureSpace(48)
  w.paragraph(verdict(w, result.passes, result.band), { bold: true, size: 10, gap: 0.2 })
  w.paragraph(
    [
      w.w('ballot.agree', {
        share: w.percent(Math.round((result.agree_percent ?? 0) * 10) / 10),
        base: w.number(result.base ?? 0),
        options: quoted(w, agree),
      }),
      w.w('ballot.mean', { mean: w.number(result.weighted_average ?? 0, 2), max: grades.length }),
      markText(w, ballot),
    ].join(' · '),
    { size: 9 },
  )
}

function winners(w: ReportWriter, ballot: BallotView, result: TallyResult): void {
  const names = result.winners_in_order ?? result.winners
  const text =
    names.length === 0
      ? w.w('ballot.noWinner')
      : names.length > ballot.spec.seats
        ? w.w('ballot.tie', { names: names.join(', ') })
        : w.w(ballot.spec.seats > 1 ? 'ballot.elected' : 'ballot.winner', { names: names.join(', ') })
  w.paragraph(text, { bold: true, size: 10, gap: 0.2 })
}

function ranked(w: ReportWriter, ballot: BallotView, result: TallyResult, family: string): void {
  const scores = result.scores ?? result.approvals ?? result.sums ?? result.means
  const medians = result.medians
  const groups = result.ranking ?? [result.winners]
  const rows: Cell[][] = []
  let place = 1
  for (const group of groups) {
    for (const name of group) {
      const detail = medians?.[name] ?? (scores?.[name] !== undefined ? w.number(scores[name] ?? 0, 2) : '')
      rows.push([String(place), name, String(detail)])
    }
    place += group.length
  }
  const detailed = rows.some((row) => row[2] !== '')
  w.table(
    [
      { title: w.w('ballot.place'), width: 0.8, align: 'right' },
      { title: w.w('ballot.option'), width: 5 },
      ...(detailed
        ? [{ title: w.w(medians ? 'ballot.median' : 'ballot.score'), width: 1.6, align: 'right' as const }]
        : []),
    ],
    detailed ? rows : rows.map((row) => row.slice(0, 2)),
  )
  winners(w, ballot, result)
  if (family === 'condorcet')
    w.paragraph(
      result.condorcet_winner
        ? w.w('ballot.condorcet', { name: result.condorcet_winner })
        : w.w('ballot.noCondorcet'),
      { size: 9 },
    )
}

function rounds(w: ReportWriter, ballot: BallotView, result: TallyResult): void {
  const records = result.rounds ?? []
  const candidates = ballot.spec.candidates
  // At most six rounds side by side; longer counts print their first five and the last.
  // Columns are the count's steps in order, numbered from 1 (a step may share the core's round number).
  const steps = records.map((record, index) => ({ record, step: index + 1 }))
  const shown = steps.length <= 6 ? steps : [...steps.slice(0, 5), ...steps.slice(-1)]
  w.table(
    [
      { title: w.w('ballot.candidate'), width: 3 },
      ...shown.map(({ step }) => ({
        title: w.w('ballot.round', { round: step }),
        width: 1,
        align: 'right' as const,
      })),
    ],
    candidates.map((name) => [
      name,
      ...shown.map(({ record }) =>
        record.tally[name] === undefined ? '—' : w.number(record.tally[name] ?? 0, 2),
      ),
    ]),
    { size: 8 },
  )
  winners(w, ballot, result)
  if (result.quota_value !== undefined)
    w.paragraph(w.w('ballot.quota', { quota: w.number(result.quota_value, 2) }), { size: 9 })
}

function footer(w: ReportWriter, ballot: BallotView, count: CountView, result: TallyResult): void {
  const parts = [
    w.w('ballot.method', { method: w.w(`ballot.methods.${result.method}`, { defaultValue: result.method }) }),
    w.w('ballot.turnout', { cast: w.number(count.cast) }),
  ]
  if (count.present !== null) parts.push(w.w('ballot.present', { present: w.number(count.present) }))
  w.paragraph(parts.join(' · '), { size: 8, color: ink.muted, gap: 0.1 })
  if (ballot.counts.length > 1 && count.reason)
    w.paragraph(w.w('ballot.recount', { count: count.countNo, reason: count.reason }), {
      size: 8,
      color: ink.muted,
      gap: 0.1,
    })
  if (count.resultHash)
    w.paragraph(w.w('ballot.sealed', { hash: count.resultHash }), { size: 7, color: ink.muted })
}
