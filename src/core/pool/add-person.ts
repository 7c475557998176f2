import { recordPoolChange } from './pool-fingerprint.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { ImportMapping, PersonDetail } from '../../shared/pool.ts'
import type { Project } from '../project/project.ts'
import { answerKey } from './normalise.ts'
import {
  countManualIds,
  ensureCategories,
  hasPerson,
  loadCategories,
  personId,
  upsertPeople,
} from './pool-repo.ts'
import { personDetail } from './pool-view.ts'
import { validateRows } from './validate-rows.ts'

export type ManualEntry = {
  externalId: string
  firstName: string
  lastName: string
  email: string
  phone: string
  address: string
  postcode: string
  consent: boolean
  /** Category name -> one of its values. */
  values: Record<string, string>
}

/**
 * Adds one person registered by phone or on paper, with the same checks as an imported row
 * (id, consent, category values, the household key). Refuses an id or a person already in the pool.
 */
export async function addPerson(project: Project, entry: ManualEntry): Promise<PersonDetail> {
  const categories = loadCategories(project.sqlite)
  const headers = [
    'Id',
    'First name',
    'Last name',
    'Email',
    'Phone',
    'Address',
    'Postcode',
    'Consent',
    ...categories.map((c) => c.name),
  ]
  const mapping: ImportMapping = {
    columns: [
      { role: entry.externalId === '' ? 'ignore' : 'id' },
      { role: 'firstName' },
      { role: 'lastName' },
      { role: 'email' },
      { role: 'phone' },
      { role: 'address' },
      { role: 'postcode' },
      { role: 'consent' },
      ...categories.map((c) => ({ role: 'category' as const, category: c.name })),
    ],
    values: Object.fromEntries(
      categories.map((c) => [c.name, Object.fromEntries(c.values.map((v) => [answerKey(v.value), v.value]))]),
    ),
    missing: Object.fromEntries(
      categories.map((c) => [
        c.name,
        c.missingValue ? { kind: 'value' as const, value: c.missingValue } : { kind: 'reject' as const },
      ]),
    ),
  }
  const cells = [
    entry.externalId,
    entry.firstName,
    entry.lastName,
    entry.email,
    entry.phone,
    entry.address,
    entry.postcode,
    entry.consent ? 'yes' : '',
    ...categories.map((c) => entry.values[c.name] ?? ''),
  ]
  const validation = validateRows(
    { headers, rows: [cells], rowNumbers: [1], format: 'csv', detected: {} },
    mapping,
  )
  const problem = validation.rejected[0]
  if (problem)
    throw new AppError('invalid-input', msg('pool.rowProblem', { reason: problem.reason }), {
      field: problem.column,
      ...(problem.code ? { problem: problem.code } : {}),
      ...problem.params,
    })
  const person = validation.people[0]
  if (!person) throw new AppError('invalid-input', msg('pool.nothingToAdd'))
  if (entry.externalId === '') person.externalId = nextManualId(project)
  if (hasPerson(project.sqlite, person.externalId))
    throw new AppError('invalid-input', msg('pool.idTaken', { id: person.externalId }), {
      field: 'Id',
    })
  const at = project.timestamp()
  return project.write(() => {
    const ids = ensureCategories(project.sqlite, validation.categories, mapping.missing)
    upsertPeople(project.sqlite, [person], ids, null, at)
    recordPoolChange(project.sqlite, at, { kind: 'pool.person-added', person: person.externalId })
    return personDetail(project.sqlite, personId(project.sqlite, person.externalId))
  })
}

function nextManualId(project: Project): string {
  const count = countManualIds(project.sqlite)
  for (let n = count + 1; ; n++) {
    const id = `M-${String(n).padStart(4, '0')}`
    if (!hasPerson(project.sqlite, id)) return id
  }
}
