import { createHash } from 'node:crypto'
import { canonicalJson } from '../audit/audit-log.ts'
import type { Algorithm, DrawInput } from './types.ts'

/** Version of the draw rules; part of every input hash so a changed algorithm changes the hash. */
export const DRAW_RULES_VERSION = 'kleroterion-sortition/2'

/**
 * sha256 (hex) of the canonical JSON of everything that determines the lottery: the quotas, the
 * pool (ids, values, household keys), the panel size, the algorithm and the lottery size. The
 * seed is not part of it: the hash is committed to before the seed is chosen.
 */
export function drawInputHash(
  input: DrawInput,
  algorithm: Algorithm,
  lotterySize?: number,
  /** The rules version the draw was made under (for checking a draw recorded by another version). */
  rules: string = DRAW_RULES_VERSION,
): string {
  const material = canonicalJson({
    rules,
    algorithm,
    panelSize: input.panelSize,
    lotterySize: lotterySize ?? null,
    quotas: input.quotas,
    pool: input.pool,
  })
  return createHash('sha256').update(material, 'utf8').digest('hex')
}
