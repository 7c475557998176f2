import { blockInputOf, type QuestionInput, type SpeakerInput } from '../../shared/sessions.ts'
import { getProfile } from '../profile/profile-repo.ts'
import { withoutSync } from '../project/file-repo.ts'
import type { Project } from '../project/project.ts'
import { addBlock, createFromTemplate, updateBlock } from '../sessions/session-commands.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { readAgenda } from '../sessions/sessions-view.ts'
import { createQuestion, createSpeaker } from '../sessions/speaker-commands.ts'
import { listBallots } from '../votes/vote-repo.ts'

/** The eight speakers of the demo, each with a declaration of interests. */
const speakers: SpeakerInput[] = [
  [
    'Dr Amara Osei',
    'University of Riverside, climate science',
    'expert',
    'Paid adviser to the county council’s flood-risk board since 2023; no other interests.',
    true,
    true,
    300,
    42,
  ],
  [
    'Prof. Helen Marsh',
    'Institute for Housing Studies',
    'expert',
    'Research funded by the national housing agency; unpaid trustee of a tenants’ charity.',
    true,
    true,
    300,
    65.5,
  ],
  [
    'Dr Priya Raman',
    'Independent energy economist',
    'expert',
    'Consultancy for two energy suppliers in the past five years (named in the briefing pack).',
    true,
    false,
    300,
    0,
  ],
  [
    'Tomasz Nowak',
    'Riverside Bus Users’ Group',
    'advocate',
    'Chair of the bus users’ group (voluntary, unpaid).',
    true,
    true,
    0,
    12,
  ],
  [
    'Gareth Lloyd',
    'Farmers’ Union, Riverside branch',
    'advocate',
    'Runs a family farm on the flood plain; member of the Farmers’ Union.',
    false,
    true,
    0,
    38.4,
  ],
  [
    'Claire Dubois',
    'Regional Chamber of Commerce',
    'stakeholder',
    'Employed by the Chamber of Commerce, which lobbies on transport and energy policy.',
    true,
    false,
    0,
    0,
  ],
  [
    'Rev. Samuel Adeyemi',
    'Riverside Food Bank',
    'stakeholder',
    'Volunteer coordinator of the food bank; no financial interests.',
    false,
    true,
    0,
    0,
  ],
  [
    'Maria Kowalczyk',
    'Resident of Mill Lane',
    'witness',
    'Lives in a street that flooded in 2024; chosen by the members; no organisational interests.',
    true,
    true,
    0,
    20,
  ],
].map(([name, organisation, role, declaration, briefed, slides, fee, expenses]) => ({
  name: name as string,
  organisation: organisation as string,
  role: role as SpeakerInput['role'],
  declaration: declaration as string,
  briefingSentOn: briefed ? '2026-02-20' : null,
  slidesReceived: slides as boolean,
  publishConsent: slides as boolean,
  fee: fee as number,
  expenses: expenses as number,
  notes: '',
}))

const facilitators = ['Jo Kim', 'Ben Carter', 'Aisha Rahman', 'Luis Ortega']

/** Members' questions: [weekend, table, text, speaker (index) or 'secretariat' or null, answer, shared]. */
const questions: [number, string, string, number | 'secretariat' | null, string, boolean][] = [
  [
    0,
    'Table 2',
    'How often has the river flooded in the last fifty years, and is it getting worse?',
    0,
    'Seven serious floods since 1975, four of them since 2007; the models expect more.',
    true,
  ],
  [
    0,
    'Table 5',
    'Who pays for flood defences today: the council, the government or the water company?',
    'secretariat',
    'Mostly national grants matched by the council; the briefing note has the figures.',
    true,
  ],
  [
    0,
    'Table 1',
    'What share of the district’s emissions comes from heating homes?',
    2,
    'About 31% in the latest inventory, second after road transport.',
    true,
  ],
  [
    0,
    'Table 7',
    'Can we hear from someone who lives on the flood plain?',
    'secretariat',
    'Yes: Maria Kowalczyk will speak on the second weekend.',
    false,
  ],
  [
    1,
    'Table 3',
    'Would free buses for under-25s take cars off the road, or only people off bikes?',
    3,
    'Evidence from two cities shows about a third of new trips replaced car journeys.',
    false,
  ],
  [
    1,
    'Table 4',
    'How many empty homes are there in the district?',
    1,
    'About 1,150 homes have been empty for more than six months.',
    false,
  ],
  [
    1,
    'Table 6',
    'What do farmers on the flood plain lose when fields are used to store water?',
    4,
    '',
    false,
  ],
  [1, 'Table 2', 'Does the Chamber of Commerce support a low-traffic town centre?', 5, '', false],
  [1, 'Table 8', 'How many families used the food bank because of energy bills last winter?', 6, '', false],
  [2, 'Table 1', 'Could the council borrow to insulate every council home by 2030?', null, '', false],
  [2, 'Table 5', 'What happened to the last climate plan the council adopted?', null, '', false],
  [2, 'Table 3', 'Is there a legal limit on how high council tax can rise to pay for this?', null, '', false],
]

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The demo's meeting days: four weekends from the four-weekend template (learning, then
 * deliberation, then the decision weekend), with speakers, facilitators, materials, AV and
 * interpretation, staff notes, and a dozen members' questions from asked to shared. The last
 * weekend's voting blocks name the demo's ballots once they exist (`linkDemoBallots`).
 */
export async function runDemoSessions(project: Project, advance: (minutes: number) => void): Promise<void> {
  await withoutSync(project.sqlite, async () => {
    const { sqlite } = project
    const profile = getProfile(sqlite)
    const firstDate = profile.startDate ?? '2026-03-07'
    const weekends = await createFromTemplate(project, 'four-weekends', firstDate, 14)
    advance(60 * 24)
    const ids: number[] = []
    for (const speaker of speakers) ids.push((await createSpeaker(project, speaker)).id)
    const id = (i: number) => ids[i] ?? 0
    const interpretation = profile.languages.slice(1).join(', ')
    const speakersOf: Record<string, number[][]> = {
      evidence: [[id(2)], [id(6), id(4), id(7)], [], []],
      qa: [[id(0), id(1), id(3)], [id(6), id(4), id(7), id(5)], [], []],
    }
    const agenda = readAgenda(sqlite)
    for (const [w, weekend] of weekends.entries()) {
      const blocks = agenda.blocks.get(weekend.id) ?? []
      let evidence = 0
      for (const block of blocks) {
        const input = blockInputOf(block)
        if (block.kind === 'evidence') {
          input.speakerIds = evidence === 0 ? (speakersOf['evidence']?.[w] ?? []) : [id(0), id(1), id(3)]
          input.avNeeds = 'Two handheld microphones, projector, slides on the laptop by 9:00'
          input.staffNote = 'Speakers arrive 30 minutes early for a sound check.'
          input.materials = 'Evidence pack (60 copies)'
          evidence += 1
        }
        if (block.kind === 'qa') {
          input.speakerIds = speakersOf['qa']?.[w] ?? []
          input.lead = 'Jo Kim'
          input.avNeeds = 'Roving microphone for members'
        }
        if (block.kind === 'welcome') input.lead = w === 0 ? 'Ruth Evans (council leader)' : 'Jo Kim'
        if (block.kind === 'table-discussion' || block.kind === 'drafting' || block.kind === 'ground-rules') {
          input.facilitators = facilitators
          input.materials = 'Flip charts, markers, question cards'
        }
        if (block.kind === 'plenary-feedback') input.lead = 'Jo Kim'
        if (block.kind === 'arrival') input.staffNote = 'Sign-in sheets by the door; badges sorted by table.'
        if (block.kind === 'meal') input.staffNote = 'Dietary list to the caterer by Wednesday.'
        if (interpretation && block.kind !== 'break' && block.kind !== 'meal' && block.kind !== 'arrival')
          input.interpretation = interpretation
        await updateBlock(project, block.id, input)
      }
      advance(60)
    }

    for (const [w, table, text, who, answer, shared] of questions) {
      const session = weekends[w]
      const answeredOn = answer && session ? addDays(session.date, 5) : null
      const input: QuestionInput = {
        sessionId: session?.id ?? null,
        table,
        text,
        assignee:
          who === null
            ? null
            : who === 'secretariat'
              ? { kind: 'secretariat' }
              : { kind: 'speaker', speakerId: id(who) },
        answer,
        answeredOn,
        sharedOn: shared && session ? addDays(session.date, 7) : null,
      }
      await createQuestion(project, input)
    }
  })
}

/** The decision weekend's votes, one block per ballot, on the demo's first three ballots. */
export async function linkDemoBallots(project: Project): Promise<void> {
  await withoutSync(project.sqlite, async () => {
    const { sqlite } = project
    const last = readSessions(sqlite).at(-1)
    const voting = last
      ? readAgenda(sqlite)
          .blocks.get(last.id)
          ?.find((b) => b.kind === 'voting')
      : undefined
    const ballots = listBallots(sqlite).slice(0, 3)
    if (last && voting) {
      const [first, ...others] = ballots
      if (first)
        await updateBlock(project, voting.id, {
          ...blockInputOf(voting),
          title: first.spec.title,
          duration: 15,
          ballotId: first.id,
        })
      for (const [i, ballot] of others.entries())
        await addBlock(
          project,
          last.id,
          { ...blockInputOf(voting), title: ballot.spec.title, duration: 15, ballotId: ballot.id },
          voting.position + 1 + i,
        )
    }
  })
}
