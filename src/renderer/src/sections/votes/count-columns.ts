import type { BallotSpec, TableCount } from '../../../../shared/votes.ts'

/** One number column of the count grid: an option (and a grade, on scales), or an extra. */
export type CountColumn =
  | { kind: 'vote'; option: string; grade: number; label: string; group: string | null }
  | { kind: 'extra'; field: 'abstain' | 'blank' | 'spoiled' | 'ballots'; label: string; group: null }

export type ExtraLabels = Record<'abstain' | 'blank' | 'spoiled' | 'ballots', string>

const graded = (spec: BallotSpec) => spec.kind === 'scale' || spec.kind === 'majority-judgment'

/** The columns of a ballot's grid: every option (× grade), then abstain, blank, spoiled (and ballots cast). */
export function countColumns(spec: BallotSpec, extras: ExtraLabels): CountColumn[] {
  const columns: CountColumn[] = []
  for (const option of spec.candidates) {
    if (graded(spec))
      spec.grades.forEach((grade, i) =>
        columns.push({
          kind: 'vote',
          option,
          grade: i,
          label: grade,
          group: spec.candidates.length > 1 ? option : null,
        }),
      )
    else columns.push({ kind: 'vote', option, grade: 0, label: option, group: null })
  }
  if (spec.kind === 'approval')
    columns.push({ kind: 'extra', field: 'ballots', label: extras.ballots, group: null })
  for (const field of ['abstain', 'blank', 'spoiled'] as const)
    columns.push({ kind: 'extra', field, label: extras[field], group: null })
  return columns
}

/** An empty table with a slot for every option (and grade). */
export function emptyTable(spec: BallotSpec, label: string): TableCount {
  const width = graded(spec) ? spec.grades.length : 1
  return {
    label,
    votes: Object.fromEntries(spec.candidates.map((c) => [c, new Array<number>(width).fill(0)])),
    abstain: 0,
    blank: 0,
    spoiled: 0,
    ballots: spec.kind === 'approval' ? 0 : null,
  }
}

export function cellValue(table: TableCount, column: CountColumn): number {
  if (column.kind === 'vote') return table.votes[column.option]?.[column.grade] ?? 0
  if (column.field === 'ballots') return table.ballots ?? 0
  return table[column.field]
}

export function withCell(
  spec: BallotSpec,
  table: TableCount,
  column: CountColumn,
  value: number,
): TableCount {
  if (column.kind === 'extra') return { ...table, [column.field]: value }
  const width = graded(spec) ? spec.grades.length : 1
  const row = [...(table.votes[column.option] ?? new Array<number>(width).fill(0))]
  row[column.grade] = value
  return { ...table, votes: { ...table.votes, [column.option]: row } }
}

/** Fits tables saved earlier to the ballot's options as they are now (missing slots are 0). */
export function fitTables(spec: BallotSpec, tables: readonly TableCount[]): TableCount[] {
  return tables.map((table) => {
    const empty = emptyTable(spec, table.label)
    const votes = Object.fromEntries(
      Object.entries(empty.votes).map(([option, zeros]) => [
        option,
        zeros.map((z, i) => table.votes[option]?.[i] ?? z),
      ]),
    )
    return { ...empty, ...table, votes, ballots: spec.kind === 'approval' ? (table.ballots ?? 0) : null }
  })
}
