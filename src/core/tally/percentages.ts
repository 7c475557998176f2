/** Rounds half away from zero at `decimals` places (how assemblies publish percentages). */
export function roundHalfUp(value: number, decimals = 0): number {
  const factor = 10 ** decimals
  const scaled = Math.abs(value) * factor
  // Nudge by a relative epsilon so 12.5 stays 12.5 after floating-point division.
  const rounded = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled)) / factor
  return Math.sign(value) * rounded
}

/** Percentages of `base` for each entry, rounded half-up (0 when the base is empty). */
export function percentagesOf(
  counts: Record<string, number>,
  base: number,
  decimals = 0,
): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [key, count] of Object.entries(counts))
    out[key] = base > 0 ? roundHalfUp((100 * count) / base, decimals) : 0
  return out
}

/** Whether `share` (0–100) meets a threshold: strictly above it, or at least it. */
export function meetsThreshold(share: number, threshold: number, strict: boolean): boolean {
  const eps = 1e-9
  return strict ? share > threshold + eps : share >= threshold - eps
}
