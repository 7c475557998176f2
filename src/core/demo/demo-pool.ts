import type { ImportMapping } from '../../shared/pool.ts'
import type { SeededRandom } from '../random/seeded-random.ts'
import { answerKey } from '../pool/normalise.ts'
import { DEFAULT_AGE_BANDS } from '../../shared/pool.ts'

/** First names as people register them; chosen to match the gender answer, so the demo reads true. */
const FIRST = {
  Female: [
    'Amara',
    'Chloe',
    'Ewa',
    'Grace',
    'Isla',
    'Leah',
    'Niamh',
    'Priya',
    'Rosa',
    'Uma',
    'Wen',
    'Zara',
    'Bronwen',
    'Dolores',
    'Elif',
    'Farah',
    'Ines',
    'Lena',
    'Nadia',
    'Hui',
  ],
  Male: [
    'Ben',
    'Dev',
    'Femi',
    'Hamza',
    'Jakub',
    'Mo',
    'Oren',
    'Tomasz',
    'Vik',
    'Yusuf',
    'Aled',
    'Callum',
    'Gareth',
    'Joel',
    'Kofi',
    'Marek',
    'Owen',
    'Sam',
    'Kiran',
    'Quinn',
  ],
  'Non-binary or other': ['Alex', 'Quinn', 'Sam', 'Kiran', 'Robin', 'Jules'],
} as const
const LAST = [
  'Adeyemi',
  'Baker',
  'Chen',
  'Davies',
  'Evans',
  'Fernandes',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Kowalski',
  'Lewis',
  'Murphy',
  'Nowak',
  "O'Brien",
  'Patel',
  'Quayle',
  'Roberts',
  'Singh',
  'Taylor',
  'Usman',
  'Vaughan',
  'Walsh',
  'Xu',
  'Young',
  'Zielinski',
  'Ahmed',
  'Brown',
  'Clarke',
  'Dunne',
]
const STREETS = [
  'Mill Lane',
  'Station Road',
  'High Street',
  'Church Walk',
  'Orchard Close',
  'Riverside Way',
  'Queen Street',
  'Park Avenue',
  'Meadow View',
  'Canal Street',
  'Victoria Road',
  'Elm Grove',
]
const AREAS = [
  { value: 'North', code: 'RV1', weight: 0.3 },
  { value: 'Town centre', code: 'RV2', weight: 0.25 },
  { value: 'East', code: 'RV3', weight: 0.25 },
  { value: 'Rural west', code: 'RV4', weight: 0.2 },
]
/** How people answered on paper and web forms: the same answer written many ways. */
const GENDER_ANSWERS = [
  { raw: ['Female', 'female', 'F', 'Woman', 'woman '], value: 'Female', weight: 0.51 },
  { raw: ['Male', 'male', 'M', 'Man'], value: 'Male', weight: 0.47 },
  { raw: ['Non-binary', 'non binary', 'Other'], value: 'Non-binary or other', weight: 0.02 },
]
const EDUCATION = ['No qualifications', 'Secondary school', 'Further education', 'Degree or higher']
const TENURE = ['Owner occupier', 'Private renter', 'Social renter']
const ETHNICITY = ['White', 'Mixed', 'Asian', 'Black', 'Other']
const ATTITUDE = ['Very concerned', 'Fairly concerned', 'Not very concerned', 'Not at all concerned']

export const DEMO_POOL_HEADERS = [
  'Registration ID',
  'First name',
  'Last name',
  'Email',
  'Phone',
  'Address',
  'Postcode',
  'Gender',
  'Date of birth',
  'Area',
  'Highest qualification',
  'Housing',
  'Ethnic background',
  'How concerned are you about climate change?',
  'Consent to be contacted',
  'Access needs',
]

function newHome(random: SeededRandom): { address: string; postcode: string; area: (typeof AREAS)[number] } {
  const area = weighted(random, AREAS)
  const letter = () => String.fromCharCode(65 + random.int(26))
  return {
    address: `${1 + random.int(180)} ${random.pick(STREETS)}`,
    postcode: `${area.code} ${1 + random.int(9)}${letter()}${letter()}`,
    area,
  }
}

function weighted<T extends { weight: number }>(random: SeededRandom, items: T[]): T {
  let x = random.next() * items.reduce((s, i) => s + i.weight, 0)
  for (const item of items) {
    x -= item.weight
    if (x < 0) return item
  }
  return items[items.length - 1] as T
}

function pickWeighted(random: SeededRandom, values: string[], weights: number[]): string {
  return weighted(
    random,
    values.map((value, i) => ({ value, weight: weights[i] ?? 1 })),
  ).value
}

/**
 * About 1,500 registrations as an organiser receives them: answers typed several ways, dates of
 * birth, shared addresses (couples, families, flatmates), correlated answers (age with housing and
 * qualifications), and a few rows with problems (no consent, a duplicate, a typo in an e-mail).
 */
export function demoRegistrations(random: SeededRandom, count = 1500, referenceYear = 2026): string[][] {
  const rows: string[][] = []
  let household: { address: string; postcode: string; area: (typeof AREAS)[number] } | null = null
  for (let i = 0; i < count; i++) {
    // Couples, families and flatmates: the next person often registers from the same address.
    const home: { address: string; postcode: string; area: (typeof AREAS)[number] } =
      household !== null && random.next() < 0.18 ? household : newHome(random)
    household = home
    const { address, postcode, area } = home

    const age = 16 + Math.floor(Math.pow(random.next(), 1.15) * 72)
    const birthYear = referenceYear - age - 1
    const dob = `${String(1 + random.int(28)).padStart(2, '0')}/${String(1 + random.int(12)).padStart(2, '0')}/${birthYear}`
    const gender = weighted(random, GENDER_ANSWERS)
    const young = age < 30
    const old = age >= 60
    const education = pickWeighted(
      random,
      EDUCATION,
      old ? [3, 4, 2, 2] : young ? [1, 4, 3, 3] : [1, 3, 3, 4],
    )
    const tenure = pickWeighted(random, TENURE, old ? [7, 1, 2] : young ? [2, 6, 2] : [5, 3, 2])
    const attitude = pickWeighted(
      random,
      ATTITUDE,
      young ? [5, 3, 1, 0.5] : old ? [2, 4, 2, 1] : [3, 4, 2, 1],
    )
    const first = random.pick(FIRST[gender.value as keyof typeof FIRST])
    const last = random.pick(LAST)
    const id = `REG-${String(10001 + i)}`
    const email =
      random.next() < 0.01
        ? `${first.toLowerCase()}.${last.toLowerCase()}-at-mail`
        : `${first}.${last}${i}@example.org`.toLowerCase().replace("'", '')
    const phone = `07700 9${String(i).padStart(5, '0')}`
    const consent = random.next() < 0.005 ? 'No' : random.pick(['Yes', 'yes', 'Y'])
    const access =
      random.next() < 0.08
        ? random.pick(['Step-free access', 'Hearing loop', 'Large print', 'Quiet room'])
        : ''
    const ethnicity = pickWeighted(random, ETHNICITY, [80, 3, 9, 5, 3])
    rows.push([
      id,
      first,
      last,
      email,
      phone,
      address,
      postcode,
      random.pick(gender.raw),
      dob,
      area.value,
      education,
      tenure,
      ethnicity,
      attitude,
      consent,
      access,
    ])
  }
  // One person registered twice (by post and online), as happens.
  const twice = rows[7]
  if (twice) rows.push([`REG-${String(10001 + count)}`, ...twice.slice(1)])
  return rows
}

export function demoMapping(referenceDate: string): ImportMapping {
  const identity = (values: string[]) => Object.fromEntries(values.map((v) => [answerKey(v), v]))
  return {
    columns: [
      { role: 'id' },
      { role: 'firstName' },
      { role: 'lastName' },
      { role: 'email' },
      { role: 'phone' },
      { role: 'address' },
      { role: 'postcode' },
      { role: 'category', category: 'Gender' },
      { role: 'age', category: 'Age', bands: DEFAULT_AGE_BANDS, referenceDate },
      { role: 'category', category: 'Area' },
      { role: 'category', category: 'Education' },
      { role: 'category', category: 'Housing' },
      { role: 'category', category: 'Ethnicity' },
      { role: 'category', category: 'Climate concern' },
      { role: 'consent' },
      { role: 'note' },
    ],
    values: {
      Gender: Object.fromEntries(GENDER_ANSWERS.flatMap((g) => g.raw.map((r) => [answerKey(r), g.value]))),
      Area: identity(AREAS.map((a) => a.value)),
      Education: identity(EDUCATION),
      Housing: identity(TENURE),
      Ethnicity: identity(ETHNICITY),
      'Climate concern': identity(ATTITUDE),
    },
    missing: {
      Gender: { kind: 'value', value: 'Prefer not to say' },
      Age: { kind: 'reject' },
      Area: { kind: 'reject' },
      Education: { kind: 'value', value: 'Prefer not to say' },
      Housing: { kind: 'value', value: 'Prefer not to say' },
      Ethnicity: { kind: 'value', value: 'Prefer not to say' },
      'Climate concern': { kind: 'value', value: 'Prefer not to say' },
    },
  }
}
