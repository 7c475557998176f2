import { randomBytes } from 'node:crypto'
import { readTable } from '../../core/pool/table/read-table.ts'
import { openProject } from '../../core/project/open-project.ts'
import { clusterValues } from '../../core/tables/cluster-values.ts'
import { membersFromFile } from '../../core/tables/people-file.ts'
import { planSeating } from '../../core/tables/plan-seating.ts'
import { planTables } from '../../core/tables/project-tables.ts'
import { seatingBounds } from '../../core/tables/seating-bounds.ts'
import type { SeatingScores } from '../../core/tables/seating-types.ts'
import {
  EXIT_OK,
  parseOptions,
  reportFailure,
  UsageError,
  writeJson,
  type CliCommand,
  type CliIo,
} from '../command.ts'

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s)

function positiveInteger(text: string | undefined, option: string): number {
  const n = Number(text)
  if (text === undefined || !Number.isInteger(n) || n < 1)
    throw new UsageError(`Give ${option} as a whole number of at least 1.`)
  return n
}

function writeText(
  io: CliIo,
  rounds: { name: string; tables: string[][] }[],
  scores: SeatingScores,
  seed: string,
): void {
  for (const round of rounds) {
    io.stdout(`${round.name}\n`)
    round.tables.forEach((table, t) => io.stdout(`  Table ${t + 1} (${table.length}): ${table.join(', ')}\n`))
  }
  io.stdout(
    `Balance ${scores.balance} (lower is better), ${scores.distinctPairs} distinct pairs met, ${scores.repeatPairs} repeat meetings. Seed: ${seed}\n`,
  )
}

/**
 * `tables <project-file> [--sessions all|ID,...] [--seed S] [--json]` and
 * `tables --people <csv> --id-column COL --table-count T --rounds R --diversify A,B [--cluster C] [--seed S] [--json]`
 * (shared/docs/cli.md).
 */
export const tablesCommand: CliCommand = {
  path: ['tables'],
  usage:
    'tables <project-file> [--sessions all|ID,...] [--seed S] [--json]\n' +
    '       tables --people <csv> --id-column COL --table-count T --rounds R --diversify A,B[,...] [--cluster C] [--seed S] [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      people: { type: 'string' },
      'id-column': { type: 'string' },
      'table-count': { type: 'string' },
      rounds: { type: 'string' },
      diversify: { type: 'string' },
      cluster: { type: 'string' },
      sessions: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    if (values.people !== undefined) {
      if (positionals.length > 0) throw new UsageError('Give either a project file or --people, not both.')
      if (!values['id-column']) throw new UsageError('Give --id-column COL.')
      if (!values.diversify)
        throw new UsageError('Give --diversify A,B with the columns to mix at every table.')
      const tableCount = positiveInteger(values['table-count'], '--table-count')
      const roundCount = positiveInteger(values.rounds, '--rounds')
      const seed = values.seed ?? randomBytes(8).toString('hex')
      try {
        const table = await readTable(values.people)
        const diversify = list(values.diversify)
        const read = membersFromFile(table, {
          idColumn: values['id-column'],
          diversify,
          ...(values.cluster ? { cluster: values.cluster } : {}),
        })
        const clusters = clusterValues(read.map((m) => [m.cluster]))
        const members = read.map((m, k) => ({ ...m, cluster: clusters[k] ?? '' }))
        const ids = members.map((m) => m.id)
        const rounds = Array.from({ length: roundCount }, () => ({ present: ids }))
        const started = process.hrtime.bigint()
        const plan = planSeating(
          {
            members,
            fields: diversify,
            tableCount,
            rounds,
            encounterWeight: 1,
            apart: [],
            together: [],
            seed,
          },
          { onProgress: (done, total) => io.stderr(`Round ${Math.min(done + 1, total)} of ${total}\r`) },
        )
        io.stderr('\n')
        const seconds = Number(process.hrtime.bigint() - started) / 1e9
        const bounds = seatingBounds(
          members,
          diversify.length,
          rounds.map((r) => r.present),
          tableCount,
        )
        if (values.json)
          writeJson(io, {
            rounds: plan.rounds.map((tables) => ({ tables })),
            scores: plan.scores,
            bounds,
            seed,
            stats: {
              members: members.length,
              tables: tableCount,
              seconds: Math.round(seconds * 1000) / 1000,
            },
          })
        else
          writeText(
            io,
            plan.rounds.map((tables, r) => ({ name: `Round ${r + 1}`, tables })),
            plan.scores,
            seed,
          )
        return EXIT_OK
      } catch (error) {
        return reportFailure(io, error, values.json)
      }
    }
    const [file] = positionals
    if (!file || positionals.length > 1)
      throw new UsageError('Give exactly one project file, or --people <csv>.')
    const sessions =
      values.sessions === undefined || values.sessions === 'all'
        ? ('all' as const)
        : list(values.sessions).map((s) => {
            const n = Number(s)
            if (!Number.isInteger(n))
              throw new UsageError(`--sessions takes all or session numbers, not “${s}”.`)
            return n
          })
    try {
      const project = await openProject(file)
      try {
        const planned = await planTables(
          project,
          { sessions, ...(values.seed ? { seed: values.seed } : {}) },
          {
            onProgress: (done, total) => io.stderr(`Session ${Math.min(done + 1, total)} of ${total}\r`),
          },
        )
        io.stderr('\n')
        if (values.json)
          writeJson(io, {
            rounds: planned.sessions.map((s) => ({ session: s.id, title: s.title, tables: s.tables })),
            scores: planned.scores,
            seed: planned.seed,
          })
        else
          writeText(
            io,
            planned.sessions.map((s) => ({ name: `${s.title} (session ${s.id})`, tables: s.tables })),
            planned.scores,
            planned.seed,
          )
      } finally {
        await project.close()
      }
      return EXIT_OK
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
  },
}
