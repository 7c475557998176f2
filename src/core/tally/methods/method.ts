import type { Election } from '../election.ts'
import type { Strength } from '../../../shared/counting-methods.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'

/** Every tally method: an election in, a result with the keys of the format's `expected` out. */
export type TallyMethod = (election: Election) => TallyResult

/**
 * The pairwise strength a Condorcet method uses: options.strength, else read from the free-text
 * method_variant ("margins (Debian …)", "winning votes …"), else winning votes.
 */
export function strengthOf(election: Election, fallback: Strength = 'winning'): Strength {
  if (election.options.strength) return election.options.strength
  const variant = election.methodVariant.toLowerCase()
  if (variant.startsWith('margin')) return 'margin'
  if (variant.startsWith('winning')) return 'winning'
  return fallback
}
