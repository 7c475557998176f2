import { describe, expect, it } from 'vitest'
import { fold, indexForSearch, searchPeople } from './check-in-search.ts'

const people = [
  { externalId: 'R-001', badgeName: 'Jo Smith', firstName: 'Joanna', lastName: 'Smith' },
  { externalId: 'R-002', badgeName: 'Éloïse Martin', firstName: 'Éloïse', lastName: 'Martin' },
  { externalId: 'R-003', badgeName: 'Marty Jones', firstName: 'Martin', lastName: 'Jones' },
  { externalId: 'R-004', badgeName: 'Zoë O’Brien', firstName: 'Zoë', lastName: 'O’Brien' },
  { externalId: 'R-005', badgeName: 'Anne-Marie Smithson', firstName: 'Anne-Marie', lastName: 'Smithson' },
]
const index = indexForSearch(people)
const ids = (query: string) => searchPeople(index, query).map((p) => p.externalId)

describe('the door’s search', () => {
  it('folds case and accents', () => {
    expect(fold('  ÉLOÏSE ')).toBe('eloise')
  })

  it('finds a person from three letters of any part of their names', () => {
    expect(ids('elo')).toEqual(['R-002'])
    expect(ids('zoe')).toEqual(['R-004'])
    expect(ids('bri')).toEqual(['R-004'])
    expect(ids('joa')).toEqual(['R-001'])
    expect(ids('mari')).toEqual(['R-005'])
  })

  it('puts the badge names that start with what was typed first', () => {
    expect(ids('mar')).toEqual(['R-003', 'R-005', 'R-002'])
    expect(ids('smi')).toEqual(['R-005', 'R-001'])
  })

  it('narrows with each word typed, by id too, and finds nobody for nonsense or nothing', () => {
    expect(ids('jo smi')).toEqual(['R-001'])
    expect(ids('r-003')).toEqual(['R-003'])
    expect(ids('xyz')).toEqual([])
    expect(ids('   ')).toEqual([])
  })
})
