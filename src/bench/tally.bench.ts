/**
 * Tally benchmark (`npx node src/bench/tally.bench.ts`, or `npm run bench tally`): prints a table.
 * Timings are reported, never asserted.
 * - STV, Scottish rules, 3 seats, 20 candidates, 100,000 ranked ballots (target ≤ 2 s);
 * - Schulze, 30 candidates, 100,000 ranked ballots (target ≤ 2 s).
 * Ballots are generated with the app's SeededRandom (a spatial model, so preferences cluster
 * and identical ballots occur, as in real elections) and aggregated before counting.
 */
import { performance } from 'node:perf_hooks'
import { SeededRandom } from '../core/random/seeded-random.ts'
import { parseVoteVector } from '../core/tally/format/read-vote-vector.ts'
import { aggregateRankings } from '../core/tally/aggregate.ts'
import { tallyElection } from '../core/tally/tally-election.ts'
import type { RankingBallot } from '../shared/vote-vector.ts'

function rankedBallots(seed: string, candidates: string[], voters: number, depth: number): RankingBallot[] {
  const random = new SeededRandom(seed)
  const positions = candidates.map(() => [random.next(), random.next()] as const)
  const ballots: RankingBallot[] = []
  for (let v = 0; v < voters; v++) {
    const x = random.next()
    const y = random.next()
    const order = candidates
      .map((name, i) => {
        const [cx, cy] = positions[i] as readonly [number, number]
        return { name, distance: (cx - x) ** 2 + (cy - y) ** 2 + random.next() * 0.02 }
      })
      .sort((a, b) => a.distance - b.distance)
      .slice(0, depth)
    ballots.push({ ranking: order.map((o) => [o.name]), count: 1 })
  }
  return ballots
}

type Row = {
  name: string
  ballots: number
  unique: number
  candidates: number
  seconds: number
  target: number
  winners: string
}

function run(
  name: string,
  method: 'stv' | 'schulze',
  candidateCount: number,
  seats: number,
  depth: number,
  target: number,
): Row {
  const candidates = Array.from({ length: candidateCount }, (_, i) => `C${String(i + 1).padStart(2, '0')}`)
  const raw = rankedBallots(`bench:${name}`, candidates, 100_000, depth)
  const start = performance.now()
  const ballots = aggregateRankings(raw)
  const election = parseVoteVector({
    format: 'vote-vector/1',
    id: `bench-${method}`,
    method,
    seats,
    candidates,
    ballot_type: 'ranking',
    ballots,
    rules: { unranked: method === 'stv' ? 'not_counted' : 'tied_last' },
    ...(method === 'stv' ? { options: { transfer: 'scotland' } } : { options: { strength: 'winning' } }),
  })
  const result = tallyElection(election)
  const seconds = (performance.now() - start) / 1000
  return {
    name,
    ballots: raw.length,
    unique: ballots.length,
    candidates: candidateCount,
    seconds,
    target,
    winners: result.winners.join(' '),
  }
}

const rows = [
  run('STV Scottish, 3 seats', 'stv', 20, 3, 8, 2),
  run('Schulze (winning votes)', 'schulze', 30, 1, 30, 2),
]
const header = ['benchmark', 'ballots', 'unique', 'candidates', 'seconds', 'target', 'winners']
const lines = rows.map((r) => [
  r.name,
  String(r.ballots),
  String(r.unique),
  String(r.candidates),
  r.seconds.toFixed(3),
  `≤ ${r.target} s ${r.seconds <= r.target ? 'ok' : 'SLOW'}`,
  r.winners,
])
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
process.stdout.write(
  `${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${lines.map(format).join('\n')}\n`,
)
