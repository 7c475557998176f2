import {
  type BallotSpec,
  type Operator,
  type PaperBallotView,
  type RecommendationStatus,
  plainSettings,
} from '../../shared/votes.ts'
import { confirmedNames } from '../draw/draw-repo.ts'
import { withoutSync } from '../project/file-repo.ts'
import type { Project } from '../project/project.ts'
import { SeededRandom } from '../random/seeded-random.ts'
import { createBallot } from '../votes/ballot-repo.ts'
import { membersThere } from '../people/attendance.ts'
import { presentFromSession, resolvePaper, saveTables, setPresent } from '../votes/count-entry.ts'
import { finaliseCount } from '../votes/finalise-count.ts'
import {
  addMinorityStatement,
  createRecommendation,
  updateRecommendation,
} from '../votes/recommendation-repo.ts'
import { validateMarks } from '../votes/validate-entries.ts'
import { confirmedMembers } from '../votes/votes-view.ts'
import { currentCount, getBallot, upsertPaper } from '../votes/vote-repo.ts'
import { answers, dotTables, rankedPapers, tableCounts, type Answer } from './demo-voters.ts'

/**
 * The demo's votes: twelve recommendations of a climate and housing assembly over four themes
 * (some redrafted, two with a minority statement) and the ballots real assemblies use, counted
 * through the same code as the app: yes/no with an 80% threshold (Geelong), one with "no
 * opinion" left out of the base (Ireland), Scotland's 4-point scale with its bands, the
 * "love it … loathe it" consent scale, dot voting, a ranked ballot typed twice and reconciled,
 * an STV election of three spokespeople, a sequential ballot, and one ballot still being entered.
 * Every number comes from the demo's seed. The members present come from the attendance of the
 * decision weekend when the demo has one (one ballot types a number in instead: a member stepped
 * out), else they are the confirmed panel members.
 */

type Rec = {
  code: string
  theme: string
  group: string
  text: string
  /** A redraft voted on instead of the first text. */
  redraft?: string
  minority?: { text: string; supporters: number }
}

const THEMES = ['Homes and energy', 'Getting around', 'Food and land', 'Paying for it fairly'] as const

const recommendations: Rec[] = [
  {
    code: 'R1',
    theme: THEMES[0],
    group: 'Group A',
    text: 'Retrofit every council home to energy band C by 2035.',
    redraft: 'Retrofit every council home to energy band C by 2032, starting with the coldest homes.',
  },
  {
    code: 'R2',
    theme: THEMES[0],
    group: 'Group A',
    text: 'Build every new home without a gas boiler from 2027, with heat pumps or district heat instead.',
  },
  {
    code: 'R3',
    theme: THEMES[0],
    group: 'Group B',
    text: 'Offer private landlords interest-free insulation loans, repaid from what tenants save on bills.',
    minority: {
      text: 'Some of us fear tenants would end up paying for work landlords should fund themselves; loans must never raise rents.',
      supporters: 9,
    },
  },
  {
    code: 'R4',
    theme: THEMES[1],
    group: 'Group C',
    text: 'Make buses free for residents under 25 and over 65.',
  },
  {
    code: 'R5',
    theme: THEMES[1],
    group: 'Group C',
    text: 'Turn the Market Street car park into a cycle hub and a small park.',
    redraft:
      'Turn the Market Street car park into a cycle hub and a small park, keeping 20 spaces for blue-badge holders.',
  },
  {
    code: 'R6',
    theme: THEMES[1],
    group: 'Group D',
    text: 'Fund one transport package first, chosen by the assembly’s ranked vote.',
  },
  {
    code: 'R7',
    theme: THEMES[3],
    group: 'Group E',
    text: 'Charge a yearly levy on private car parks of more than 50 spaces to pay for the transition.',
  },
  {
    code: 'R8',
    theme: THEMES[2],
    group: 'Group F',
    text: 'Give land the council owns to the uses the assembly puts first.',
  },
  {
    code: 'R9',
    theme: THEMES[2],
    group: 'Group F',
    text: 'School kitchens buy from farms nearby.',
    redraft:
      'Give school kitchens a budget to buy at least a third of their food from farms within 50 miles.',
  },
  {
    code: 'R10',
    theme: THEMES[3],
    group: 'Group E',
    text: 'Publish a yearly climate budget beside the council budget, line by line.',
  },
  {
    code: 'R11',
    theme: THEMES[3],
    group: 'Group B',
    text: 'Reconvene a citizens’ panel every year to check the council’s progress on these recommendations.',
  },
  {
    code: 'R12',
    theme: THEMES[0],
    group: 'Group D',
    text: 'Cap rent rises after energy improvements at what tenants save on their bills.',
    minority: {
      text: 'A cap without enforcement is a promise on paper: we ask for a named officer and a complaints line.',
      supporters: 6,
    },
  },
]

const yesNo: BallotSpec = {
  title: '',
  kind: 'yes-no',
  method: 'single_choice_majority',
  entry: 'counts',
  candidates: ['Yes', 'No'],
  ...plainSettings(),
}

const AGREEMENT = ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree']
const SCOTLAND_BANDS = [
  { label: 'strongly supported', min_percent: 75, strict: true },
  { label: 'supported', min_percent: 50, strict: true },
]
const CONSENT = ['Loathe it', 'Lament it', 'Live with it', 'Like it', 'Love it']
const PACKAGES = ['Bus lanes', 'Protected cycle routes', 'Tram study', 'Car club', '20 mph zones']
const LAND_USES = [
  'Community orchards',
  'Allotments',
  'Solar meadow',
  'Wildflower verges',
  'Tree nursery',
  'Play space',
]

export async function runDemoVotes(
  project: Project,
  seed: SeededRandom,
  advance: (minutes: number) => void,
  /** The session the votes are held at: its attendance gives the members present. */
  votingSession: number | null = null,
): Promise<void> {
  // The demo is written to a temporary file that is thrown away if anything fails, so its ~70
  // small commits need not each wait for the disk; the file's usual setting comes back after.
  await withoutSync(project.sqlite, () => writeVotes(project, seed, advance, votingSession))
}

async function writeVotes(
  project: Project,
  seed: SeededRandom,
  advance: (minutes: number) => void,
  votingSession: number | null,
): Promise<void> {
  const random = new SeededRandom(`${seed.seed}:votes`)
  const { sqlite } = project
  const members =
    votingSession === null ? (confirmedMembers(sqlite) ?? 58) : membersThere(sqlite, votingSession)
  /** Members present: from the voting session's attendance, unless another number is typed in. */
  const presentAt = async (ballotId: number, present: number) => {
    if (votingSession !== null && present === members)
      await presentFromSession(project, ballotId, votingSession)
    else await setPresent(project, ballotId, present)
  }
  const tables = Math.max(2, Math.round(members / 10))
  const lot = (id: number) => () => `${seed.seed}:lot:${id}`

  // Weekend 3: the drafting groups bring their recommendations; some are redrafted overnight.
  advance(60 * 24 * 21)
  const ids = new Map<string, number>()
  for (const rec of recommendations) {
    const created = await createRecommendation(project, {
      code: rec.code,
      theme: rec.theme,
      text: rec.text,
      draftingGroup: rec.group,
      status: 'draft',
    })
    ids.set(rec.code, created.id)
    advance(7)
  }
  advance(60 * 16)
  for (const rec of recommendations) {
    const id = ids.get(rec.code) ?? 0
    if (rec.redraft) {
      await updateRecommendation(project, id, {
        code: rec.code,
        theme: rec.theme,
        text: rec.redraft,
        draftingGroup: rec.group,
        status: 'final',
      })
      advance(11)
    }
    if (rec.minority) {
      await addMinorityStatement(project, { recommendationId: id, ...rec.minority })
      advance(5)
    }
  }

  // Weekend 4: the votes.
  advance(60 * 24 * 13)
  const rec = (code: string) => ids.get(code) ?? null
  const settle = async (code: string, ballotId: number) => {
    const decided = await finaliseCount(project, ballotId, { newSeed: lot(ballotId) })
    const outcome = decided.outcome
    const status: RecommendationStatus =
      outcome === 'passed' ? 'adopted' : outcome === 'failed' ? 'rejected' : 'final'
    const recId = rec(code)
    const source = recommendations.find((r) => r.code === code)
    if (recId !== null && source)
      await updateRecommendation(project, recId, {
        code,
        theme: source.theme,
        text: source.redraft ?? source.text,
        draftingGroup: source.group,
        status,
      })
    advance(9)
    return decided
  }
  const byTables = async (
    code: string | null,
    spec: BallotSpec,
    given: Answer[],
    grades = 0,
    present = members,
  ) => {
    const ballot = await createBallot(project, code === null ? null : rec(code), spec)
    await presentAt(ballot.id, present)
    await saveTables(project, {
      ballotId: ballot.id,
      declaredTotal: given.length,
      tables: tableCounts(spec.candidates, tables, given, grades),
    })
    return ballot.id
  }

  // R1: an 80% supermajority (newDemocracy's juries), by a show of hands counted per table.
  const r1 = await byTables(
    'R1',
    {
      ...yesNo,
      title: 'R1: retrofit council homes by 2032',
      options: { threshold_percent: 80, threshold_strict: false },
      quorum: Math.ceil(members / 2),
    },
    answers(random, members, [
      ['Yes', 88],
      ['No', 8],
      ['abstain', 4],
    ]),
  )
  await settle('R1', r1)

  // R2: Scotland's 4-point agreement scale with its bands, entered as table counts.
  const scale = (title: string): BallotSpec => ({
    ...yesNo,
    title,
    kind: 'scale',
    method: 'graded_agreement',
    candidates: [title.split(':')[0] ?? title],
    grades: AGREEMENT,
    options: { bands: SCOTLAND_BANDS },
  })
  const r2 = await byTables(
    'R2',
    scale('R2: no gas boilers in new homes from 2027'),
    answers<Answer>(random, members, [
      [0, 3],
      [1, 6],
      [2, 30],
      [3, 58],
      ['blank', 1],
    ]),
    AGREEMENT.length,
  )
  await settle('R2', r2)

  // R3: yes/no on paper with "no opinion" left out of the percentage base (Ireland), 80% needed.
  const r3 = await byTables(
    'R3',
    {
      ...yesNo,
      title: 'R3: interest-free insulation loans for landlords',
      options: {
        threshold_percent: 80,
        threshold_strict: false,
        percentage_base: 'valid',
        abstain_label: 'no opinion',
      },
    },
    answers(random, members, [
      ['Yes', 64],
      ['No', 26],
      ['abstain', 8],
      ['spoiled', 2],
    ]),
  )
  await settle('R3', r3)

  // R4: the same scale, a narrower result.
  const r4 = await byTables(
    'R4',
    scale('R4: free buses for under-25s and over-65s'),
    answers<Answer>(random, members - 1, [
      [0, 12],
      [1, 24],
      [2, 38],
      [3, 26],
    ]),
    AGREEMENT.length,
    members - 1,
  )
  await settle('R4', r4)

  // R5: the "love it … loathe it" consent scale: 80% at "live with it" or better (Geelong).
  const r5 = await byTables(
    'R5',
    {
      ...yesNo,
      title: 'R5: a cycle hub and park on Market Street',
      kind: 'scale',
      method: 'graded_agreement',
      candidates: ['R5'],
      grades: CONSENT,
      options: { agree_options: CONSENT.slice(2), threshold_percent: 80, threshold_strict: false },
    },
    answers<Answer>(random, members, [
      [0, 5],
      [1, 9],
      [2, 24],
      [3, 36],
      [4, 26],
    ]),
    CONSENT.length,
  )
  await settle('R5', r5)

  // R6: ranked papers counted by Schulze, typed twice, three typos reconciled.
  const r6 = await createBallot(project, rec('R6'), {
    ...yesNo,
    title: 'R6: which transport package first?',
    kind: 'ranking',
    method: 'schulze',
    entry: 'papers',
    candidates: PACKAGES,
    options: { strength: 'winning' },
    rules: { unranked: 'tied_last' },
  })
  const papers = rankedPapers(
    random,
    PACKAGES,
    {
      'Bus lanes': 1.2,
      'Protected cycle routes': 1.0,
      'Tram study': 0.3,
      'Car club': -0.4,
      '20 mph zones': 0.6,
    },
    members,
    [12],
    [30],
  )
  await presentAt(r6.id, members)
  await typePapers(project, r6.id, 'A', papers)
  const typos = new Set([7, 23, 41].filter((n) => n <= members))
  await typePapers(
    project,
    r6.id,
    'B',
    papers.map((p) =>
      typos.has(p.number) && p.marks && 'ranking' in p.marks
        ? { ...p, marks: { ranking: [...p.marks.ranking].reverse() } }
        : p,
    ),
  )
  for (const number of typos) {
    const paper = papers[number - 1]
    if (paper)
      await resolvePaper(project, { ballotId: r6.id, number, marks: paper.marks, invalid: paper.invalid })
  }
  await settle('R6', r6.id)

  // R7 then its sequel: the levy first; only if it passes, how to set it.
  const r7 = await byTables(
    'R7',
    { ...yesNo, title: 'R7: a levy on large private car parks' },
    answers(random, members, [
      ['Yes', 70],
      ['No', 25],
      ['abstain', 5],
    ]),
  )
  await settle('R7', r7)
  const levyOptions = ['Per parking space', 'Share of business rates', 'Flat fee by size band']
  const sequel = await createBallot(project, rec('R7'), {
    ...yesNo,
    title: 'R7b: if the levy passes, how should it be set?',
    kind: 'choice',
    method: 'plurality',
    candidates: levyOptions,
    opensAfter: { ballotId: r7, when: 'passed' },
  })
  if (sequel.state === 'open') {
    await presentAt(sequel.id, members)
    await saveTables(project, {
      ballotId: sequel.id,
      declaredTotal: null,
      tables: tableCounts(
        levyOptions,
        tables,
        answers<Answer>(random, members, [
          ['Per parking space', 50],
          ['Share of business rates', 22],
          ['Flat fee by size band', 25],
          ['abstain', 3],
        ]),
      ),
    })
    await finaliseCount(project, sequel.id, { newSeed: lot(sequel.id) })
    advance(9)
  }

  // R8: dot voting, up to three dots each, counted per table.
  const r8 = await createBallot(project, rec('R8'), {
    ...yesNo,
    title: 'R8: which uses of council land first? (up to 3 dots)',
    kind: 'approval',
    method: 'approval',
    candidates: LAND_USES,
    maxApprovals: 3,
  })
  await presentAt(r8.id, members)
  await saveTables(project, {
    ballotId: r8.id,
    declaredTotal: null,
    tables: dotTables(
      random,
      LAND_USES,
      {
        'Community orchards': 1.1,
        Allotments: 0.9,
        'Solar meadow': 0.8,
        'Wildflower verges': 0.2,
        'Tree nursery': 0,
        'Play space': 0.5,
      },
      members,
      3,
      tables,
    ),
  })
  await settle('R8', r8.id)

  // R11: another supermajority vote, by hands.
  const r11 = await byTables(
    'R11',
    {
      ...yesNo,
      title: 'R11: a yearly citizens’ panel',
      options: { threshold_percent: 80, threshold_strict: false },
    },
    answers(random, members, [
      ['Yes', 93],
      ['No', 4],
      ['abstain', 3],
    ]),
  )
  await settle('R11', r11)

  // Three spokespeople for the council presentation, elected by STV (Scottish rules).
  const names = spokespeopleCandidates(project, random)
  const stv = await createBallot(project, null, {
    ...yesNo,
    title: 'Spokespeople for the presentation to the council',
    kind: 'ranking',
    method: 'stv',
    entry: 'papers',
    candidates: names,
    seats: 3,
    options: { transfer: 'scotland' },
    rules: { unranked: 'not_counted' },
    tieBreak: 'random',
  })
  const appeal = Object.fromEntries(names.map((n, i) => [n, 1.2 - 0.25 * i]))
  const stvPapers = rankedPapers(random, names, appeal, members)
  await presentAt(stv.id, members)
  await typePapers(project, stv.id, 'A', stvPapers)
  await typePapers(project, stv.id, 'B', stvPapers)
  await finaliseCount(project, stv.id, { newSeed: lot(stv.id) })
  advance(15)

  // R10: still being counted when the demo ends: operator A is ahead of operator B.
  const r10 = await createBallot(project, rec('R10'), {
    ...yesNo,
    title: 'R10: a yearly climate budget',
    entry: 'papers',
    options: { threshold_percent: 50 },
  })
  const r10Answers = answers(random, Math.min(24, members), [
    ['Yes', 80],
    ['No', 15],
    ['abstain', 5],
  ])
  const r10Papers = r10Answers.map((answer, i) => ({
    number: i + 1,
    marks: { choice: answer === 'abstain' ? null : answer },
    invalid: null,
  }))
  await presentAt(r10.id, members)
  await typePapers(project, r10.id, 'A', r10Papers)
  await typePapers(project, r10.id, 'B', r10Papers.slice(0, Math.min(15, members)))
}

/** Six confirmed members stood; their names as the ballot paper prints them. */
function spokespeopleCandidates(project: Project, random: SeededRandom): string[] {
  const people = confirmedNames(project.sqlite)
    .map((p) => `${p.first} ${p.last}`.trim())
    .filter((name) => name !== '')
  const unique = [...new Set(people)]
  if (unique.length < 6)
    return ['Amira Khan', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eilidh Ross', 'Femi Adeyemi']
  return random.shuffle(unique).slice(0, 6)
}

/**
 * One operator types a pile of papers. The app saves each paper as its own write; the demo types
 * a whole pile in one transaction (the same checks, the same rows), which keeps it fast.
 */
async function typePapers(
  project: Project,
  ballotId: number,
  operator: Operator,
  papers: readonly Omit<PaperBallotView, 'enteredAt'>[],
): Promise<void> {
  const { sqlite } = project
  const ballot = getBallot(sqlite, ballotId)
  const { countNo } = currentCount(sqlite, ballotId)
  const at = project.timestamp()
  await project.write(() => {
    for (const paper of papers) {
      if (paper.marks) validateMarks(ballot.spec, paper.marks, paper.number)
      upsertPaper(sqlite, { ballotId, countNo, operator }, { ...paper, enteredAt: at })
    }
  })
}
