import { answerKey } from './answer-key.ts'
import {
  COMMON_CATEGORIES,
  PREFER_NOT_TO_SAY,
  type CommonCategory,
  type SynonymGroup,
} from './common-categories.ts'
import type { Language } from './contract.ts'

/** One distinct answer of a column: as first typed, its key, and how many rows gave it. */
export type CountedAnswer = { raw: string; key: string; count: number }

/**
 * The usual category a header (or a category's name) names, such as "Gender", "Sexe", "Age band" or
 * "Ward (where you live)": the header's key is one of the category's words, or starts with one.
 */
export function commonCategoryOf(header: string): CommonCategory | null {
  const key = answerKey(header.replace(/_/g, ' ')).replace(/\s+/g, ' ')
  if (key === '') return null
  const words = (c: CommonCategory) => [...c.headers.en, ...c.headers.fr]
  return (
    COMMON_CATEGORIES.find((c) => words(c).includes(key)) ??
    COMMON_CATEGORIES.find((c) => words(c).some((w) => key.startsWith(`${w} `))) ??
    null
  )
}

/** The synonym groups used for a category: its own (if it is a usual one) and "Prefer not to say". */
function groupsFor(category: string): SynonymGroup[] {
  return [...(commonCategoryOf(category)?.groups ?? []), PREFER_NOT_TO_SAY]
}

function wordsOf(group: SynonymGroup, language: Language): string[] {
  return group[language].map((w, i) => (i === 0 ? answerKey(w) : w))
}

function groupOf(key: string, groups: SynonymGroup[]): SynonymGroup | undefined {
  return groups.find((g) => wordsOf(g, 'en').includes(key) || wordsOf(g, 'fr').includes(key))
}

/** The group's value name in a language ("Male", "Homme"). */
function labelOf(group: SynonymGroup, language: Language): string {
  return group[language][0] ?? ''
}

/** French when more answers are French words of the groups than English ones; English otherwise. */
export function languageOf(answers: CountedAnswer[], category: string): Language {
  const groups = groupsFor(category)
  let en = 0
  let fr = 0
  for (const answer of answers) {
    for (const group of groups) {
      if (wordsOf(group, 'en').includes(answer.key)) en += answer.count
      if (wordsOf(group, 'fr').includes(answer.key)) fr += answer.count
    }
  }
  return fr > en ? 'fr' : 'en'
}

/** A raw answer typed all in small or all in capital letters becomes "Capitalised" as a new value. */
export function tidyValue(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ')
  if (text.length < 2 || (text !== text.toLowerCase() && text !== text.toUpperCase())) return text
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()
}

export type MatchOptions = {
  /** The category's name: a usual one ("Gender", "Sexe") brings its synonyms. */
  category: string
  /** The category's values already in the pool; empty for a new category. */
  existing: readonly string[]
  /** Answer key -> value, from earlier imports into this project: used first. */
  learned?: Readonly<Record<string, string>>
}

/**
 * Suggests a category value for each distinct raw answer (by key; empty answers get none):
 * what an earlier import chose for the same answer; the value with the same key (case, accents,
 * spacing, punctuation and dashes do not matter); the value of the same synonym group ("M", "man",
 * "homme" -> Male); or the one value the answer is the start of ("Fem" -> Female). A new category
 * offers the answers themselves as its values, synonyms folded into the group's name in the file's
 * language and short forms into the longer answer they start.
 */
export function matchAnswers(answers: CountedAnswer[], options: MatchOptions): Record<string, string> {
  const { category, existing } = options
  const learned = options.learned ?? {}
  const groups = groupsFor(category)
  const out: Record<string, string> = {}
  if (existing.length > 0) {
    const keyed = existing.map((value) => ({ value, key: answerKey(value) }))
    for (const answer of answers) {
      const key = answer.key
      if (key === '' || key in out) continue
      const earlier = learned[key]
      const group = groupOf(key, groups)
      const longer = keyed.filter((v) => v.key !== key && v.key.startsWith(key))
      const match =
        (earlier !== undefined && existing.includes(earlier) ? earlier : undefined) ??
        keyed.find((v) => v.key === key)?.value ??
        (group ? keyed.find((v) => groupOf(v.key, groups) === group)?.value : undefined) ??
        (longer.length === 1 ? longer[0]?.value : undefined)
      if (match !== undefined) out[key] = match
    }
    return out
  }
  const language = languageOf(answers, category)
  const plain = answers.filter((a) => a.key !== '' && !groupOf(a.key, groups) && learned[a.key] === undefined)
  const keyed = plain.map((a) => ({ value: tidyValue(a.raw), key: a.key }))
  for (const answer of answers) {
    const key = answer.key
    if (key === '' || key in out) continue
    const earlier = learned[key]
    const group = groupOf(key, groups)
    if (earlier !== undefined) out[key] = earlier
    else if (group) out[key] = labelOf(group, language)
    else {
      const longer = keyed.filter((v) => v.key !== key && v.key.startsWith(key))
      const match = longer.length === 1 ? longer[0] : keyed.find((v) => v.key === key)
      if (match) out[key] = match.value
    }
  }
  return out
}

/**
 * Where empty answers go by default: the category's own "Prefer not to say" (in any of its usual
 * wordings), or a new value "Prefer not to say" (or "Préfère ne pas répondre" for French answers).
 */
export function defaultMissingValue(
  category: string,
  existing: readonly string[],
  answers: CountedAnswer[],
): string {
  const own = existing.find((v) => groupOf(answerKey(v), [PREFER_NOT_TO_SAY]))
  if (own !== undefined) return own
  const language =
    existing.length > 0
      ? languageOf(
          existing.map((v) => ({ raw: v, key: answerKey(v), count: 1 })),
          category,
        )
      : languageOf(answers, category)
  return labelOf(PREFER_NOT_TO_SAY, language)
}
