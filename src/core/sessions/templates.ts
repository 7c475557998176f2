import type { BlockKind, Phase, SessionMode, SessionTemplate } from '../../shared/sessions.ts'
import { wordsIn, type DocumentLanguage } from '../print/words.ts'
import type { englishWords } from '../print/words-en.ts'

type TitleKey = keyof typeof englishWords.template.block
type RoomKey = keyof typeof englishWords.template.room

/** One block of a template: kind, minutes, title, room; `fixed` keeps it at its time (lunch at 12:30). */
type PlanBlock = [kind: BlockKind, minutes: number, title: TitleKey, room: RoomKey, fixed?: number]

type PlanDay = { phases: Phase[]; blocks: PlanBlock[] }

type Template = {
  /** The session titles' word (`Weekend {{number}}`). */
  title: 'weekend' | 'evening' | 'day' | 'peoplesAssembly'
  start: number
  end: number
  mode: SessionMode
  days: PlanDay[]
}

const at = (h: number, m = 0) => h * 60 + m
const LUNCH = at(12, 30)

const weekend1: PlanBlock[] = [
  ['arrival', 30, 'arrival', 'foyer'],
  ['welcome', 30, 'welcome', 'plenary'],
  ['ground-rules', 45, 'groundRules', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['evidence', 60, 'criticalThinking', 'plenary'],
  ['meal', 60, 'lunch', 'dining', LUNCH],
  ['evidence', 45, 'evidencePanel', 'plenary'],
  ['table-discussion', 45, 'tableQuestions', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['qa', 60, 'qa', 'plenary'],
  ['break', 15, 'coffee', 'foyer'],
  ['plenary-feedback', 30, 'plenary', 'plenary'],
  ['evaluation', 15, 'survey', 'tables'],
  ['close', 15, 'close', 'plenary'],
]

const weekend2: PlanBlock[] = [
  ['arrival', 30, 'arrival', 'foyer'],
  ['welcome', 30, 'recap', 'plenary'],
  ['evidence', 60, 'witnesses', 'plenary'],
  ['break', 15, 'coffee', 'foyer'],
  ['qa', 45, 'qa', 'plenary'],
  ['meal', 60, 'lunch', 'dining', LUNCH],
  ['table-discussion', 75, 'options', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['table-discussion', 60, 'considerations', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['plenary-feedback', 45, 'plenary', 'plenary'],
  ['evaluation', 15, 'survey', 'tables'],
  ['close', 15, 'close', 'plenary'],
]

const weekend3: PlanBlock[] = [
  ['arrival', 30, 'arrival', 'foyer'],
  ['welcome', 15, 'recap', 'plenary'],
  ['table-discussion', 75, 'deliberation', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['plenary-feedback', 45, 'plenary', 'plenary'],
  ['meal', 60, 'lunch', 'dining', LUNCH],
  ['drafting', 75, 'considerations', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['table-discussion', 60, 'options', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['plenary-feedback', 45, 'plenary', 'plenary'],
  ['evaluation', 15, 'survey', 'tables'],
  ['close', 15, 'close', 'plenary'],
]

const weekend4: PlanBlock[] = [
  ['arrival', 30, 'arrival', 'foyer'],
  ['welcome', 15, 'recap', 'plenary'],
  ['drafting', 75, 'draftingGroups', 'tables'],
  ['break', 15, 'coffee', 'foyer'],
  ['plenary-feedback', 45, 'wording', 'plenary'],
  ['meal', 60, 'lunch', 'dining', LUNCH],
  ['plenary-feedback', 60, 'votingRules', 'plenary'],
  ['break', 15, 'coffee', 'foyer'],
  ['voting', 45, 'voting', 'plenary'],
  ['break', 15, 'coffee', 'foyer'],
  ['plenary-feedback', 30, 'results', 'plenary'],
  ['break', 15, 'coffee', 'foyer'],
  ['evaluation', 30, 'evaluation', 'tables'],
  ['close', 30, 'sendOff', 'plenary'],
]

/** An evening of three hours: food on arrival, one input, tables, feedback. */
function evening(input: BlockKind, inputTitle: TitleKey, work: BlockKind, workTitle: TitleKey): PlanBlock[] {
  return [
    ['arrival', 30, 'arrivalFood', 'foyer'],
    ['welcome', 10, 'recap', 'plenary'],
    [input, 40, inputTitle, 'plenary'],
    ['qa', 20, 'qa', 'plenary'],
    ['break', 15, 'coffee', 'foyer'],
    [work, 45, workTitle, 'tables'],
    ['plenary-feedback', 15, 'plenary', 'plenary'],
    ['close', 5, 'close', 'plenary'],
  ]
}

/** A day of a jury or a review, 09:30–17:00, lunch at 12:30. */
function juryDay(morning: [BlockKind, TitleKey], afternoon: [BlockKind, TitleKey]): PlanBlock[] {
  return [
    ['arrival', 30, 'arrival', 'foyer'],
    ['welcome', 15, 'recap', 'plenary'],
    [morning[0], 60, morning[1], 'plenary'],
    ['break', 15, 'coffee', 'foyer'],
    ['qa', 60, 'qa', 'plenary'],
    ['meal', 60, 'lunch', 'dining', LUNCH],
    ['table-discussion', 60, 'deliberation', 'tables'],
    ['break', 15, 'coffee', 'foyer'],
    [afternoon[0], 60, afternoon[1], 'tables'],
    ['break', 15, 'coffee', 'foyer'],
    ['plenary-feedback', 45, 'plenary', 'plenary'],
    ['close', 15, 'close', 'plenary'],
  ]
}

const templates: Record<SessionTemplate, Template> = {
  'four-weekends': {
    title: 'weekend',
    start: at(9, 30),
    end: at(17, 30),
    mode: 'in-person',
    days: [
      { phases: ['learning'], blocks: weekend1 },
      { phases: ['learning', 'deliberation'], blocks: weekend2 },
      { phases: ['deliberation'], blocks: weekend3 },
      { phases: ['decision'], blocks: weekend4 },
    ],
  },
  'evening-series': {
    title: 'evening',
    start: at(18, 30),
    end: at(21, 30),
    mode: 'in-person',
    days: [
      {
        phases: ['learning'],
        blocks: evening('evidence', 'evidencePanel', 'table-discussion', 'tableQuestions'),
      },
      {
        phases: ['learning'],
        blocks: evening('evidence', 'witnesses', 'table-discussion', 'tableQuestions'),
      },
      {
        phases: ['learning', 'deliberation'],
        blocks: evening('evidence', 'witnesses', 'table-discussion', 'options'),
      },
      {
        phases: ['deliberation'],
        blocks: evening('table-discussion', 'options', 'table-discussion', 'considerations'),
      },
      {
        phases: ['deliberation', 'decision'],
        blocks: evening('table-discussion', 'considerations', 'drafting', 'draftingGroups'),
      },
      { phases: ['decision'], blocks: evening('plenary-feedback', 'wording', 'voting', 'voting') },
    ],
  },
  'citizens-jury': {
    title: 'day',
    start: at(9, 30),
    end: at(17),
    mode: 'in-person',
    days: [
      {
        phases: ['learning'],
        blocks: juryDay(['evidence', 'criticalThinking'], ['table-discussion', 'tableQuestions']),
      },
      {
        phases: ['learning'],
        blocks: juryDay(['evidence', 'evidencePanel'], ['table-discussion', 'tableQuestions']),
      },
      {
        phases: ['learning', 'deliberation'],
        blocks: juryDay(['evidence', 'witnesses'], ['table-discussion', 'options']),
      },
      {
        phases: ['deliberation'],
        blocks: juryDay(['table-discussion', 'options'], ['drafting', 'considerations']),
      },
      { phases: ['decision'], blocks: juryDay(['drafting', 'draftingGroups'], ['voting', 'voting']) },
    ],
  },
  'citizens-initiative-review': {
    title: 'day',
    start: at(9, 30),
    end: at(17),
    mode: 'in-person',
    days: [
      {
        phases: ['learning'],
        blocks: juryDay(['evidence', 'advocates'], ['table-discussion', 'tableQuestions']),
      },
      {
        phases: ['learning', 'deliberation'],
        blocks: juryDay(['evidence', 'experts'], ['table-discussion', 'options']),
      },
      {
        phases: ['deliberation', 'decision'],
        blocks: juryDay(['table-discussion', 'considerations'], ['drafting', 'keyFindings']),
      },
      { phases: ['decision'], blocks: juryDay(['drafting', 'statement'], ['voting', 'voting']) },
    ],
  },
  'peoples-assembly': {
    title: 'peoplesAssembly',
    start: at(18, 30),
    end: at(21),
    mode: 'in-person',
    days: [
      {
        phases: ['deliberation', 'decision'],
        blocks: [
          ['arrival', 15, 'arrivalFood', 'foyer'],
          ['ground-rules', 15, 'groundRules', 'plenary'],
          ['evidence', 20, 'shortInputs', 'plenary'],
          ['table-discussion', 45, 'deliberation', 'tables'],
          ['break', 10, 'coffee', 'foyer'],
          ['plenary-feedback', 25, 'plenary', 'plenary'],
          ['voting', 10, 'temperature', 'plenary'],
          ['close', 10, 'close', 'plenary'],
        ],
      },
    ],
  },
}

/** A session of a plan, ready to be written. */
export type PlannedSession = {
  title: string
  date: string
  start: number
  end: number
  venue: string
  mode: SessionMode
  phases: Phase[]
  blocks: { kind: BlockKind; title: string; duration: number; fixedStart: number | null; room: string }[]
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The full plan of a template, in the assembly's language: its sessions from `firstDate`,
 * `spacingDays` apart, at the first venue of the profile.
 */
export function planFromTemplate(
  template: SessionTemplate,
  options: { firstDate: string; spacingDays: number; venue: string; language: DocumentLanguage },
): PlannedSession[] {
  const t = wordsIn(options.language)
  const plan = templates[template]
  return plan.days.map((day, i) => ({
    title: t(`template.${plan.title}`, { number: i + 1 }),
    date: addDays(options.firstDate, i * options.spacingDays),
    start: plan.start,
    end: plan.end,
    venue: options.venue,
    mode: plan.mode,
    phases: day.phases,
    blocks: day.blocks.map(([kind, duration, title, room, fixed]) => ({
      kind,
      title: t(`template.block.${title}`),
      duration,
      fixedStart: fixed ?? null,
      room: t(`template.room.${room}`),
    })),
  }))
}
