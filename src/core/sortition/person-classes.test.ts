import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildInstance, panelProblems } from './instance.ts'
import { classify } from './person-classes.ts'
import { realise } from './realise.ts'
import { input, pool, quota } from './test-helpers.ts'

describe('classes of interchangeable people', () => {
  it('groups people living alone by their answers, and people in households by household shape', () => {
    // Area binds nothing (0 to the panel size), so a and b are interchangeable whatever their area.
    const instance = buildInstance(
      input(
        [quota('g', 'F', 1, 1), quota('g', 'M', 1, 1), quota('area', 'N', 0, 2), quota('area', 'S', 0, 2)],
        pool([
          ['a', { g: 'F', area: 'N' }],
          ['b', { g: 'F', area: 'S' }],
          ['c', { g: 'M', area: 'N' }],
          // Two households of the same shape (one woman, one man) and one of two women.
          ['d', { g: 'F', area: 'N' }, 'h1'],
          ['e', { g: 'M', area: 'N' }, 'h1'],
          ['f', { g: 'M', area: 'S' }, 'h2'],
          ['g', { g: 'F', area: 'S' }, 'h2'],
          ['h', { g: 'F', area: 'N' }, 'h3'],
          ['i', { g: 'F', area: 'N' }, 'h3'],
        ]),
        2,
      ),
    )
    const people = classify(instance)
    const members = people.classes.map((c) => c.members.map((i) => instance.ids[i]).join(''))
    expect(members).toEqual(['ab', 'c', 'dg', 'ef', 'hi'])
    // At most one per household: the mixed shape's classes share 2 seats; the two-women class has 1.
    expect(people.classes.map((c) => c.cap)).toEqual([2, 1, 2, 2, 1])
    expect(people.shapes.map((s) => s.classes)).toEqual([[2, 3], [4]])
  })
})

describe('filling a class lottery with real people', () => {
  it('gives every member of a class exactly the class chance, with feasible panels only', () => {
    // Random pools with households; each class panel is a random quota-free count vector within
    // the caps, so every rotation must keep housemates apart and hit each member equally.
    const row = fc.tuple(fc.constantFrom('F', 'M'), fc.constantFrom('N', 'S'), fc.integer({ min: 0, max: 5 }))
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 3, maxLength: 16 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (rows, seeds) => {
          const respondents = pool(
            rows.map(
              ([g, area, h], i) =>
                [`p${i}`, { g, area }, h > 2 ? undefined : `h${h}`] as [
                  string,
                  Record<string, string>,
                  string?,
                ],
            ),
          )
          const quotas = [
            quota('g', 'F', 0, 99),
            quota('g', 'M', 0, 99),
            quota('area', 'N', 0, 99),
            quota('area', 'S', 0, 99),
          ]
          const people = classify(buildInstance(input(quotas, respondents, 1)))
          // Class panels: take seeds[b] mod (cap + 1) of each class, respecting the shapes' room.
          const classLottery = seeds.map((seed, b) => {
            const panel = Int32Array.from(people.classes, (c, j) => (seed + j + b) % (c.cap + 1))
            for (const shape of people.shapes) {
              let room = shape.households.length
              for (const c of shape.classes) {
                panel[c] = Math.min(panel[c] ?? 0, room)
                room -= panel[c] ?? 0
              }
            }
            return { panel, probability: 1 / seeds.length }
          })
          const size = (classLottery[0]?.panel ?? new Int32Array()).reduce((a, x) => a + x, 0)
          const lottery = realise(people, classLottery)
          const instance = buildInstance(input(quotas, respondents, Math.max(size, 1)))
          const chance = new Float64Array(respondents.length)
          for (const { panel, probability } of lottery) {
            for (const i of panel) chance[i] = (chance[i] ?? 0) + probability
            // Sizes differ between class panels here; the household rule must always hold.
            expect(panelProblems(instance, panel).filter((p) => p.includes('household'))).toEqual([])
            expect(new Set(panel).size).toBe(panel.length)
          }
          people.classes.forEach((c, j) => {
            const expected = classLottery.reduce(
              (sum, { panel, probability }) => sum + (probability * (panel[j] ?? 0)) / c.members.length,
              0,
            )
            for (const i of c.members) expect(chance[i]).toBeCloseTo(expected, 12)
          })
        },
      ),
      { numRuns: 200 },
    )
  })
})
