import { commonCategoryOf, type CountedAnswer } from '../../shared/answer-match.ts'
import type { ProposedCategory } from '../../shared/pool.ts'
import { parseAge } from './parse-age.ts'

/** More distinct answers than this and a column is free text, whatever its header says. */
const MAX_HEADER_ANSWERS = 40
/** A column of few short answers: at most this many distinct ones… */
const MAX_FEW_ANSWERS = 8
/** …none longer than this… */
const MAX_SHORT_ANSWER = 30
/** …in at least this many answered rows. */
const MIN_ANSWERED_ROWS = 10

/**
 * Whether a column the headers did not otherwise place looks like a stratification category: its
 * header is a usual category word (gender, âge, ward, logement…), or it holds few distinct short
 * answers (at most 8, in a quarter of the answered rows or fewer, none over 30 characters).
 * An age column of ages or dates of birth is proposed as an age (turned into bands).
 */
export function recogniseCategory(
  header: string,
  answers: CountedAnswer[],
  referenceDate: string,
): Omit<ProposedCategory, 'column'> | null {
  const given = answers.filter((a) => a.key !== '')
  const answered = given.reduce((sum, a) => sum + a.count, 0)
  if (given.length === 0) return null
  const common = commonCategoryOf(header)
  if (common?.kind === 'age') {
    const ages = given.filter((a) => parseAge(a.raw, referenceDate) !== null)
    const agesCount = ages.reduce((sum, a) => sum + a.count, 0)
    if (agesCount >= 0.8 * answered) return { because: 'header', role: 'age' }
  }
  if (common && given.length <= MAX_HEADER_ANSWERS) return { because: 'header', role: 'category' }
  const few =
    answered >= MIN_ANSWERED_ROWS &&
    given.length >= 2 &&
    given.length <= Math.min(MAX_FEW_ANSWERS, answered / 4) &&
    given.every((a) => a.raw.length <= MAX_SHORT_ANSWER)
  return few ? { because: 'answers', role: 'category' } : null
}
