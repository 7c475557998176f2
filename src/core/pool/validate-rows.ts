import { createHash } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { ColumnRole, ImportMapping, MissingPolicy, RowProblem } from '../../shared/pool.ts'
import type { Table } from './table/table.ts'
import { answerKey, householdKey, isConsent, looksLikeEmail, looksLikePhone } from './normalise.ts'
import { bandFor, parseAge } from './parse-age.ts'

/** One person ready to be written to the pool. */
export type PersonRecord = {
  externalId: string
  firstName: string
  lastName: string
  email: string
  phone: string
  phone2: string
  address: string
  postcode: string
  householdKey: string
  consent: string
  notes: Record<string, string>
  /** Category name -> value. */
  values: Record<string, string>
  row: number
}

export type ValidationResult = {
  people: PersonRecord[]
  rejected: RowProblem[]
  warnings: RowProblem[]
  duplicates: number
  /** Every category the mapping uses, with the values it can produce. */
  categories: Map<string, Set<string>>
}

type RowContext = {
  cells: string[]
  row: number
  problems: RowProblem[]
  /** Answers put in by the category's rule for empty or unknown answers: warnings, never silent. */
  filled: RowProblem[]
}

/**
 * Checks every row against the mapping and turns the valid ones into people. Nothing is written:
 * the report lists every problem by row and column, in plain words, before the organiser decides.
 */
export function validateRows(table: Table, mapping: ImportMapping): ValidationResult {
  if (mapping.columns.length !== table.headers.length) {
    throw new AppError(
      'invalid-input',
      msg('pool.mappingWidth', { mapped: mapping.columns.length, columns: table.headers.length }),
    )
  }
  const idColumns = mapping.columns.filter((c) => c.role === 'id').length
  if (idColumns > 1) throw new AppError('invalid-input', msg('pool.oneIdColumn'))
  const idIndex = mapping.columns.findIndex((c) => c.role === 'id')
  const idHeader = idIndex < 0 ? null : (table.headers[idIndex] ?? 'id')
  const categories = categoriesOf(mapping)
  const result: ValidationResult = { people: [], rejected: [], warnings: [], duplicates: 0, categories }
  const seenIds = new Map<string, number>()
  const seenPeople = new Map<string, number>()

  table.rows.forEach((cells, index) => {
    const ctx: RowContext = { cells, row: table.rowNumbers[index] ?? index + 2, problems: [], filled: [] }
    const person = readPerson(table.headers, mapping, ctx)
    const duplicate = findDuplicate(person, seenIds, seenPeople, idHeader)
    if (duplicate) {
      result.duplicates += 1
      ctx.problems.push({ row: ctx.row, ...duplicate })
    }
    if (ctx.problems.length > 0) {
      result.rejected.push(...ctx.problems)
      return
    }
    seenIds.set(person.externalId, ctx.row)
    for (const key of personKeys(person)) seenPeople.set(key, ctx.row)
    result.warnings.push(...ctx.filled, ...contactWarnings(table.headers, mapping, ctx))
    result.people.push(person)
  })
  return result
}

function categoriesOf(mapping: ImportMapping): Map<string, Set<string>> {
  const categories = new Map<string, Set<string>>()
  for (const column of mapping.columns) {
    if (column.role === 'category') {
      const values = new Set(Object.values(mapping.values[column.category] ?? {}))
      categories.set(column.category, values)
    } else if (column.role === 'age') {
      categories.set(column.category, new Set(column.bands.map((b) => b.value)))
    } else continue
    const missing = mapping.missing[column.category]
    if (missing?.kind === 'value') categories.get(column.category)?.add(missing.value)
  }
  return categories
}

function readPerson(headers: string[], mapping: ImportMapping, ctx: RowContext): PersonRecord {
  const person: PersonRecord = {
    externalId: '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    phone2: '',
    address: '',
    postcode: '',
    householdKey: '',
    consent: '',
    notes: {},
    values: {},
    row: ctx.row,
  }
  const addressParts: string[] = []
  mapping.columns.forEach((column, i) => {
    const raw = ctx.cells[i] ?? ''
    const value = raw.trim()
    const header = headers[i] ?? `column ${i + 1}`
    switch (column.role) {
      case 'id':
        if (value === '')
          ctx.problems.push({
            row: ctx.row,
            column: header,
            reason: 'The id is missing.',
            code: 'missing-id',
          })
        person.externalId = value
        break
      case 'firstName':
        person.firstName = value
        break
      case 'lastName':
        person.lastName = value
        break
      case 'fullName': {
        const cut = value.lastIndexOf(' ')
        person.firstName = cut > 0 ? value.slice(0, cut) : value
        person.lastName = cut > 0 ? value.slice(cut + 1) : ''
        break
      }
      case 'email':
        person.email = value
        break
      case 'phone':
        person.phone = value
        break
      case 'phone2':
        person.phone2 = value
        break
      case 'address':
        if (value !== '') addressParts.push(value)
        break
      case 'postcode':
        person.postcode = value
        break
      case 'consent':
        person.consent = value
        if (!isConsent(value)) {
          ctx.problems.push(
            value === ''
              ? { row: ctx.row, column: header, reason: 'No consent was given.', code: 'no-consent' }
              : {
                  row: ctx.row,
                  column: header,
                  reason: `The consent answer “${value}” is not a yes.`,
                  code: 'consent-not-yes',
                  params: { answer: value },
                },
          )
        }
        break
      case 'note':
        if (raw !== '') person.notes[header] = raw
        break
      case 'ignore':
        break
      case 'category':
      case 'age': {
        const answer = categoryAnswer(column, raw, mapping)
        const fallback = applyMissing(mapping.missing[column.category])
        if (answer.value !== null) person.values[column.category] = answer.value
        else if (fallback !== null && answer.problem.code !== 'age-outside-bands') {
          // An ineligible age is never put in a value: the person cannot be drawn.
          person.values[column.category] = fallback
          ctx.filled.push({ row: ctx.row, column: header, ...filledProblem(answer.problem, fallback) })
        } else ctx.problems.push({ row: ctx.row, column: header, ...answer.problem })
        break
      }
    }
  })
  person.address = addressParts.join(', ')
  person.householdKey = householdKey(addressParts, person.postcode)
  if (!mapping.columns.some((c) => c.role === 'id')) person.externalId = generatedId(person, ctx.cells)
  return person
}

type Problem = Pick<RowProblem, 'reason' | 'code' | 'params'>

function categoryAnswer(
  column: Extract<ColumnRole, { category: string }>,
  raw: string,
  mapping: ImportMapping,
): { value: string | null; problem: Problem } {
  const text = raw.trim()
  const category = column.category
  const none: Problem = { reason: '' }
  if (text === '') {
    return {
      value: null,
      problem: { reason: `No answer for ${category}.`, code: 'no-answer', params: { category } },
    }
  }
  if (column.role === 'category') {
    const value = mapping.values[category]?.[answerKey(text)]
    return value !== undefined
      ? { value, problem: none }
      : {
          value: null,
          problem: {
            reason: `“${text}” is not one of the answers for ${category}.`,
            code: 'unknown-answer',
            params: { answer: text, category },
          },
        }
  }
  const age = parseAge(text, column.referenceDate)
  if (age === null) {
    return {
      value: null,
      problem: {
        reason: `“${text}” is neither an age nor a date of birth.`,
        code: 'not-an-age',
        params: { answer: text, category },
      },
    }
  }
  const band = bandFor(age, column.bands)
  return band !== null
    ? { value: band, problem: none }
    : {
        value: null,
        problem: {
          reason: `Age ${age} is outside every age band of ${category} (not eligible?).`,
          code: 'age-outside-bands',
          params: { age, category },
        },
      }
}

/** The warning for an answer put in by the rule: what was there, and what it became. */
function filledProblem(problem: Problem, value: string): Problem {
  const category = String(problem.params?.['category'] ?? '')
  if (problem.code === 'no-answer') {
    return {
      reason: `No answer for ${category}: put in “${value}”.`,
      code: 'answer-filled',
      params: { category, value },
    }
  }
  const answer = String(problem.params?.['answer'] ?? '')
  return {
    reason: `“${answer}” was not understood as an answer for ${category}: put in “${value}”.`,
    code: 'unknown-filled',
    params: { answer, category, value },
  }
}

function applyMissing(policy: MissingPolicy | undefined): string | null {
  return policy?.kind === 'value' ? policy.value : null
}

/** A stable id for files without one: the same person gets the same id in the next export. */
function generatedId(person: PersonRecord, cells: string[]): string {
  const identity = [
    answerKey(person.firstName),
    answerKey(person.lastName),
    person.email.toLowerCase(),
    digits(person.phone),
  ]
  const material = identity.some((p) => p !== '') ? [...identity, person.householdKey] : cells
  return `P-${createHash('sha256').update(material.join('\u0000')).digest('hex').slice(0, 12)}`
}

function digits(phone: string): string {
  return phone.replace(/\D/g, '')
}

/** Keys under which a person counts as "the same person": name with e-mail, name with phone. */
function personKeys(person: PersonRecord): string[] {
  const name = answerKey(`${person.firstName} ${person.lastName}`)
  if (name === '') return []
  const keys: string[] = []
  if (person.email !== '') keys.push(`e|${name}|${person.email.toLowerCase()}`)
  if (digits(person.phone).length >= 6) keys.push(`p|${name}|${digits(person.phone)}`)
  return keys
}

function findDuplicate(
  person: PersonRecord,
  seenIds: Map<string, number>,
  seenPeople: Map<string, number>,
  /** The header of the id column; null when ids are generated. */
  idHeader: string | null,
): Omit<RowProblem, 'row'> | null {
  const sameId = person.externalId === '' ? undefined : seenIds.get(person.externalId)
  if (sameId !== undefined) {
    return idHeader !== null
      ? {
          column: idHeader,
          reason: `The id “${person.externalId}” is also used on row ${sameId}.`,
          code: 'duplicate-id',
          params: { id: person.externalId, row: sameId },
        }
      : {
          column: 'name',
          reason: `Same person as row ${sameId}.`,
          code: 'same-person',
          params: { row: sameId },
        }
  }
  for (const key of personKeys(person)) {
    const row = seenPeople.get(key)
    if (row !== undefined) {
      const how = key.startsWith('e|') ? 'e-mail' : 'phone'
      return {
        column: 'name',
        reason: `Probably the same person as row ${row} (same name and ${how}).`,
        code: 'probable-duplicate',
        params: { row, how },
      }
    }
  }
  return null
}

function contactWarnings(headers: string[], mapping: ImportMapping, ctx: RowContext): RowProblem[] {
  const warnings: RowProblem[] = []
  mapping.columns.forEach((column, i) => {
    const value = (ctx.cells[i] ?? '').trim()
    if (value === '') return
    const header = headers[i] ?? ''
    if (column.role === 'email' && !looksLikeEmail(value)) {
      warnings.push({
        row: ctx.row,
        column: header,
        reason: `“${value}” does not look like an e-mail address.`,
      })
    }
    if ((column.role === 'phone' || column.role === 'phone2') && !looksLikePhone(value)) {
      warnings.push({
        row: ctx.row,
        column: header,
        reason: `“${value}” does not look like a phone number.`,
        code: 'bad-phone',
        params: { value },
      })
    }
  })
  return warnings
}
