import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AuditEntryView } from '../../shared/contract.ts'
import type {
  BallotSpec,
  BallotView,
  CountView,
  PaperBallotView,
  Reconciliation,
  RecommendationView,
  VotesOverview,
} from '../../shared/votes.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'
import { english, type Message } from '../../shared/messages.ts'

/** A message of the catalogue as the CLI words it (English), for the assertions on its text. */
const said = (message: Message | null | undefined) => (message ? english(message) : message)

const tempDir = useTempDir()
const open: ReturnType<typeof testApp>[] = []
afterEach(async () => {
  for (const a of open.splice(0)) await a.close()
})

async function assembly() {
  const a = testApp(tempDir())
  open.push(a)
  await a.call('project:create', { file: join(a.dir, 'documents', 'votes'), name: 'Votes' })
  return a
}

const yesNo: BallotSpec = {
  title: 'Adopt R1',
  kind: 'yes-no',
  method: 'single_choice_majority',
  entry: 'counts',
  candidates: ['Yes', 'No'],
  grades: [],
  seats: 1,
  maxApprovals: null,
  options: { threshold_percent: 80, threshold_strict: false },
  rules: {},
  tieBreak: '',
  quorum: 40,
  opensAfter: null,
}

const ranked: BallotSpec = {
  ...yesNo,
  title: 'Which option first?',
  kind: 'ranking',
  method: 'irv',
  entry: 'papers',
  candidates: ['Trams', 'Buses', 'Bikes'],
  options: {},
  quorum: null,
}

const table = (label: string, yes: number, no: number, abstain = 0) => ({
  label,
  votes: { Yes: [yes], No: [no] },
  abstain,
  blank: 0,
  spoiled: 0,
  ballots: null,
})

describe('votes through dispatch', () => {
  it('creates a recommendation with versions and a minority statement, all in the audit log', async () => {
    const a = await assembly()
    const input = {
      code: 'R1',
      theme: 'Housing',
      text: 'Build more homes.',
      draftingGroup: 'G1',
      status: 'draft',
    }
    const rec = await a.call<RecommendationView>('recs:create', input)
    expect(rec).toMatchObject({
      code: 'R1',
      version: 1,
      versions: [{ version: 1, text: 'Build more homes.' }],
    })
    const same = await a.call<RecommendationView>('recs:update', { ...input, id: rec.id, theme: 'Homes' })
    expect(same.version).toBe(1)
    const v2 = await a.call<RecommendationView>('recs:update', {
      ...input,
      id: rec.id,
      text: 'Build 5,000 social homes.',
      status: 'final',
    })
    expect(v2.version).toBe(2)
    expect(v2.versions.map((v) => v.text)).toEqual(['Build more homes.', 'Build 5,000 social homes.'])
    const withMinority = await a.call<RecommendationView>('recs:addMinority', {
      recommendationId: rec.id,
      text: 'We think this goes too far.',
      supporters: 7,
    })
    expect(withMinority.minorityStatements).toMatchObject([
      { text: 'We think this goes too far.', supporters: 7 },
    ])
    await expect(a.call('recs:create', input)).rejects.toMatchObject({ code: 'invalid-input' })
    const kinds = (await a.call<AuditEntryView[]>('audit:list', null)).map((e) => e.kind)
    expect(kinds).toEqual([
      'assembly.created',
      'votes.recommendation.created',
      'votes.recommendation.version',
      'votes.recommendation.status',
      'votes.recommendation.minority',
    ])
  })

  it('counts a yes/no ballot from tables, refuses to finalise below quorum, then records the result', async () => {
    const a = await assembly()
    const ballot = await a.call<BallotView>('ballots:create', { recommendationId: null, spec: yesNo })
    expect(ballot.state).toBe('open')
    expect(ballot.counts).toHaveLength(1)
    expect(said(ballot.counts[0]?.problem)).toBe(
      'No votes have been entered yet. Enter the number of members present: the quorum is 40.',
    )
    const count = await a.call<CountView>('count:saveTables', {
      ballotId: ballot.id,
      present: 30,
      declaredTotal: 30,
      tables: [table('Table 1', 12, 2, 1), table('Table 2', 13, 2)],
    })
    expect(count.cast).toBe(30)
    expect(count.result).toMatchObject({ passes: true, counts: { Yes: 25, No: 4, abstain: 1 } })
    expect(count.quorumMet).toBe(false)
    expect(said(count.problem)).toContain('quorum is not met')
    await expect(a.call('count:finalise', { ballotId: ballot.id })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('quorum') as unknown,
    })
    await a.call('count:saveTables', {
      ballotId: ballot.id,
      present: 45,
      declaredTotal: 45,
      tables: [table('Table 1', 20, 2, 1), table('Table 2', 20, 2)],
    })
    const decided = await a.call<BallotView>('count:finalise', { ballotId: ballot.id })
    expect(decided).toMatchObject({ state: 'decided', outcome: 'passed' })
    expect(decided.counts[0]?.resultHash).toMatch(/^[0-9a-f]{64}$/)
    const audit = await a.call<AuditEntryView[]>('audit:list', null)
    expect(audit.at(-1)).toMatchObject({
      kind: 'votes.count.final',
      payload: { ballot: ballot.id, count: 1, resultHash: decided.counts[0]?.resultHash },
    })
    await expect(a.call('ballots:update', { id: ballot.id, spec: yesNo })).rejects.toMatchObject({
      code: 'invalid-input',
    })
    await expect(a.call('ballots:delete', { id: ballot.id })).rejects.toMatchObject({ code: 'invalid-input' })
    expect((await a.call<{ ok: boolean }>('audit:verify', null)).ok).toBe(true)
  })

  it('double-enters ranked papers, lists only the differences, resolves them and finalises', async () => {
    const a = await assembly()
    const ballot = await a.call<BallotView>('ballots:create', { recommendationId: null, spec: ranked })
    const papers = [['Trams', 'Buses'], ['Buses', 'Trams'], ['Bikes', 'Trams'], ['Trams'], ['Buses', 'Bikes']]
    for (const operator of ['A', 'B'] as const)
      for (const [i, order] of papers.entries()) {
        const typo = operator === 'B' && i === 2 ? ['Bikes', 'Buses'] : order
        await a.call('count:savePaper', {
          ballotId: ballot.id,
          operator,
          number: i + 1,
          marks: { ranking: typo.map((c) => [c]) },
          invalid: null,
        })
      }
    await a.call('count:savePaper', {
      ballotId: ballot.id,
      operator: 'A',
      number: 6,
      marks: null,
      invalid: { kind: 'spoiled', reason: 'signed' },
    })
    const rec = await a.call<Reconciliation>('count:reconcile', { ballotId: ballot.id })
    expect(rec).toMatchObject({ entriesA: 6, entriesB: 5, agreed: 4 })
    expect(rec.differences.map((d) => [d.number, d.a !== null, d.b !== null])).toEqual([
      [3, true, true],
      [6, true, false],
    ])
    await expect(a.call('count:finalise', { ballotId: ballot.id })).rejects.toMatchObject({
      message: expect.stringContaining('numbers 3, 6') as unknown,
    })
    await a.call('count:resolve', {
      ballotId: ballot.id,
      number: 3,
      marks: { ranking: [['Bikes'], ['Trams']] },
      invalid: null,
    })
    const settled = await a.call<Reconciliation>('count:resolve', {
      ballotId: ballot.id,
      number: 6,
      marks: null,
      invalid: { kind: 'spoiled', reason: 'signed' },
    })
    expect(settled.differences).toEqual([])
    const b = await a.call<PaperBallotView[]>('count:papers', { ballotId: ballot.id, operator: 'B' })
    expect(b).toHaveLength(6)
    const decided = await a.call<BallotView>('count:finalise', { ballotId: ballot.id })
    const final = decided.counts[0]
    expect(final?.cast).toBe(6)
    // First preferences Trams 2, Buses 2, Bikes 1: Bikes out, its paper goes to Trams (3 of 5).
    expect(final?.result?.winners).toEqual(['Trams'])
  })

  it('refuses marks that name an unknown option, and nothing is written', async () => {
    const a = await assembly()
    const ballot = await a.call<BallotView>('ballots:create', { recommendationId: null, spec: ranked })
    await expect(
      a.call('count:savePaper', {
        ballotId: ballot.id,
        operator: 'A',
        number: 1,
        marks: { ranking: [['Ferries']] },
        invalid: null,
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('Ferries') as unknown })
    expect(await a.call<PaperBallotView[]>('count:papers', { ballotId: ballot.id, operator: 'A' })).toEqual(
      [],
    )
    await expect(
      a.call('ballots:create', { recommendationId: null, spec: { ...ranked, method: 'approval' } }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(
      a.call('ballots:create', { recommendationId: null, spec: { ...ranked, entry: 'counts' } }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
  })

  it('opens a sequential ballot only after the first one passes, and recounts keep the history', async () => {
    const a = await assembly()
    const first = await a.call<BallotView>('ballots:create', {
      recommendationId: null,
      spec: { ...yesNo, quorum: null },
    })
    const second = await a.call<BallotView>('ballots:create', {
      recommendationId: null,
      spec: { ...ranked, opensAfter: { ballotId: first.id, when: 'passed' } },
    })
    expect(second.state).toBe('waiting')
    expect(said(second.waitingFor)).toContain('Adopt R1')
    await expect(
      a.call('count:savePaper', {
        ballotId: second.id,
        operator: 'A',
        number: 1,
        marks: { ranking: [['Trams']] },
        invalid: null,
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
    await a.call('count:saveTables', {
      ballotId: first.id,
      present: null,
      declaredTotal: null,
      tables: [table('All', 9, 1)],
    })
    await a.call('count:finalise', { ballotId: first.id })
    expect((await a.call<BallotView>('ballots:get', { id: second.id })).state).toBe('open')
    const recounting = await a.call<BallotView>('count:recount', {
      ballotId: first.id,
      reason: 'Table 2 miscounted',
    })
    expect(recounting.counts.map((c) => [c.countNo, c.status])).toEqual([
      [1, 'superseded'],
      [2, 'entering'],
    ])
    expect(recounting.counts[0]?.result?.passes).toBe(true)
    expect(recounting.state).toBe('open')
    expect((await a.call<BallotView>('ballots:get', { id: second.id })).state).toBe('waiting')
    await a.call('count:saveTables', {
      ballotId: first.id,
      present: null,
      declaredTotal: null,
      tables: [table('All', 5, 5)],
    })
    const failed = await a.call<BallotView>('count:finalise', { ballotId: first.id })
    expect(failed.outcome).toBe('failed')
    expect(said((await a.call<BallotView>('ballots:get', { id: second.id })).waitingFor)).toBe(
      'Not reached: “Adopt R1” did not pass.',
    )
    const overview = await a.call<VotesOverview>('votes:overview', null)
    expect(overview.ballots).toHaveLength(2)
    expect(overview.members).toBeNull()
    const kinds = (await a.call<AuditEntryView[]>('audit:list', null)).map((e) => e.kind)
    expect(kinds.filter((k) => k.startsWith('votes.count'))).toEqual([
      'votes.count.final',
      'votes.count.recount',
      'votes.count.final',
    ])
  })

  it('exports a ballot as vote-vector/1 and imports it back as a reconciled count with the same result', async () => {
    const a = await assembly()
    const ballot = await a.call<BallotView>('ballots:create', { recommendationId: null, spec: ranked })
    const orders = [['Trams', 'Buses'], ['Buses'], ['Bikes', 'Buses'], ['Trams'], ['Buses', 'Trams']]
    for (const operator of ['A', 'B'] as const)
      for (const [i, order] of orders.entries())
        await a.call('count:savePaper', {
          ballotId: ballot.id,
          operator,
          number: i + 1,
          marks: { ranking: order.map((c) => [c]) },
          invalid: null,
        })
    const decided = await a.call<BallotView>('count:finalise', { ballotId: ballot.id })
    const text = await a.call<string>('ballots:exportVector', { id: ballot.id })
    const doc = JSON.parse(text) as { method: string; ballots: unknown[]; expected: { winners: string[] } }
    expect(doc.method).toBe('irv')
    expect(doc.expected.winners).toEqual(decided.counts[0]?.result?.winners)
    const imported = await a.call<BallotView>('ballots:importVector', {
      recommendationId: null,
      source: { text },
    })
    expect(imported.spec).toMatchObject({ kind: 'ranking', entry: 'papers', candidates: ranked.candidates })
    expect(imported.counts[0]?.papers).toEqual({ a: 5, b: 5 })
    const again = await a.call<BallotView>('count:finalise', { ballotId: imported.id })
    expect(again.counts[0]?.result).toEqual(decided.counts[0]?.result)
    await expect(
      a.call('ballots:importVector', { recommendationId: null, source: { text: '{"format":"other"}' } }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
  })
})
