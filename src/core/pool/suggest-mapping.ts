import type { ImportMapping, PersonRole } from '../../shared/pool.ts'
import { answerKey, headerKey } from './normalise.ts'

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

/**
 * Suggests what each column means: headers naming an existing category map onto it (with each
 * raw answer matched to a value when case, spacing and accents are all that differ), well-known
 * person fields are recognised from their header, and everything else is kept as a note field.
 */
export function suggestMapping(
  headers: string[],
  categories: KnownCategory[],
  answersByColumn: string[][],
): ImportMapping {
  const byKey = new Map(categories.map((c) => [headerKey(c.name), c]))
  const mapping: ImportMapping = { columns: [], values: {}, missing: {} }
  headers.forEach((header, index) => {
    const key = headerKey(header)
    const category = byKey.get(key)
    if (category) {
      mapping.columns.push({ role: 'category', category: category.name })
      mapping.values[category.name] = suggestValues(answersByColumn[index] ?? [], category.values)
      mapping.missing[category.name] = category.missingValue
        ? { kind: 'value', value: category.missingValue }
        : { kind: 'reject' }
      return
    }
    const role = ROLE_HEADERS.find(
      ([, words]) => words.includes(key) || words.includes(key.replace(/ /g, '')),
    )?.[0]
    mapping.columns.push({ role: role ?? 'note' })
  })
  return mapping
}

/** Matches each raw answer to a category value by key, or by being the start of exactly one value ("F" -> Female). */
export function suggestValues(raws: string[], values: string[]): Record<string, string> {
  const keyed = values.map((v) => ({ value: v, key: answerKey(v) }))
  const out: Record<string, string> = {}
  for (const raw of raws) {
    const key = answerKey(raw)
    if (key === '' || key in out) continue
    const exact = keyed.find((v) => v.key === key)
    const prefixed = keyed.filter((v) => v.key.startsWith(key))
    const match = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined)
    if (match) out[key] = match.value
  }
  return out
}
