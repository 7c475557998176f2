import { uniformPossible } from './balanced-panels.ts'
import { buildInstance, unselectable } from './instance.ts'
import { classify } from './person-classes.ts'
import type { DrawEstimate } from '../../shared/draws.ts'
import type { DrawInput } from './types.ts'

/**
 * Upper ends of the bands, in classes of interchangeable people (what the optimisation works
 * over), from `npm run bench -- leximin-real` and the demo's hard case on a 2-core machine: 64
 * classes take 3 s, 201 take 10–30 s, 354 about a minute for MAXIMIN and several for LEXIMIN, the
 * demo pool's 983 (five categories never below 1) about three to five minutes; 1,229 did not finish
 * in four.
 */
const BANDS: { upTo: number; band: DrawEstimate['band'] }[] = [
  { upTo: 120, band: 'seconds' },
  { upTo: 260, band: 'minute' },
  { upTo: 1000, band: 'minutes' },
]

/**
 * How long LEXIMIN or MAXIMIN will take for this pool, told before it starts: from the number of
 * classes of interchangeable people, and at once when the quotas let everyone have the same
 * chance (that case never runs the optimisation).
 */
export function estimateDraw(input: DrawInput): DrawEstimate {
  const instance = buildInstance(input)
  const people = instance.n
  if (uniformPossible(instance)) return { people, classes: 0, equalChance: true, band: 'seconds' }
  // People in a full group are left out of the optimisation (draw.ts), so they cost nothing.
  const out = new Set(unselectable(instance))
  const selectable =
    out.size === 0 ? instance : buildInstance({ ...input, pool: input.pool.filter((_, i) => !out.has(i)) })
  const classes = classify(selectable).classes.length
  const band = BANDS.find((b) => classes <= b.upTo)?.band ?? 'long'
  return { people, classes, equalChance: false, band }
}
