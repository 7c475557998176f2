import type { BallotSpec, InvalidBallot, PaperMarks } from '../../../../shared/votes.ts'

/**
 * Keyboard entry of paper ballots. Each option gets a one-key code (1–9, then a–z); a grade gets
 * its own number (1 = worst) or, on a 0–10 score, the score itself. What an operator types:
 * - ranking: the codes in order of preference, `314` or `3 1 4`; `=` (or `+`) puts the next option
 *   at the same rank as the one before;
 * - yes/no, single choice: one code; `0` = abstain / no opinion;
 * - approval: the codes of every option marked, in any order;
 * - scale, score, majority judgment: one grade per option, in the order of the options; `.` = not
 *   graded;
 * - `-` alone: a blank paper; `*` then a reason: a spoiled paper (`* two crosses`).
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
const SINGLE_KEYS = `123456789${LETTERS}`

export const BLANK_KEY = '-'
export const SPOILED_KEY = '*'
export const ABSTAIN_KEY = '0'
export const EQUAL_KEYS = ['=', '+']
export const SKIP_KEY = '.'

/** Codes of the options, in their order: one key each while they fit, else numbers. */
export function optionCodes(candidates: readonly string[]): string[] {
  if (candidates.length <= SINGLE_KEYS.length) return candidates.map((_, i) => SINGLE_KEYS.charAt(i))
  return candidates.map((_, i) => String(i + 1))
}

/** Codes of the grades (worst first): numeric labels as they are ("0"…"10"), otherwise 1, 2, 3… */
export function gradeCodes(grades: readonly string[]): string[] {
  const numeric = grades.every((g) => /^\d+$/.test(g)) && new Set(grades).size === grades.length
  return numeric ? [...grades] : grades.map((_, i) => String(i + 1))
}

export type Parsed =
  | { kind: 'marks'; marks: PaperMarks }
  | { kind: 'invalid'; invalid: InvalidBallot }
  | { kind: 'empty' }
  | { kind: 'error'; error: ParseError }

export type ParseError =
  | { code: 'unknownKey'; key: string }
  | { code: 'twice'; key: string }
  | { code: 'oneChoice' }
  | { code: 'gradeCount'; expected: number; got: number }
  | { code: 'unknownGrade'; key: string }
  | { code: 'tooMany'; max: number }
  | { code: 'equalFirst' }

const isSingle = (codes: readonly string[]) => codes.every((c) => c.length === 1)

/** Splits what was typed into keys: one character each when every code is one key, else by spaces. */
function tokens(text: string, single: boolean): string[] {
  // Keys are ASCII: one character each.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  if (single) return [...text].filter((c) => c.trim() !== '')
  return text
    .replace(/([=+])/g, ' $1 ')
    .split(/\s+/)
    .filter((t) => t !== '')
}

export function parsePaper(spec: BallotSpec, typed: string): Parsed {
  const text = typed.trim().toLowerCase()
  if (text === '') return { kind: 'empty' }
  if (text === BLANK_KEY) return { kind: 'invalid', invalid: { kind: 'blank', reason: '' } }
  if (text.startsWith(SPOILED_KEY))
    return { kind: 'invalid', invalid: { kind: 'spoiled', reason: typed.trim().slice(1).trim() } }
  const codes = optionCodes(spec.candidates)
  const nameOf = (key: string) => {
    const i = codes.indexOf(key)
    return i < 0 ? null : (spec.candidates[i] ?? null)
  }
  switch (spec.kind) {
    case 'ranking':
      return parseRanking(tokens(text, isSingle(codes)), nameOf)
    case 'yes-no':
    case 'choice': {
      const keys = tokens(text, isSingle(codes))
      if (keys.length !== 1) return { kind: 'error', error: { code: 'oneChoice' } }
      const key = keys[0] ?? ''
      if (key === ABSTAIN_KEY) return { kind: 'marks', marks: { choice: null } }
      const name = nameOf(key)
      return name === null
        ? { kind: 'error', error: { code: 'unknownKey', key } }
        : { kind: 'marks', marks: { choice: name } }
    }
    case 'approval': {
      const approve: string[] = []
      for (const key of tokens(text, isSingle(codes))) {
        const name = nameOf(key)
        if (name === null) return { kind: 'error', error: { code: 'unknownKey', key } }
        if (approve.includes(name)) return { kind: 'error', error: { code: 'twice', key } }
        approve.push(name)
      }
      if (spec.maxApprovals !== null && approve.length > spec.maxApprovals)
        return { kind: 'error', error: { code: 'tooMany', max: spec.maxApprovals } }
      return { kind: 'marks', marks: { approve } }
    }
    case 'scale':
    case 'score':
    case 'majority-judgment':
      return parseGrades(spec, text)
  }
}

function parseRanking(keys: string[], nameOf: (key: string) => string | null): Parsed {
  const ranking: string[][] = []
  const seen = new Set<string>()
  let joinNext = false
  for (const key of keys) {
    if (EQUAL_KEYS.includes(key)) {
      if (ranking.length === 0) return { kind: 'error', error: { code: 'equalFirst' } }
      joinNext = true
      continue
    }
    const name = nameOf(key)
    if (name === null) return { kind: 'error', error: { code: 'unknownKey', key } }
    if (seen.has(name)) return { kind: 'error', error: { code: 'twice', key } }
    seen.add(name)
    const last = ranking[ranking.length - 1]
    if (joinNext && last) last.push(name)
    else ranking.push([name])
    joinNext = false
  }
  return { kind: 'marks', marks: { ranking } }
}

function parseGrades(spec: BallotSpec, text: string): Parsed {
  const codes = gradeCodes(spec.grades)
  const single = isSingle(codes)
  const keys =
    !single && spec.candidates.length === 1 && !/\s/.test(text)
      ? [text]
      : tokens(text, single || !/\s/.test(text))
  if (keys.length !== spec.candidates.length)
    return {
      kind: 'error',
      error: { code: 'gradeCount', expected: spec.candidates.length, got: keys.length },
    }
  const scores: Record<string, number> = {}
  for (const [i, key] of keys.entries()) {
    if (key === SKIP_KEY) continue
    const grade = codes.indexOf(key)
    if (grade < 0) return { kind: 'error', error: { code: 'unknownGrade', key } }
    scores[spec.candidates[i] ?? ''] = grade
  }
  return { kind: 'marks', marks: { scores } }
}

/** What an operator would type for a paper: to edit it, and to show both entries side by side. */
export function typedFor(spec: BallotSpec, marks: PaperMarks | null, invalid: InvalidBallot | null): string {
  if (invalid) return invalid.kind === 'blank' ? BLANK_KEY : `${SPOILED_KEY} ${invalid.reason}`.trim()
  if (!marks) return ''
  const codes = optionCodes(spec.candidates)
  const single = isSingle(codes)
  const codeOf = (name: string) => codes[spec.candidates.indexOf(name)] ?? '?'
  const join = (parts: string[]) => parts.join(single ? '' : ' ')
  if ('ranking' in marks)
    return join(marks.ranking.filter((g) => g.length > 0).map((group) => group.map(codeOf).join('=')))
  if ('choice' in marks) return marks.choice === null ? ABSTAIN_KEY : codeOf(marks.choice)
  if ('approve' in marks) return join(marks.approve.map(codeOf))
  const grades = gradeCodes(spec.grades)
  const parts = spec.candidates.map((name) => {
    const g = marks.scores[name]
    return g === undefined ? SKIP_KEY : (grades[g] ?? '?')
  })
  return parts.join(isSingle(grades) && parts.every((p) => p.length === 1) ? '' : ' ')
}
