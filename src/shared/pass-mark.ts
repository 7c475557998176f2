/**
 * A pass mark: the share of the base (0–100) that carries a proposal, and whether it must be
 * exceeded ("more than 50%") or only reached ("at least 80%"). Stored in a ballot's options as
 * threshold_percent and threshold_strict (vote-vector/1 names).
 */
export type PassMark = { percent: number; strict: boolean }

/** Without a pass mark of its own, a ballot is carried by more than half. */
export const DEFAULT_PASS_MARK: PassMark = { percent: 50, strict: true }

type PassMarkOptions = { threshold_percent?: number | undefined; threshold_strict?: boolean | undefined }

/** The pass mark a ballot's options set, the default filling what they leave out. */
export function passMarkOf(options: PassMarkOptions): PassMark {
  return {
    percent: options.threshold_percent ?? DEFAULT_PASS_MARK.percent,
    strict: options.threshold_strict ?? DEFAULT_PASS_MARK.strict,
  }
}

/** A pass mark as a ballot's options store it. */
export function passMarkOptions(mark: PassMark): { threshold_percent: number; threshold_strict: boolean } {
  return { threshold_percent: mark.percent, threshold_strict: mark.strict }
}
