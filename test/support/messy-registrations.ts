/**
 * A registrations export of the usual messy kind, generated (never copied): 202 rows in which one
 * answer is typed many ways ("M", "man", "Woman", "X", "Rural-West" beside "Rural west"), about one
 * gender in ten is left empty, ages and dates of birth are mixed, and a free-text column sits beside
 * the answers. Deterministic: the same rows every time.
 */

export const MESSY_HEADERS = [
  'Registration ID',
  'Full name',
  'E-mail',
  'Mobile',
  'Address',
  'Postcode',
  'Gender',
  'Age',
  'Area',
  'Housing',
  'How did you hear about us',
  'Consent',
  'Anything else?',
] as const

export const MESSY_ROWS = 202

const GENDERS = ['Female', 'Male', 'M', 'F', 'man', 'Woman', 'female', 'male', 'X', 'Non-binary']
const AREAS = ['Rural west', 'Rural-West', 'Town centre', 'town centre', 'North', 'NORTH', 'Coast']
const HOUSING = ['Owner', 'own', 'Renter', 'renting', 'Social housing', 'council', 'Owner']
const SOURCES = ['Letter', 'Online', 'Letter', 'Friend']
const FIRST = ['Ada', 'Ben', 'Chloé', 'Dev', 'Elif', 'Femi', 'Grace', 'Hugo', 'Inès', 'Jon', 'Kofi', 'Lena']
const LAST = ['Brown', 'Okafor', 'Martin', 'Patel', 'Nguyen', 'Smith', 'Dubois', 'Kowalski', 'Evans']
const COMMENTS = [
  'Wheelchair user, ground floor please',
  'Only free on weekends',
  '',
  'I care about the buses',
  '',
  'Can bring my own lunch',
]

/** Rows as text cells, in the order of MESSY_HEADERS. Every tenth row (from the 7th) has no gender. */
export function messyRows(): string[][] {
  let state = 20261206
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return Math.floor(state / 65536) % n
  }
  const rows: string[][] = []
  for (let i = 1; i <= MESSY_ROWS; i++) {
    const first = FIRST[next(FIRST.length)] ?? 'Ada'
    const last = `${LAST[next(LAST.length)] ?? 'Smith'}${i}`
    const age = 16 + next(70)
    rows.push([
      `REG-${String(i).padStart(4, '0')}`,
      `${first} ${last}`,
      `${first.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()}.${last.toLowerCase()}@example.org`,
      `07700 9${String(10000 + i).slice(1)}`,
      `${i} ${['Mill Lane', 'High Street', 'Station Road'][i % 3] ?? ''}`,
      `AB${1 + (i % 9)} ${i % 10}XY`,
      i % 10 === 7 ? '' : (GENDERS[next(GENDERS.length)] ?? ''),
      i % 25 === 3 ? `${String(1 + (i % 28)).padStart(2, '0')}/04/${2026 - age}` : String(age),
      AREAS[next(AREAS.length)] ?? '',
      HOUSING[next(HOUSING.length)] ?? '',
      SOURCES[next(SOURCES.length)] ?? '',
      ['yes', 'Yes', 'Y'][i % 3] ?? 'yes',
      `${COMMENTS[i % COMMENTS.length] ?? ''}${i % COMMENTS.length === 2 || i % COMMENTS.length === 4 ? '' : ` (${i})`}`,
    ])
  }
  return rows
}

/** The rows as a CSV file's text (commas, quoted where needed, CRLF as spreadsheets write it). */
export function messyCsv(rows: string[][] = messyRows()): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
  return [[...MESSY_HEADERS], ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
