import {
  bandsFromValues,
  DEFAULT_AGE_BANDS,
  personRoles,
  type AgeBand,
  type ColumnRole,
  type ImportMapping,
  type ImportPreview,
  type MissingPolicy,
  type PersonRole,
  type PoolTable,
} from '../../../../../shared/pool.ts'
import { defaultMissingValue } from '../../../../../shared/answer-match.ts'
import { answerKey } from '../text-keys.ts'

export type RoleKey = PersonRole | 'category' | 'age'

const lastRoles: readonly PersonRole[] = ['note', 'ignore']

/** The roles in the order the select offers them: the person's fields, a category or an age, then the rest. */
export const roleKeys: RoleKey[] = [
  ...personRoles.filter((role) => !lastRoles.includes(role)),
  'category',
  'age',
  ...lastRoles,
]

export type ColumnDraft = { role: RoleKey; category: string; bands: AgeBand[]; referenceDate: string }
export type Answer = { raw: string; key: string; count: number }
/** Raw answer key -> category value, made for one category name (renaming the category re-suggests). */
export type ValueDraft = { category: string; map: Record<string, string> }
export type MissingDraft = { kind: MissingPolicy['kind']; value: string }

export type Draft = {
  columns: ColumnDraft[]
  /** By column index. */
  answers: Record<number, Answer[]>
  values: Record<number, ValueDraft>
  missing: Record<number, MissingDraft>
}

export type KnownCategories = PoolTable['categories']

/**
 * Where empty answers of a column go when nothing was chosen yet: the category's own value for
 * them, else "Prefer not to say" (rejecting the row stays a choice in the answers step).
 */
export function defaultMissing(category: string, known: KnownCategories, answers: Answer[]): MissingDraft {
  const existing = known.find((c) => c.name === category)
  return { kind: 'value', value: defaultMissingValue(category, existing?.values ?? [], answers) }
}

export function isCategoryRole(role: RoleKey): role is 'category' | 'age' {
  return role === 'category' || role === 'age'
}

/** The wizard's starting point: the remembered or suggested mapping of the preview. */
export function draftFromPreview(preview: ImportPreview, referenceDate: string): Draft {
  const draft: Draft = { columns: [], answers: {}, values: {}, missing: {} }
  preview.headers.forEach((_, i) => {
    const role: ColumnRole = preview.mapping.columns[i] ?? { role: 'note' }
    if (role.role === 'category' || role.role === 'age') {
      draft.columns.push({
        role: role.role,
        category: role.category,
        bands: role.role === 'age' ? role.bands : DEFAULT_AGE_BANDS,
        referenceDate: role.role === 'age' ? role.referenceDate : referenceDate,
      })
      const policy = preview.mapping.missing[role.category]
      draft.missing[i] =
        policy?.kind === 'value' ? { kind: 'value', value: policy.value } : { kind: 'reject', value: '' }
      if (role.role === 'category') {
        const answers = preview.answers[role.category]
        if (answers) draft.answers[i] = answers.map(({ raw, key, count }) => ({ raw, key, count }))
        draft.values[i] = { category: role.category, map: { ...preview.mapping.values[role.category] } }
      }
    } else {
      draft.columns.push({ role: role.role, category: '', bands: DEFAULT_AGE_BANDS, referenceDate })
    }
  })
  return draft
}

/** A column switched to a category: an existing category with the same name, else the header itself. */
export function defaultCategoryName(header: string, known: KnownCategories): string {
  return known.find((c) => answerKey(c.name) === answerKey(header))?.name ?? header.trim()
}

/** Bands read back from an existing age category's values ("16-29", "75+"), or the defaults. */
export function bandsFor(category: string, known: KnownCategories): AgeBand[] {
  return bandsFromValues(known.find((c) => c.name === category)?.values ?? []) ?? DEFAULT_AGE_BANDS
}

/** The values a category can take here: those already in the pool, then those chosen in this import. */
export function valueOptions(
  category: string,
  known: KnownCategories,
  draft: ValueDraft | undefined,
  extra: string[],
): string[] {
  const existing = known.find((c) => c.name === category)?.values ?? []
  const chosen = [...Object.values(draft?.map ?? {}), ...extra].filter((v) => v.trim() !== '')
  const fresh = [...new Set(chosen)].filter((v) => !existing.includes(v)).sort((a, b) => a.localeCompare(b))
  return [...existing, ...fresh]
}

export type ColumnIssue =
  | { kind: 'manyIds' }
  | { kind: 'noCategoryName'; column: number }
  | { kind: 'sameCategory'; category: string }
  | { kind: 'bands'; column: number }

/** What stops the mapping from being used: more than one id column, unnamed or doubled categories, bad bands. */
export function columnIssues(columns: ColumnDraft[]): ColumnIssue[] {
  const issues: ColumnIssue[] = []
  if (columns.filter((c) => c.role === 'id').length > 1) issues.push({ kind: 'manyIds' })
  const seen = new Set<string>()
  columns.forEach((column, i) => {
    if (!isCategoryRole(column.role)) return
    const name = column.category.trim()
    if (name === '') issues.push({ kind: 'noCategoryName', column: i })
    else if (seen.has(answerKey(name))) issues.push({ kind: 'sameCategory', category: name })
    seen.add(answerKey(name))
    if (column.role === 'age' && bandProblem(column.bands) !== null) issues.push({ kind: 'bands', column: i })
  })
  return issues
}

export type BandProblem = 'empty' | 'noBands' | 'order' | 'duplicate' | 'overlap'

/** Bands need a name each, from ≤ to, distinct names, and no age in two bands. */
export function bandProblem(bands: AgeBand[]): BandProblem | null {
  if (bands.length === 0) return 'noBands'
  if (bands.some((b) => b.value.trim() === '')) return 'empty'
  if (bands.some((b) => b.min !== null && b.max !== null && b.min > b.max)) return 'order'
  if (new Set(bands.map((b) => b.value.trim())).size !== bands.length) return 'duplicate'
  const sorted = [...bands].sort((a, b) => (a.min ?? 0) - (b.min ?? 0))
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]
    const band = sorted[i]
    if (before && band && (before.max === null || before.max >= (band.min ?? 0))) return 'overlap'
  }
  return null
}

/** The mapping the core validates and imports with. */
export function buildMapping(draft: Draft): ImportMapping {
  const mapping: ImportMapping = { columns: [], values: {}, missing: {} }
  draft.columns.forEach((column, i) => {
    const category = column.category.trim()
    if (column.role === 'category') {
      mapping.columns.push({ role: 'category', category })
      mapping.values[category] = Object.fromEntries(
        Object.entries(draft.values[i]?.map ?? {})
          .map(([key, value]) => [key, value.trim()] as const)
          .filter(([key, value]) => key !== '' && value !== ''),
      )
    } else if (column.role === 'age') {
      mapping.columns.push({
        role: 'age',
        category,
        bands: column.bands.map((b) => ({ ...b, value: b.value.trim() })),
        referenceDate: column.referenceDate,
      })
    } else {
      mapping.columns.push({ role: column.role })
      return
    }
    const missing = draft.missing[i]
    mapping.missing[category] =
      missing?.kind === 'value' && missing.value.trim() !== ''
        ? { kind: 'value', value: missing.value.trim() }
        : { kind: 'reject' }
  })
  return mapping
}

/** Per category column: is the "put in value" policy missing its value? */
export function missingIssues(draft: Draft): number[] {
  return draft.columns.flatMap((column, i) => {
    const missing = draft.missing[i]
    return isCategoryRole(column.role) && missing?.kind === 'value' && missing.value.trim() === '' ? [i] : []
  })
}
