import type { ShareRule } from '../../shared/quotas.ts'

/**
 * Minimum and maximum for a value from its population share: the exact share of the panel,
 * rounded down and up, widened by the allowed deviation, never below the floor for a value that
 * exists in the population, never below 0 or above the panel size.
 * Example: 12% of 60 = 7.2 → with deviation 1: min 6, max 9.
 */
export function quotaFromShare(
  sharePercent: number,
  panelSize: number,
  rule: ShareRule,
): { min: number; max: number } {
  const ideal = (sharePercent / 100) * panelSize
  const floor = sharePercent > 0 ? Math.min(rule.floor, panelSize) : 0
  const min = Math.max(floor, Math.floor(ideal + 1e-9) - rule.deviation, 0)
  const max = Math.min(panelSize, Math.max(min, Math.ceil(ideal - 1e-9) + rule.deviation))
  return { min, max }
}
