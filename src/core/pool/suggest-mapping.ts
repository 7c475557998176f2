import {
  commonCategoryOf,
  defaultMissingValue,
  matchAnswers,
  type CountedAnswer,
} from '../../shared/answer-match.ts'
import {
  bandsFromValues,
  DEFAULT_AGE_BANDS,
  type ImportMapping,
  type MissingPolicy,
  type PersonRole,
  type ProposedCategory,
} from '../../shared/pool.ts'
import { headerKey } from './normalise.ts'
import { recogniseCategory } from './recognise-categories.ts'

/** Header words (English and French) that suggest a person field. */
const ROLE_HEADERS: [PersonRole, string[]][] = [
  [
    'id',
    [
      'id',
      'identifier',
      'respondent id',
      'person id',
      'registration id',
      'reference',
      'ref',
      'identifiant',
      'nid',
    ],
  ],
  ['firstName', ['first name', 'firstname', 'given name', 'forename', 'prenom']],
  ['lastName', ['last name', 'lastname', 'surname', 'family name', 'nom de famille', 'nom']],
  ['fullName', ['name', 'full name', 'nom complet']],
  ['email', ['email', 'e mail', 'email address', 'courriel', 'adresse e mail', 'mail']],
  ['phone', ['phone', 'telephone', 'mobile', 'phone number', 'tel', 'portable', 'mobile phone']],
  ['phone2', ['phone 2', 'other phone', 'landline', 'telephone 2', 'secondary phone']],
  [
    'address',
    [
      'address',
      'address 1',
      'address line 1',
      'address 2',
      'address line 2',
      'street',
      'town',
      'city',
      'adresse',
      'ville',
      'rue',
      'commune',
    ],
  ],
  ['postcode', ['postcode', 'post code', 'postal code', 'zip', 'zip code', 'code postal', 'cp']],
  ['consent', ['consent', 'gdpr consent', 'data consent', 'consentement', 'i agree']],
]

export type KnownCategory = { name: string; values: string[]; missingValue: string | null }

export type SuggestOptions = {
  /**
   * Propose columns as categories on their own (header words, few short answers), with empty
   * answers going to "Prefer not to say": the wizard, which shows each proposal. The command line
   * keeps its documented rule (headers naming an existing category, the rest as person fields).
   */
  recognise: boolean
  /** Dates of birth count as ages on this day (YYYY-MM-DD). */
  referenceDate: string
  /** Per category: answer key -> value, from earlier imports. */
  learned: Record<string, Record<string, string>>
}

/**
 * Suggests what each column means: headers naming an existing category map onto it (each raw
 * answer matched to a value, see matchAnswers), well-known person fields are recognised from their
 * header, with `recognise` columns that look like categories are proposed as new ones, and
 * everything else is kept as a note field.
 */
export function suggestMapping(
  headers: string[],
  categories: KnownCategory[],
  answersByColumn: CountedAnswer[][],
  options: SuggestOptions,
): { mapping: ImportMapping; proposed: ProposedCategory[] } {
  const byKey = new Map(categories.map((c) => [headerKey(c.name), c]))
  const mapping: ImportMapping = { columns: [], values: {}, missing: {} }
  const proposed: ProposedCategory[] = []
  const taken = new Set<string>()
  headers.forEach((header, index) => {
    const key = headerKey(header)
    const answers = answersByColumn[index] ?? []
    const kind = options.recognise ? commonCategoryOf(header)?.kind : undefined
    // In the wizard, "Sex" goes to the project's "Gender": the same usual category under another name.
    const category =
      byKey.get(key) ??
      (kind === undefined || kind === 'age'
        ? undefined
        : categories.find((c) => !taken.has(headerKey(c.name)) && commonCategoryOf(c.name)?.kind === kind))
    if (category && !taken.has(headerKey(category.name))) {
      taken.add(headerKey(category.name))
      const bands = options.recognise
        ? bandsFromValues(category.values.filter((v) => v !== category.missingValue))
        : null
      const missing: MissingPolicy = category.missingValue
        ? { kind: 'value', value: category.missingValue }
        : options.recognise
          ? { kind: 'value', value: defaultMissingValue(category.name, category.values, answers) }
          : { kind: 'reject' }
      mapping.missing[category.name] = missing
      // Ages or dates of birth for an age category of bands: turned into the same bands.
      if (bands && recogniseCategory('age', answers, options.referenceDate)?.role === 'age') {
        mapping.columns.push({
          role: 'age',
          category: category.name,
          bands,
          referenceDate: options.referenceDate,
        })
        return
      }
      mapping.columns.push({ role: 'category', category: category.name })
      mapping.values[category.name] = matchAnswers(answers, {
        category: category.name,
        existing: category.values,
        learned: options.learned[category.name] ?? {},
      })
      return
    }
    const role = ROLE_HEADERS.find(
      ([, words]) => words.includes(key) || words.includes(key.replace(/ /g, '')),
    )?.[0]
    if (role !== undefined || !options.recognise) {
      mapping.columns.push({ role: role ?? 'note' })
      return
    }
    const found = recogniseCategory(header, answers, options.referenceDate)
    const name = found?.role === 'age' && !/\bage\b/.test(key) ? 'Age' : header.trim()
    if (!found || name === '' || taken.has(headerKey(name)) || byKey.has(headerKey(name))) {
      mapping.columns.push({ role: 'note' })
      return
    }
    taken.add(headerKey(name))
    proposed.push({ column: index, ...found })
    if (found.role === 'age') {
      mapping.columns.push({
        role: 'age',
        category: name,
        bands: DEFAULT_AGE_BANDS,
        referenceDate: options.referenceDate,
      })
    } else {
      mapping.columns.push({ role: 'category', category: name })
      mapping.values[name] = matchAnswers(answers, {
        category: name,
        existing: [],
        learned: options.learned[name] ?? {},
      })
    }
    mapping.missing[name] = { kind: 'value', value: defaultMissingValue(name, [], answers) }
  })
  return { mapping, proposed }
}
