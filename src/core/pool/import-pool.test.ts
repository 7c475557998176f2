import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ImportMapping } from '../../shared/pool.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { createProject, openProject } from '../project/open-project.ts'
import { importPool, previewImport } from './import-pool.ts'
import { answerKey, householdKey } from './normalise.ts'
import { matchAnswers } from '../../shared/answer-match.ts'

const tempDir = useTempDir()

const HEADER = 'ref,First name,Last name,Email,Phone,Address,Postcode,Gender,Born,Consent,How did you hear'
const ROWS = [
  '001,Ada,Lovelace,ada@example.org,+44 7700 900001,"12 Mill Lane",SW1A 1AA,Female,1990-02-01,yes,Letter',
  '002,Alan,Turing,alan@example.org,07700 900002,"12 mill lane.",sw1a1aa,M,34,Y,Letter',
  '003,Grace,Hopper,grace-at-example,07700 900003,1 High Street,AB1 2CD,woman,1952-12-09,yes,Radio',
  '004,Zoë,Dupont,zoe@example.org,07700 900004,3 Rue Haute,75001,,1999-07-14,oui,',
  '005,Kid,Young,kid@example.org,07700 900005,4 Low Road,XY1 1XY,Female,2015-01-01,yes,Letter',
  '006,Nope,Never,nope@example.org,07700 900006,5 Low Road,XY1 1XY,Male,1970-01-01,no,Letter',
  '003,Dup,Id,dup@example.org,07700 900007,6 Low Road,XY1 1XY,Male,1970-01-01,yes,Letter',
  '008,Ada,Lovelace,ADA@example.org,07700 900008,9 Other St,ZZ9 9ZZ,Female,1990-02-01,yes,Letter',
  '009,Bea,Unknown,bea@example.org,07700 900009,7 Low Road,XY1 1XY,Martian,1980-01-01,yes,Letter',
]

const mapping: ImportMapping = {
  columns: [
    { role: 'id' },
    { role: 'firstName' },
    { role: 'lastName' },
    { role: 'email' },
    { role: 'phone' },
    { role: 'address' },
    { role: 'postcode' },
    { role: 'category', category: 'Gender' },
    {
      role: 'age',
      category: 'Age',
      referenceDate: '2026-03-01',
      bands: [
        { value: '16-29', min: 16, max: 29 },
        { value: '30-59', min: 30, max: 59 },
        { value: '60+', min: 60, max: null },
      ],
    },
    { role: 'consent' },
    { role: 'note' },
  ],
  values: { Gender: { female: 'Female', woman: 'Female', m: 'Male', male: 'Male' } },
  missing: { Gender: { kind: 'value', value: 'Prefer not to say' } },
}

async function setup(rows = ROWS) {
  const dir = tempDir()
  const file = join(dir, 'pool.assembly')
  const csv = join(dir, 'registrations.csv')
  writeFileSync(csv, [HEADER, ...rows].join('\n'))
  const project = await createProject(file, { name: 'Pool test' })
  return { dir, file, csv, project }
}

function poolRows(file: string) {
  const db = new Database(file, { readonly: true })
  const rows = db
    .prepare(
      `select r.external_id as id, r.household_key as household, group_concat(c.name || '=' || v.value, ';') as vals
       from respondent r left join respondent_value rv on rv.respondent_id = r.id
       left join category c on c.id = rv.category_id left join category_value v on v.id = rv.value_id
       group by r.id order by r.external_id`,
    )
    .all()
  db.close()
  return rows as { id: string; household: string; vals: string }[]
}

describe('importing a pool', () => {
  it('imports valid rows, reports every problem by row and column, and groups households', async () => {
    const { csv, file, project } = await setup()
    const report = await importPool(project, csv, { mapping })
    await project.close()
    expect(report.imported).toBe(5)
    expect(report.added).toBe(5)
    expect(report.duplicates).toBe(2)
    const reasons = report.rejected.map((p) => `${p.row}|${p.column}|${p.reason}`)
    expect(reasons).toEqual([
      '6|Born|Age 11 is outside every age band of Age (not eligible?).',
      '7|Consent|The consent answer “no” is not a yes.',
      '8|ref|The id “003” is also used on row 4.',
      '9|name|Probably the same person as row 2 (same name and e-mail).',
    ])
    // Nothing is put in silently: the answer the rule replaced is a warning.
    expect(report.warnings).toEqual([
      { row: 4, column: 'Email', reason: '“grace-at-example” does not look like an e-mail address.' },
      {
        row: 5,
        column: 'Gender',
        reason: 'No answer for Gender: put in “Prefer not to say”.',
        code: 'answer-filled',
        params: { category: 'Gender', value: 'Prefer not to say' },
      },
      {
        row: 10,
        column: 'Gender',
        reason: '“Martian” was not understood as an answer for Gender: put in “Prefer not to say”.',
        code: 'unknown-filled',
        params: { answer: 'Martian', category: 'Gender', value: 'Prefer not to say' },
      },
    ])
    // Ada and Alan share an address written two ways: one household.
    expect(report.households).toBe(4)
    const rows = poolRows(file)
    expect(rows.map((r) => r.id)).toEqual(['001', '002', '003', '004', '009'])
    // An answer outside the mapping goes where the organiser chose: here "Prefer not to say".
    expect(rows.find((r) => r.id === '009')?.vals).toBe('Gender=Prefer not to say;Age=30-59')
    expect(rows[0]?.household).toBe(rows[1]?.household)
    expect(rows.find((r) => r.id === '004')?.vals).toBe('Gender=Prefer not to say;Age=16-29')
    expect(rows.find((r) => r.id === '002')?.vals).toBe('Gender=Male;Age=30-59')
  })

  it('re-importing an updated export shows new, changed and gone instead of duplicating', async () => {
    const { dir, csv, file, project } = await setup(ROWS.slice(0, 4))
    await importPool(project, csv, { mapping })
    const updated = join(dir, 'updated.csv')
    writeFileSync(
      updated,
      [
        HEADER,
        ROWS[0],
        ROWS[1]?.replace('alan@example.org', 'alan.t@example.org'),
        ROWS[3],
        '010,New,Person,new@example.org,0770090010,8 Road,QQ1 1QQ,Male,1960-05-05,yes,Web',
      ].join('\n'),
    )
    // The remembered mapping is used for a file with the same headers.
    const report = await importPool(project, updated)
    await project.close()
    expect(report).toMatchObject({ imported: 4, added: 1, updated: 1, unchanged: 2, gone: ['003'] })
    expect(poolRows(file).map((r) => r.id)).toEqual(['001', '002', '003', '004', '010'])
  })

  it('rejects unknown answers when the category says so', async () => {
    const { csv, project } = await setup()
    const strict: ImportMapping = { ...mapping, missing: { Gender: { kind: 'reject' } } }
    const report = await importPool(project, csv, { mapping: strict })
    await project.close()
    expect(report.rejected).toContainEqual({
      row: 10,
      column: 'Gender',
      reason: '“Martian” is not one of the answers for Gender.',
      code: 'unknown-answer',
      params: { answer: 'Martian', category: 'Gender' },
    })
    expect(report.rejected).toContainEqual({
      row: 5,
      column: 'Gender',
      reason: 'No answer for Gender.',
      code: 'no-answer',
      params: { category: 'Gender' },
    })
  })

  it('a failure part-way leaves the pool exactly as it was', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => {
      const n = String(i + 100).padStart(5, '0')
      return `${n},P${n},Q${n},p${n}@example.org,07700 9${n},${n} Long Road,LL1 1LL,Female,1980-01-01,yes,`
    })
    const { csv, file, project: first } = await setup(many)
    await importPool(first, csv, { mapping })
    await first.close()
    const before = poolRows(file)
    const project = await openProject(file)
    writeFileSync(csv, [HEADER, ...many.map((r) => r.replace('Female', 'Male'))].join('\n'))
    // Make row 2,000 fail inside the write, as a full disk or a crash would.
    project.sqlite.exec(`CREATE TEMP TRIGGER fail AFTER UPDATE ON respondent WHEN NEW.external_id = '02099'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    await expect(importPool(project, csv, { mapping })).rejects.toThrow(/disk full/)
    await project.close()
    expect(poolRows(file)).toEqual(before)
  })

  it('previews a file with a suggested mapping and the answers found per category', async () => {
    const { csv, project } = await setup()
    await importPool(project, csv, { mapping })
    const other = csv.replace('registrations', 'other')
    writeFileSync(other, 'ID,gender,E-mail\nx1,FEMALE,a@b.org\nx2,f,c@d.org\nx3,Male ,e@f.org\n')
    const preview = await previewImport(project, other)
    await project.close()
    expect(preview.remembered).toBe(false)
    expect(preview.mapping.columns).toEqual([
      { role: 'id' },
      { role: 'category', category: 'Gender' },
      { role: 'email' },
    ])
    expect(preview.answers['Gender']).toEqual([
      { raw: 'FEMALE', key: 'female', count: 1, value: 'Female' },
      { raw: 'f', key: 'f', count: 1, value: 'Female' },
      { raw: 'Male', key: 'male', count: 1, value: 'Male' },
    ])
  })

  it('refuses an unreadable file and imports nothing', async () => {
    const { dir, file, project } = await setup()
    const bad = join(dir, 'bad.xlsx')
    writeFileSync(bad, 'PK\u0003\u0004 not really a workbook')
    await expect(importPool(project, bad)).rejects.toMatchObject({ code: 'invalid-input' })
    await project.close()
    expect(poolRows(file)).toEqual([])
    const reopened = await openProject(file)
    await reopened.close()
  })
})

describe('normalisation', () => {
  it('compares answers without case, accents, spacing or punctuation', () => {
    expect(answerKey('  Femme. ')).toBe(answerKey('FEMME'))
    expect(answerKey('Île-de-France')).toBe('ile de france')
    expect(answerKey('Rural-West')).toBe(answerKey('rural west'))
    expect(answerKey('16-29')).toBe('16-29')
    expect(householdKey(['12 Mill Lane', 'Flat 2'], 'sw1a 1aa')).toBe(
      householdKey(['12 MILL LANE.', 'flat 2'], 'SW1A1AA'),
    )
    expect(householdKey(['1 High Street'], '')).toBe(householdKey(['1 high st'], ''))
    expect(householdKey([], '')).toBe('')
  })

  it('property: a raw answer maps to at most one value, and answers that differ only in case, accents or spacing map alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 20 }),
        (values, raws) => {
          const variants = raws.flatMap((r) => [r, r.toUpperCase(), ` ${r} `])
          const answers = variants.map((raw) => ({ raw, key: answerKey(raw), count: 1 }))
          const suggested = matchAnswers(answers, { category: 'Gender', existing: values })
          for (const raw of variants) {
            const value = suggested[answerKey(raw)]
            if (value === undefined) continue
            expect(values).toContain(value)
            expect(suggested[answerKey(raw.toUpperCase())]).toBe(value)
          }
        },
      ),
    )
  })
})
