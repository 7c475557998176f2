import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors.ts'
import { buildInstance } from './instance.ts'
import { parseQuotas } from './parse-quotas.ts'
import { parseRespondents } from './parse-respondents.ts'

const codeOf = (f: () => unknown) => {
  try {
    f()
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error)
  }
  return 'no error'
}

describe('quota files', () => {
  it('reads the Panelot format', () => {
    const { quotas, format } = parseQuotas('category,feature,min,max\ngender,female,9,20\ngender,male,9,20\n')
    expect(format).toBe('panelot')
    expect(quotas).toEqual([
      { category: 'gender', value: 'female', min: 9, max: 20 },
      { category: 'gender', value: 'male', min: 9, max: 20 },
    ])
  })

  it('reads the Sortition Foundation format with flex columns, and a BOM', () => {
    const { quotas, format } = parseQuotas(
      '\uFEFFfeature,value,min,max,min_flex,max_flex\nGender,Female,11,12,0,12\nAge,16-29,5,7,,\n',
    )
    expect(format).toBe('sortition-foundation')
    expect(quotas).toEqual([
      { category: 'Gender', value: 'Female', min: 11, max: 12, minFlex: 0, maxFlex: 12 },
      { category: 'Age', value: '16-29', min: 5, max: 7 },
    ])
  })

  it('reads the older category,name,min,max headers', () => {
    const { quotas } = parseQuotas('Category,Name,Min,Max\nregion,"North, upper",1,2\n')
    expect(quotas).toEqual([{ category: 'region', value: 'North, upper', min: 1, max: 2 }])
  })

  it('rejects unknown headers, bad numbers and inconsistent bounds with the line', () => {
    expect(codeOf(() => parseQuotas('a,b,c\n1,2,3\n'))).toMatch(
      /^invalid-input: The quota file needs the columns/,
    )
    expect(codeOf(() => parseQuotas('category,feature,min,max\ng,f,two,3\n'))).toMatch(
      /line 2: min must be a whole number/,
    )
    expect(codeOf(() => parseQuotas('category,feature,min,max\ng,f,4,3\n'))).toMatch(/min 4 is above max 3/)
    expect(codeOf(() => parseQuotas('feature,value,min,max,min_flex\ng,f,1,3,2\n'))).toMatch(
      /min_flex 2 is above min 1/,
    )
    expect(codeOf(() => parseQuotas('category,feature,min,max\n'))).toMatch(/no rows/)
  })
})

describe('respondent files', () => {
  const { quotas } = parseQuotas(
    'category,feature,min,max\ngender,female,0,2\ngender,male,0,2\nage,young,0,2\nage,old,0,2\n',
  )

  it('uses 0-based row numbers as ids when there is no id column (Panelot)', () => {
    const { pool, idSource } = parseRespondents('gender,age\nfemale,young\nmale,old\n', quotas)
    expect(idSource).toBe('row-number')
    expect(pool.map((r) => r.id)).toEqual(['0', '1'])
    expect(pool[1]?.features).toEqual({ gender: 'male', age: 'old' })
  })

  it('uses the id column, keeps leading zeros, matches headers and values case-insensitively', () => {
    const text = 'ID_x,Gender,Age,phone\n007,Female,YOUNG,0123\n008,male,old,0456\n'
    const { pool } = parseRespondents(text, quotas, { idColumn: 'id_x' })
    expect(pool.map((r) => r.id)).toEqual(['007', '008'])
    const instance = buildInstance({ quotas, pool, panelSize: 1 })
    expect(instance.respondentQuotas).toEqual([
      [0, 2],
      [1, 3],
    ])
  })

  it('builds household keys from several columns (trimmed, case-insensitive)', () => {
    const text =
      'id,gender,age,addr,zip\na,female,young,1 High St,AB1\nb,male,old, 1 high st ,ab1\nc,male,young,2 High St,AB1\nd,male,old,,\n'
    const { pool } = parseRespondents(text, quotas, { householdColumns: ['addr', 'zip'] })
    expect(pool[0]?.household).toBe(pool[1]?.household)
    expect(pool[2]?.household).not.toBe(pool[0]?.household)
    expect(pool[3]?.household).toBeUndefined()
    expect(buildInstance({ quotas, pool, panelSize: 1 }).households).toEqual([[0, 1]])
  })

  it('rejects missing columns, unknown values, blank and duplicate ids', () => {
    expect(codeOf(() => parseRespondents('id,gender\n1,female\n', quotas))).toMatch(
      /no category column “age”/,
    )
    expect(codeOf(() => parseRespondents('gender,age\nf,young\n', quotas, { idColumn: 'pid' }))).toMatch(
      /no id column “pid”/,
    )
    const check = (text: string) =>
      codeOf(() => buildInstance({ quotas, pool: parseRespondents(text, quotas).pool, panelSize: 1 }))
    expect(check('id,gender,age\n1,other,young\n')).toMatch(
      /has gender “other”, which has no row in the quota file/,
    )
    expect(check('id,gender,age\n1,female,\n')).toMatch(/has no value for “age”/)
    expect(check('id,gender,age\n1,female,young\n1,male,old\n')).toMatch(/id “1” appears twice/)
    expect(check('id,gender,age\n ,female,young\n')).toMatch(/blank id/)
  })
})
