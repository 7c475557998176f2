import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerKey } from './answer-key.ts'
import { commonCategoryOf, defaultMissingValue, matchAnswers, type CountedAnswer } from './answer-match.ts'
import { COMMON_CATEGORIES, PREFER_NOT_TO_SAY } from './common-categories.ts'

const counted = (...raws: string[]): CountedAnswer[] =>
  raws.map((raw) => ({ raw, key: answerKey(raw), count: 1 }))

describe('answer keys', () => {
  it('treat dashes between words and punctuation as spaces, and keep ranges', () => {
    expect(answerKey('Rural-West')).toBe('rural west')
    expect(answerKey('rural west')).toBe('rural west')
    expect(answerKey(' RURAL – WEST. ')).toBe('rural west')
    expect(answerKey('Non-binary')).toBe(answerKey('non binary'))
    expect(answerKey('16-29')).toBe('16-29')
    expect(answerKey('75+')).toBe('75+')
    expect(answerKey('<18')).toBe('<18')
  })
})

describe('usual categories from headers', () => {
  it('recognises English and French header words, and headers that start with one', () => {
    const kind = (header: string) => commonCategoryOf(header)?.kind ?? null
    expect(kind('Gender')).toBe('gender')
    expect(kind('SEXE')).toBe('gender')
    expect(kind('Genre')).toBe('gender')
    expect(kind('Date of birth')).toBe('age')
    expect(kind('Tranche d’âge')).toBe('age')
    expect(kind('Ward (where you live)')).toBe('area')
    expect(kind('Quartier')).toBe('area')
    expect(kind('Highest qualification')).toBe('education')
    expect(kind('Niveau d’études')).toBe('education')
    expect(kind('Housing_tenure')).toBe('housing')
    expect(kind('Logement')).toBe('housing')
    expect(kind('Ethnicity')).toBe('ethnicity')
    expect(kind('Disability')).toBe('disability')
    expect(kind('Climate concern')).toBe('attitude')
    expect(kind('Comments')).toBeNull()
    expect(kind('Agenda')).toBeNull()
    expect(kind('')).toBeNull()
  })

  it('no word stands for two values of one category, in either language', () => {
    for (const category of COMMON_CATEGORIES) {
      const groups = [...category.groups, PREFER_NOT_TO_SAY]
      const owner = new Map<string, number>()
      groups.forEach((group, index) => {
        const words = [
          ...group.en.slice(1),
          ...group.fr.slice(1),
          answerKey(group.en[0] ?? ''),
          answerKey(group.fr[0] ?? ''),
        ]
        for (const word of words) {
          expect(word, `${category.kind}: “${word}” is written as a key`).toBe(answerKey(word))
          const before = owner.get(word)
          expect(
            before === undefined || before === index,
            `${category.kind}: “${word}” is in two groups`,
          ).toBe(true)
          owner.set(word, index)
        }
      })
    }
  })
})

describe('matching answers to values', () => {
  it('folds the usual ways of typing a gender into one value each, for a new category', () => {
    const answers = counted(
      'M',
      'man',
      'Male',
      'Woman',
      'F',
      'female',
      'X',
      'Non-binary',
      'prefer not to say',
      '',
    )
    expect(matchAnswers(answers, { category: 'Gender', existing: [] })).toEqual({
      m: 'Male',
      man: 'Male',
      male: 'Male',
      woman: 'Female',
      f: 'Female',
      female: 'Female',
      x: 'Non-binary',
      'non binary': 'Non-binary',
      'prefer not to say': 'Prefer not to say',
    })
  })

  it('names the values in French when the answers are French', () => {
    const answers = counted('H', 'homme', 'Femme', 'F', 'autre')
    expect(matchAnswers(answers, { category: 'Sexe', existing: [] })).toEqual({
      h: 'Homme',
      homme: 'Homme',
      femme: 'Femme',
      f: 'Femme',
      autre: 'Non-binaire',
    })
    expect(defaultMissingValue('Sexe', [], answers)).toBe('Préfère ne pas répondre')
  })

  it('maps synonyms onto the values a category already has, in its own words', () => {
    const existing = ['Femme', 'Homme', 'Autre', 'Ne se prononce pas']
    const answers = counted('woman', 'M', 'man', 'x', 'PNTS', 'Martian')
    expect(matchAnswers(answers, { category: 'Gender', existing })).toEqual({
      woman: 'Femme',
      m: 'Homme',
      man: 'Homme',
      x: 'Autre',
      pnts: 'Ne se prononce pas',
    })
    expect(defaultMissingValue('Gender', existing, answers)).toBe('Ne se prononce pas')
    expect(defaultMissingValue('Gender', ['Male', 'Female'], answers)).toBe('Prefer not to say')
  })

  it('matches "Rural-West" to "Rural west", and an earlier import’s choice comes first', () => {
    const answers = counted('Rural-West', 'RURAL WEST', 'Coastal', 'Cst')
    expect(matchAnswers(answers, { category: 'Area', existing: ['Rural west', 'Coast', 'Town'] })).toEqual({
      'rural west': 'Rural west',
    })
    const learned = { coastal: 'Coast', cst: 'Coast' }
    expect(
      matchAnswers(answers, { category: 'Area', existing: ['Rural west', 'Coast', 'Town'], learned }),
    ).toEqual({ 'rural west': 'Rural west', coastal: 'Coast', cst: 'Coast' })
  })

  it('leaves answers of an unusual category as they are, short forms folded into the longer one', () => {
    const answers = counted('Very concerned', 'very', 'Not at all', 'NOT AT ALL')
    expect(matchAnswers(answers, { category: 'Worry', existing: [] })).toEqual({
      'very concerned': 'Very concerned',
      very: 'Very concerned',
      'not at all': 'Not at all',
    })
  })

  it('property: every suggested value is an existing one, and answers differing only in case, accents, spacing or dashes map alike', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,6}$/)
    fc.assert(
      fc.property(
        fc.constantFrom('Gender', 'Area', 'Housing', 'Sexe', 'Anything'),
        fc.uniqueArray(
          fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
        (category, existing, typed) => {
          const raws = typed.flatMap((words) => [
            words.join(' '),
            words.join('-').toUpperCase(),
            ` ${words.join('  ')}. `,
          ])
          const suggested = matchAnswers(
            raws.map((raw) => ({ raw, key: answerKey(raw), count: 1 })),
            { category, existing },
          )
          for (const words of typed) {
            const value = suggested[answerKey(words.join(' '))]
            if (value === undefined) continue
            expect(existing).toContain(value)
            expect(suggested[answerKey(words.join('-').toUpperCase())]).toBe(value)
          }
        },
      ),
    )
  })
})
