import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type BallotSpec, type PaperMarks, plainSettings } from '../../shared/votes.ts'
import { listAudit, verifyAudit } from '../audit/audit-log.ts'
import { createProject } from '../project/open-project.ts'
import type { Project } from '../project/project.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { createBallot, updateBallot } from './ballot-repo.ts'
import { resolvePaper, savePaper, saveTables, setPresent } from './count-entry.ts'
import { finaliseCount, recount, resultRecord } from './finalise-count.ts'
import { getBallotView } from './votes-view.ts'
import { english, type Message } from '../../shared/messages.ts'

/** A message of the catalogue as the CLI words it (English), for the assertions on its text. */
const said = (message: Message | null | undefined) => (message ? english(message) : message)

const tempDir = useTempDir()
const projects: Project[] = []
afterEach(async () => {
  for (const p of projects.splice(0)) await p.close()
})

async function project(): Promise<Project> {
  const p = await createProject(join(tempDir(), 'count.assembly'), { name: 'Counts' })
  projects.push(p)
  return p
}

const yesNo: BallotSpec = {
  title: 'Yes or no',
  kind: 'yes-no',
  method: 'single_choice_majority',
  entry: 'papers',
  candidates: ['Yes', 'No'],
  ...plainSettings(),
}

/** An IRV ballot whose ties are drawn by lot (RCTab rules with a random tie-break). */
const byLot: BallotSpec = {
  ...yesNo,
  title: 'Spokesperson',
  kind: 'ranking',
  method: 'irv',
  candidates: ['Ana', 'Ben', 'Cy'],
  rules: { rctab: { tiebreakMode: 'random' } },
  tieBreak: 'random',
}

async function enterBoth(p: Project, ballotId: number, papers: PaperMarks[]) {
  for (const operator of ['A', 'B'] as const)
    for (const [i, marks] of papers.entries())
      await savePaper(p, { ballotId, operator, number: i + 1, marks, invalid: null })
}

const refusal = (message: RegExp) => ({
  code: 'invalid-input',
  message: expect.stringMatching(message) as unknown,
})

describe('finalising a count', () => {
  it('is refused while nothing is entered, while operator B has not typed, and while entries differ', async () => {
    const p = await project()
    const ballot = await createBallot(p, null, yesNo)
    await expect(finaliseCount(p, ballot.id)).rejects.toMatchObject(refusal(/No votes have been entered yet/))
    await savePaper(p, {
      ballotId: ballot.id,
      operator: 'A',
      number: 1,
      marks: { choice: 'Yes' },
      invalid: null,
    })
    await savePaper(p, {
      ballotId: ballot.id,
      operator: 'A',
      number: 2,
      marks: { choice: 'No' },
      invalid: null,
    })
    const live = getBallotView(p.sqlite, ballot.id).counts[0]
    expect(live?.result?.counts).toMatchObject({ Yes: 1, No: 1 })
    expect(said(live?.problem)).toMatch(/Operator B has not typed.*operator A's entries only/)
    await expect(finaliseCount(p, ballot.id)).rejects.toMatchObject(refusal(/Operator B has not typed/))
    await savePaper(p, {
      ballotId: ballot.id,
      operator: 'B',
      number: 1,
      marks: { choice: 'Yes' },
      invalid: null,
    })
    await savePaper(p, {
      ballotId: ballot.id,
      operator: 'B',
      number: 2,
      marks: { choice: 'Yes' },
      invalid: null,
    })
    await expect(finaliseCount(p, ballot.id)).rejects.toMatchObject(
      refusal(/1 paper \(number 2\) is not entered the same/),
    )
    await resolvePaper(p, { ballotId: ballot.id, number: 2, marks: { choice: 'No' }, invalid: null })
    const decided = await finaliseCount(p, ballot.id)
    expect(decided.counts[0]?.status).toBe('final')
    await expect(finaliseCount(p, ballot.id)).rejects.toMatchObject(refusal(/already final/))
    await expect(
      savePaper(p, { ballotId: ballot.id, operator: 'A', number: 3, marks: { choice: 'No' }, invalid: null }),
    ).rejects.toMatchObject(refusal(/final and can no longer change/))
  })

  it('is refused below the quorum and when the tables do not add up to the declared total', async () => {
    const p = await project()
    const ballot = await createBallot(p, null, { ...yesNo, entry: 'counts', quorum: 10 })
    const tables = [
      { label: 'T1', votes: { Yes: [6], No: [3] }, abstain: 1, blank: 0, spoiled: 0, ballots: null },
    ]
    await saveTables(p, { ballotId: ballot.id, present: 9, declaredTotal: 11, tables })
    await expect(finaliseCount(p, ballot.id)).rejects.toMatchObject(
      refusal(
        /add up to 10 ballots but 11 were declared.*10 ballots are counted but only 9 members.*quorum is not met: 9 members present, 10 needed/,
      ),
    )
    await saveTables(p, { ballotId: ballot.id, present: 12, declaredTotal: 10, tables })
    const decided = await finaliseCount(p, ballot.id)
    const count = decided.counts[0]
    expect(count).toMatchObject({ quorumMet: true, cast: 10, result: { counts: { Yes: 6, No: 3 } } })
    expect(count?.resultHash).toBe(resultRecord(count?.result ?? { method: '', winners: [] }).hash)
  })

  it('records the result, its hash and the totals in the audit log', async () => {
    const p = await project()
    const ballot = await createBallot(p, null, yesNo)
    await enterBoth(p, ballot.id, [{ choice: 'Yes' }, { choice: 'Yes' }, { choice: null }])
    await setPresent(p, ballot.id, 4)
    const decided = await finaliseCount(p, ballot.id)
    const entry = listAudit(p.sqlite).at(-1)
    expect(entry).toMatchObject({
      kind: 'votes.count.final',
      payload: {
        ballot: ballot.id,
        count: 1,
        resultHash: decided.counts[0]?.resultHash,
        present: 4,
        totals: { cast: 3, valid: 2, abstain: 1, blank: 0, spoiled: 0 },
        winners: ['Yes'],
        passes: true,
      },
    })
    expect(verifyAudit(p.sqlite).ok).toBe(true)
  })
})

describe('ties by lot and recounts', () => {
  it('draws a seed for a random tie-break, records it, and a recount replays it', async () => {
    const p = await project()
    const ballot = await createBallot(p, null, byLot)
    // Ana 2, Ben 2, Cy 1: Cy goes out and transfers nowhere; Ana and Ben tie and one is drawn out.
    const papers: PaperMarks[] = [
      { ranking: [['Ana']] },
      { ranking: [['Ana']] },
      { ranking: [['Ben']] },
      { ranking: [['Ben']] },
      { ranking: [['Cy']] },
    ]
    await enterBoth(p, ballot.id, papers)
    const live = getBallotView(p.sqlite, ballot.id).counts[0]
    expect(said(live?.problem)).toBe(
      'A tie is decided by lot: the seed is drawn when the count is finalised.',
    )
    const decided = await finaliseCount(p, ballot.id, { newSeed: () => 'seed-one' })
    const first = decided.counts[0]?.result
    expect(first?.tie_breaks?.[0]).toMatchObject({ among: ['Ana', 'Ben'] })
    const audit = listAudit(p.sqlite).at(-1)
    expect(audit?.payload).toMatchObject({ tieSeed: 'seed-one', tieBreaks: first?.tie_breaks })

    const recounting = await recount(p, ballot.id, 'Observers asked for it')
    expect(recounting.counts.map((c) => [c.countNo, c.status, c.reason])).toEqual([
      [1, 'superseded', ''],
      [2, 'entering', 'Observers asked for it'],
    ])
    expect(recounting.counts[0]?.result).toEqual(first)
    await enterBoth(p, ballot.id, papers)
    // Another seed source, but the recount keeps the first count's seed and replays its lot.
    const again = await finaliseCount(p, ballot.id, { newSeed: () => 'seed-two' })
    expect(again.counts[1]?.result?.winners).toEqual(first?.winners)
    expect(again.counts[1]?.result?.tie_breaks?.[0]).toMatchObject({
      chosen: first?.tie_breaks?.[0]?.chosen,
      how: expect.stringContaining('replayed the recorded lot') as unknown,
    })
    const kinds = listAudit(p.sqlite).map((e) => e.kind)
    expect(kinds.slice(-3)).toEqual(['votes.count.final', 'votes.count.recount', 'votes.count.final'])
  })

  it('only recounts a final count', async () => {
    const p = await project()
    const ballot = await createBallot(p, null, yesNo)
    await expect(recount(p, ballot.id, 'why')).rejects.toMatchObject(refusal(/Only a final count/))
  })
})

describe('sequential ballots', () => {
  it('waits, opens when the earlier ballot passes, and is not reached when it fails', async () => {
    const p = await project()
    const first = await createBallot(p, null, yesNo)
    const ifPassed = await createBallot(p, null, {
      ...yesNo,
      title: 'Then',
      opensAfter: { ballotId: first.id, when: 'passed' },
    })
    const ifFailed = await createBallot(p, null, {
      ...yesNo,
      title: 'Else',
      opensAfter: { ballotId: first.id, when: 'failed' },
    })
    const afterAny = await createBallot(p, null, {
      ...yesNo,
      title: 'Later',
      opensAfter: { ballotId: first.id, when: 'decided' },
    })
    expect(getBallotView(p.sqlite, ifPassed.id).state).toBe('waiting')
    expect(said(getBallotView(p.sqlite, ifPassed.id).waitingFor)).toBe(
      'Opens if “Yes or no” passes; it has not been counted yet.',
    )
    expect(said(getBallotView(p.sqlite, afterAny.id).waitingFor)).toBe('Opens once “Yes or no” is decided.')
    await expect(
      savePaper(p, {
        ballotId: ifPassed.id,
        operator: 'A',
        number: 1,
        marks: { choice: 'Yes' },
        invalid: null,
      }),
    ).rejects.toMatchObject(refusal(/not open yet/))
    await expect(finaliseCount(p, ifPassed.id)).rejects.toMatchObject(refusal(/not open yet/))
    await enterBoth(p, first.id, [{ choice: 'Yes' }, { choice: 'Yes' }, { choice: 'No' }])
    expect((await finaliseCount(p, first.id)).outcome).toBe('passed')
    expect(getBallotView(p.sqlite, ifPassed.id).state).toBe('open')
    expect(getBallotView(p.sqlite, afterAny.id).state).toBe('open')
    expect(getBallotView(p.sqlite, ifFailed.id).state).toBe('waiting')
    expect(said(getBallotView(p.sqlite, ifFailed.id).waitingFor)).toBe('Not reached: “Yes or no” passed.')
  })

  it('refuses a loop of ballots opening after each other', async () => {
    const p = await project()
    const first = await createBallot(p, null, yesNo)
    const second = await createBallot(p, null, {
      ...yesNo,
      opensAfter: { ballotId: first.id, when: 'decided' },
    })
    await expect(
      updateBallot(p, first.id, { ...yesNo, opensAfter: { ballotId: second.id, when: 'decided' } }),
    ).rejects.toMatchObject(refusal(/cannot open after itself/))
  })
})

describe('an approval count per table', () => {
  it('reports its shares of the ballots cast, not of the marks', async () => {
    const p = await project()
    const dots: BallotSpec = {
      ...yesNo,
      kind: 'approval',
      method: 'approval',
      entry: 'counts',
      candidates: ['A', 'B', 'C'],
      maxApprovals: 3,
    }
    const ballot = await createBallot(p, null, dots)
    const view = await saveTables(p, {
      ballotId: ballot.id,
      present: 60,
      declaredTotal: null,
      tables: [
        { label: 'All', votes: { A: [33], B: [40], C: [20] }, abstain: 0, blank: 0, spoiled: 0, ballots: 60 },
      ],
    })
    expect(view.result?.approvals).toEqual({ A: 33, B: 40, C: 20 })
    expect(view.result?.total_ballots).toBe(60)
  })
})
