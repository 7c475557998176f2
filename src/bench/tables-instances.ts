import { SeededRandom } from '../core/random/seeded-random.ts'
import type { SeatingMember } from '../core/tables/seating-types.ts'

/** The diversified fields of a generated assembly, each value with its share of the population. */
const fields: readonly { name: string; values: readonly [string, number][] }[] = [
  {
    name: 'gender',
    values: [
      ['female', 0.5],
      ['male', 0.47],
      ['other', 0.03],
    ],
  },
  {
    name: 'age',
    values: [
      ['16-29', 0.2],
      ['30-44', 0.25],
      ['45-59', 0.25],
      ['60-74', 0.2],
      ['75+', 0.1],
    ],
  },
  {
    name: 'area',
    values: [
      ['north', 0.3],
      ['south', 0.3],
      ['east', 0.2],
      ['west', 0.15],
      ['islands', 0.05],
    ],
  },
  {
    name: 'attitude',
    values: [
      ['concerned', 0.5],
      ['unsure', 0.3],
      ['sceptical', 0.2],
    ],
  },
]

export const generatedFields = fields.map((f) => f.name)

/** `count` members with values drawn from the shares above, reproducible from `seed`. */
export function generatedMembers(count: number, seed: string): SeatingMember[] {
  const random = new SeededRandom(`tables-instance:${seed}`)
  return Array.from({ length: count }, (_, i) => ({
    id: `m${String(i + 1).padStart(4, '0')}`,
    values: fields.map((field) => {
      let x = random.next()
      for (const [value, share] of field.values) {
        if (x < share) return value
        x -= share
      }
      return field.values[field.values.length - 1]?.[0] ?? ''
    }),
    cluster: '',
  }))
}
