import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { answerKey } from '../../shared/answer-key.ts'
import { MESSY_ROWS, messyCsv, messyRows } from '../../../test/support/messy-registrations.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { createProject } from '../project/open-project.ts'
import { importPool, previewImport } from './import-pool.ts'
import { recogniseCategory } from './recognise-categories.ts'

const tempDir = useTempDir()

const counted = (raws: string[]) => {
  const counts = new Map<string, { raw: string; count: number }>()
  for (const raw of raws) {
    const entry = counts.get(answerKey(raw))
    if (entry) entry.count += 1
    else counts.set(answerKey(raw), { raw, count: 1 })
  }
  return [...counts].map(([key, { raw, count }]) => ({ raw, key, count }))
}
const times = (n: number, ...raws: string[]) =>
  Array.from({ length: n }, (_, i) => raws[i % raws.length] ?? '')

describe('recognising category columns', () => {
  it('by a usual header word, in English or French', () => {
    expect(recogniseCategory('Gender', counted(['F', 'M']), '2026-03-01')).toEqual({
      because: 'header',
      role: 'category',
    })
    expect(recogniseCategory('Quartier', counted(['Nord', 'Sud']), '2026-03-01')?.because).toBe('header')
    expect(recogniseCategory('Âge', counted(['34', '1980-02-01', '61']), '2026-03-01')?.role).toBe('age')
    // Age bands already made are answers, not ages.
    expect(recogniseCategory('Age band', counted(['16-29', '30-44']), '2026-03-01')?.role).toBe('category')
  })

  it('by few distinct short answers, and never free text', () => {
    expect(
      recogniseCategory('Source', counted(times(40, 'Letter', 'Online', 'Friend')), '2026-03-01'),
    ).toEqual({
      because: 'answers',
      role: 'category',
    })
    // Too few rows to tell, too many distinct answers, long answers, one answer only, nothing at all.
    expect(recogniseCategory('Source', counted(times(6, 'Letter', 'Online')), '2026-03-01')).toBeNull()
    const distinct = Array.from({ length: 60 }, (_, i) => `Comment ${i}`)
    expect(recogniseCategory('Comments', counted(distinct), '2026-03-01')).toBeNull()
    expect(recogniseCategory('Gender', counted(distinct), '2026-03-01')).toBeNull()
    const long = times(40, 'I heard about it on the radio one morning', 'Letter')
    expect(recogniseCategory('Source', counted(long), '2026-03-01')).toBeNull()
    expect(recogniseCategory('Country', counted(times(40, 'UK')), '2026-03-01')).toBeNull()
    expect(recogniseCategory('Gender', counted(times(40, '')), '2026-03-01')).toBeNull()
  })
})

describe('a messy export into a new assembly', () => {
  it('proposes the categories, folds every way of typing an answer, and imports without retyping', async () => {
    const dir = tempDir()
    const project = await createProject(join(dir, 'new.assembly'), { name: 'First hour' })
    const csv = join(dir, 'registrations.csv')
    writeFileSync(csv, messyCsv())
    const preview = await previewImport(project, csv)
    expect(preview.rowCount).toBe(MESSY_ROWS)
    expect(preview.proposed).toEqual([
      { column: 6, because: 'header', role: 'category' },
      { column: 7, because: 'header', role: 'age' },
      { column: 8, because: 'header', role: 'category' },
      { column: 9, because: 'header', role: 'category' },
      { column: 10, because: 'answers', role: 'category' },
    ])
    expect(preview.mapping.columns.map((c) => c.role)).toEqual([
      'id',
      'fullName',
      'email',
      'phone',
      'address',
      'postcode',
      'category',
      'age',
      'category',
      'category',
      'category',
      'consent',
      'note',
    ])
    const values = (category: string) =>
      Object.fromEntries((preview.answers[category] ?? []).map((a) => [a.raw, a.value]))
    expect(values('Gender')).toMatchObject({
      M: 'Male',
      man: 'Male',
      Woman: 'Female',
      F: 'Female',
      X: 'Non-binary',
      'Non-binary': 'Non-binary',
      '': null,
    })
    expect(preview.answers['Area']?.find((a) => a.key === 'rural west')?.count).toBe(
      messyRows().filter((r) => /^rural.west$/i.test(r[8] ?? '')).length,
    )
    expect(values('Housing')).toMatchObject({
      own: 'Owner',
      renting: 'Private renter',
      council: 'Social renter',
    })
    expect(preview.mapping.missing['Gender']).toEqual({ kind: 'value', value: 'Prefer not to say' })

    // Every answer has a value: importing the proposal as it stands rejects no one, and lists each
    // empty gender as a warning.
    const report = await importPool(project, csv, { mapping: preview.mapping })
    const emptyGenders = messyRows().filter((r) => r[6] === '').length
    expect(emptyGenders).toBeGreaterThan(15)
    expect(report.rejected).toEqual([])
    expect(report.imported).toBe(MESSY_ROWS)
    expect(report.warnings.filter((w) => w.code === 'answer-filled')).toHaveLength(emptyGenders)

    // The next export, with other headers and new ways of typing, reuses these categories and values:
    // "Sex" is the project's Gender, ages go into its bands.
    const next = join(dir, 'next.csv')
    writeFileSync(next, 'ID,Sex,Area,Âge\nN1,woman,RURAL-WEST,34\nN2,Homme,Coast,1950-01-02\nN3,,north,70\n')
    const again = await previewImport(project, next)
    expect(again.proposed).toEqual([])
    expect(again.mapping.columns.slice(0, 3)).toEqual([
      { role: 'id' },
      { role: 'category', category: 'Gender' },
      { role: 'category', category: 'Area' },
    ])
    expect(again.mapping.columns[3]).toMatchObject({ role: 'age', category: 'Age' })
    expect(again.mapping.values['Area']).toEqual({
      'rural west': 'Rural west',
      coast: 'Coast',
      north: 'North',
    })
    expect(again.mapping.values['Gender']).toEqual({ woman: 'Female', homme: 'Male' })
    expect(again.mapping.missing['Gender']).toEqual({ kind: 'value', value: 'Prefer not to say' })
    await project.close()
  })
})
