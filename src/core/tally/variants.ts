import { english, msg } from '../../shared/messages.ts'
import { methodFacts, strengths, type MethodName, type Strength } from '../../shared/counting-methods.ts'
import type { TallyResult } from '../../shared/tally-result.ts'
import type { ElectionOptions } from '../../shared/vote-vector.ts'
import { withMethod, withOptions, type Election } from './election.ts'
import { familyAliases } from './methods/condorcet-family.ts'
import { countStv, stvRuleOf } from './methods/stv.ts'
import { tallyElection } from './tally-election.ts'

/**
 * The variants a file asks for in its `expected` block — `by_method` (other methods, or score
 * aggregates, over the same ballots), `by_variant` (a Condorcet method's strengths) and
 * `by_rule` (Droop's STV rules with their arithmetic) — counted by this engine, each under the
 * file's own name, so `cli -- tally` prints every one and an observer can compare them all. A
 * variant the engine does not count is listed in `variants_not_counted` with the reason.
 */

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** "schulze_margin" → Schulze with margins; "copeland" → Copeland; null when it names no method. */
export function variantFromKey(
  key: string,
): { method: MethodName; options: Partial<ElectionOptions> } | null {
  for (const method of ['schulze', 'ranked_pairs', 'minimax'] as const)
    for (const strength of strengths)
      if (key === `${method}_${strength}` && methodFacts(method).strengths.includes(strength))
        return { method, options: { strength } }
  if (key === 'copeland' || key === 'kemeny_young' || key === 'plurality' || key === 'borda')
    return { method: key, options: {} }
  return null
}

/** A Droop `by_rule` entry's rule and arithmetic (its `rule`, or `options.options`), as STV options. */
export function droopRuleOptions(entry: Json): Partial<ElectionOptions> {
  const options = isObj(entry['options']) ? entry['options'] : {}
  const chosen = isObj(options['options']) ? options['options'] : {}
  const rule = entry['rule'] ?? chosen['rule']
  const out: Partial<ElectionOptions> = { transfer: typeof rule === 'string' ? rule : '' }
  for (const key of ['arithmetic', 'precision', 'guard', 'omega', 'defeat_batch', 'integer_quota'] as const)
    if (chosen[key] !== undefined) Object.assign(out, { [key]: chosen[key] })
  return out
}

type Variants = Pick<TallyResult, 'by_method' | 'by_variant' | 'by_rule' | 'variants_not_counted'>

function byMethod(election: Election, result: TallyResult, name: string): TallyResult | string {
  if (election.method === 'condorcet_family') {
    const found = result.by_method?.[familyAliases[name] ?? name]
    return found ?? english(msg('tally.variantUnknown', { name }))
  }
  if (election.method === 'score')
    return tallyElection(withOptions(election, { aggregate: name.replace(/^score_/, '') }))
  const variant = variantFromKey(name)
  if (!variant) return english(msg('tally.variantUnknown', { name }))
  return tallyElection(withMethod(election, variant.method, variant.options))
}

function byVariant(election: Election, name: string): TallyResult | string {
  const allowed: readonly Strength[] = methodFacts(election.method).strengths
  const strength = allowed.find((s) => s === name)
  if (!strength) return english(msg('tally.variantUnknown', { name }))
  return tallyElection(withOptions(election, { strength }))
}

function byRule(election: Election, entry: unknown): TallyResult | string {
  if (!isObj(entry) || election.method !== 'stv') return english(msg('tally.variantUnknown', { name: '' }))
  const variant = withOptions(election, droopRuleOptions(entry))
  const result = countStv(variant, stvRuleOf(variant))
  // The format names a Droop rule's quota `quota` (format README, by_rule).
  return result.quota_value === undefined ? result : { ...result, quota: result.quota_value }
}

/** Counts every variant the file's `expected` block names; `{}` when it names none. */
export function requestedVariants(election: Election, result: TallyResult): Variants {
  const expected = election.document.expected ?? {}
  const out: Variants = {}
  const notCounted: Record<string, string> = {}
  const each = (
    key: 'by_method' | 'by_variant' | 'by_rule',
    count: (name: string, entry: unknown) => TallyResult | string,
  ) => {
    const asked = expected[key]
    if (!isObj(asked)) return
    const counted: Record<string, TallyResult> = {}
    for (const [name, entry] of Object.entries(asked)) {
      let found: TallyResult | string
      try {
        found = count(name, entry)
      } catch (error) {
        found = (error as Error).message
      }
      if (typeof found === 'string') notCounted[`${key}.${name}`] = found
      else counted[name] = found
    }
    out[key] = counted
  }
  each('by_method', (name) => byMethod(election, result, name))
  each('by_variant', (name) => byVariant(election, name))
  each('by_rule', (_name, entry) => byRule(election, entry))
  if (Object.keys(notCounted).length > 0) out.variants_not_counted = notCounted
  return out
}
