/**
 * Fixed-point decimal arithmetic as Droop's rules define it (droop/values fixed and guarded):
 * a value is an integer count of units of 10^-(precision + guard).
 * - fixed (guard 0): every product and quotient is truncated to `precision` places (or rounded
 *   up where a rule says so); comparisons are exact;
 * - guarded (guard g > 0): the same with g extra digits, and two values closer than half a unit
 *   of the precision (10^g / 2 units) compare as equal.
 * Values are bigint so no sum or product ever loses a digit.
 */
export type Decimal = bigint

export class DecimalArithmetic {
  readonly precision: number
  readonly guard: number
  readonly scale: bigint
  /** Values closer than this (in units) are equal. */
  private readonly geps: bigint
  /** The smallest positive value, 10^-(precision + guard). */
  readonly epsilon: Decimal = 1n
  readonly zero: Decimal = 0n
  readonly one: Decimal

  constructor(precision: number, guard = 0) {
    this.precision = precision
    this.guard = guard
    this.scale = 10n ** BigInt(precision + guard)
    const half = 10n ** BigInt(guard) / 2n
    this.geps = half > 0n ? half : 1n
    this.one = this.scale
  }

  int(n: number): Decimal {
    return BigInt(n) * this.scale
  }

  /** a × b, truncated (or rounded up) to the last unit. */
  mul(a: Decimal, b: Decimal, up = false): Decimal {
    const p = a * b
    const q = p / this.scale
    return up && q * this.scale !== p ? q + 1n : q
  }

  /** a ÷ b, truncated (or rounded up) to the last unit. */
  div(a: Decimal, b: Decimal, up = false): Decimal {
    const p = a * this.scale
    const q = p / b
    return up && q * b !== p ? q + 1n : q
  }

  /** -1, 0 or 1; within the guard, values are equal. */
  cmp(a: Decimal, b: Decimal): number {
    const d = a - b
    if ((d < 0n ? -d : d) < this.geps) return 0
    return d > 0n ? 1 : -1
  }

  eq(a: Decimal, b: Decimal): boolean {
    return this.cmp(a, b) === 0
  }
  lt(a: Decimal, b: Decimal): boolean {
    return this.cmp(a, b) < 0
  }
  le(a: Decimal, b: Decimal): boolean {
    return this.cmp(a, b) <= 0
  }
  gt(a: Decimal, b: Decimal): boolean {
    return this.cmp(a, b) > 0
  }
  ge(a: Decimal, b: Decimal): boolean {
    return this.cmp(a, b) >= 0
  }

  sum(values: Iterable<Decimal>): Decimal {
    let s = 0n
    for (const v of values) s += v
    return s
  }

  /** For reports: the value as a double (exact to well within the reporting tolerance). */
  toNumber(a: Decimal): number {
    const whole = a / this.scale
    const frac = a - whole * this.scale
    return Number(whole) + Number(frac) / Number(this.scale)
  }
}
