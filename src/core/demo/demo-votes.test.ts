import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyAudit } from '../audit/audit-log.ts'
import { createProject } from '../project/open-project.ts'
import type { Project } from '../project/project.ts'
import { SeededRandom } from '../random/seeded-random.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { votesOverview } from '../votes/votes-view.ts'
import { runDemoVotes } from './demo-votes.ts'
import { english, msg } from '../../shared/messages.ts'

const tempDir = useTempDir()
const projects: Project[] = []
afterEach(async () => {
  for (const p of projects.splice(0)) await p.close()
})

async function demoVotes(seed: string): Promise<Project> {
  let t = Date.parse('2026-05-01T09:00:00.000Z')
  const project = await createProject(join(tempDir(), 'votes.assembly'), {
    name: 'Votes demo',
    now: () => new Date(t),
    id: '00000000-0000-4000-a000-000000000000',
  })
  projects.push(project)
  await runDemoVotes(project, new SeededRandom(seed), (minutes) => (t += minutes * 60_000))
  return project
}

function dump(project: Project): unknown {
  const tables = [
    'recommendation',
    'recommendation_version',
    'minority_statement',
    'ballot',
    'vote_count',
    'paper_ballot',
  ]
  return Object.fromEntries(
    tables.map((t) => [t, project.sqlite.prepare(`select * from ${t} order by 1, 2`).all()]),
  )
}

describe('the demo’s votes', () => {
  it('holds 12 recommendations over four themes, redrafts, minority statements and ballots of every kind', async () => {
    const project = await demoVotes('demo:seven')
    const overview = votesOverview(project.sqlite)
    expect(overview.recommendations).toHaveLength(12)
    expect(new Set(overview.recommendations.map((r) => r.theme)).size).toBe(4)
    expect(overview.recommendations.filter((r) => r.version === 2).map((r) => r.code)).toEqual([
      'R1',
      'R5',
      'R9',
    ])
    expect(
      overview.recommendations.filter((r) => r.minorityStatements.length > 0).map((r) => r.code),
    ).toEqual(['R3', 'R12'])
    expect(new Set(overview.recommendations.map((r) => r.status)).size).toBeGreaterThanOrEqual(3)
    const kinds = overview.ballots.map((b) => [b.spec.kind, b.spec.method, b.spec.entry])
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['yes-no', 'single_choice_majority', 'counts'],
        ['scale', 'graded_agreement', 'counts'],
        ['approval', 'approval', 'counts'],
        ['ranking', 'schulze', 'papers'],
        ['ranking', 'stv', 'papers'],
        ['choice', 'plurality', 'counts'],
        ['yes-no', 'single_choice_majority', 'papers'],
      ]),
    )
    const decided = overview.ballots.filter((b) => b.state === 'decided')
    expect(decided).toHaveLength(overview.ballots.length - 1)
    for (const ballot of decided) {
      const count = ballot.counts.at(-1)
      expect(count?.status).toBe('final')
      expect(count?.resultHash).toMatch(/^[0-9a-f]{64}$/)
      // Without a draw, the assembly is taken to be 58 members; nobody counts more ballots than that.
      expect(count?.cast).toBeLessThanOrEqual(58)
      expect(count?.present).toBe(ballot.spec.title.startsWith('R4') ? 57 : 58)
    }
    const scotland = overview.ballots.find((b) => b.spec.title.startsWith('R2'))
    expect(scotland?.counts[0]?.result?.band).toBe('strongly supported')
    const stv = overview.ballots.find((b) => b.spec.method === 'stv')
    expect(stv?.counts[0]?.result?.winners).toHaveLength(3)
    const ranked = overview.ballots.find((b) => b.spec.method === 'schulze')
    expect(ranked?.counts[0]).toMatchObject({ papers: { a: 58, b: 58 }, cast: 58 })
    const sequel = overview.ballots.find((b) => b.spec.opensAfter !== null)
    expect(sequel?.state).toBe('decided')
    const open = overview.ballots.find((b) => b.state === 'open')
    expect(open?.counts[0]).toMatchObject({ papers: { a: 24, b: 15 }, status: 'entering' })
    expect(english(open?.counts[0]?.problem ?? msg('common.text', { text: '' }))).toContain(
      'not entered the same by operators A and B',
    )
    expect(verifyAudit(project.sqlite).ok).toBe(true)
  })

  it('is the same for the same seed and differs for another', async () => {
    const a = dump(await demoVotes('demo:seven'))
    expect(dump(await demoVotes('demo:seven'))).toEqual(a)
    expect(dump(await demoVotes('demo:eight'))).not.toEqual(a)
  })
})
