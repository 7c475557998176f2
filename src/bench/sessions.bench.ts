/**
 * Sessions benchmark (`npm run bench -- sessions`): prints a table; timings are reported, never asserted.
 * - the participants' agenda and the staff's run-of-show of the demo's four sessions, as PDF bytes
 *   (target ≤ 300 ms each): the first one (fonts read and parsed) and the median of the next 5;
 * - moving a block in a 40-block session: the transaction that moves it and retimes the session,
 *   then the session read back with its checks, as the screen receives it (target ≤ 50 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createDemo } from '../core/demo/create-demo.ts'
import { sessionsPdf } from '../core/print/sessions-report.ts'
import { createProject, openProject } from '../core/project/open-project.ts'
import { addBlock, createSession, moveBlock } from '../core/sessions/session-commands.ts'
import { blockKinds, type BlockInput } from '../shared/sessions.ts'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const ms = (value: number) => `${value.toFixed(1)} ms`

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now()
  const value = await work()
  return [performance.now() - start, value]
}

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-sessions-'))
const rows: string[][] = []
try {
  const demo = join(dir, 'demo.assembly')
  await createDemo(demo)
  const project = await openProject(demo)
  for (const kind of ['agenda', 'run-of-show'] as const) {
    const [first, { pages, bytes }] = await timed(() => sessionsPdf(project.sqlite, kind))
    const next: number[] = []
    for (let i = 0; i < 5; i++) next.push((await timed(() => sessionsPdf(project.sqlite, kind)))[0])
    rows.push([
      `${kind} PDF, demo (4 sessions)`,
      `${pages} pages, ${Math.round(bytes.length / 1024)} KB`,
      ms(first),
      ms(median(next)),
      '300 ms',
    ])
  }
  await project.close()

  const file = join(dir, 'forty.assembly')
  const forty = await createProject(file, { name: 'Forty blocks' })
  const session = await createSession(forty, {
    title: 'Long day',
    date: '2026-03-07',
    start: 8 * 60,
    end: 22 * 60,
    venue: '',
    mode: 'in-person',
    phases: ['learning', 'deliberation'],
    notes: '',
  })
  let detail = session
  for (let i = 0; i < 40; i++) {
    const block: BlockInput = {
      kind: blockKinds[i % blockKinds.length] ?? 'other',
      title: `Block ${i + 1}`,
      duration: 15 + (i % 4) * 5,
      fixedStart: i === 20 ? 15 * 60 : null,
      lead: `Lead ${i % 5}`,
      speakerIds: [],
      facilitators: [`Facilitator ${i % 3}`],
      room: `Room ${i % 4}`,
      materials: '',
      avNeeds: '',
      interpretation: '',
      staffNote: '',
      ballotId: null,
    }
    detail = await addBlock(forty, session.id, block, undefined)
  }
  const moves: number[] = []
  for (let i = 0; i < 21; i++) {
    const block = detail.blocks[i % 2 === 0 ? 35 : 3]
    if (!block) break
    const [time, after] = await timed(() => moveBlock(forty, block.id, i % 2 === 0 ? 2 : 36))
    moves.push(time)
    detail = after
  }
  rows.push([
    'move a block, 40-block session',
    `${detail.blocks.length} blocks, ${detail.checks.length} checks`,
    ms(moves[0] ?? NaN),
    ms(median(moves.slice(1))),
    '50 ms',
  ])
  await forty.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}

console.log('| what | size | first | median of the next | target |')
console.log('|---|---|---|---|---|')
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
