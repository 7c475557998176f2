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

type AgreeOptions = { agree_options?: string[] | undefined; agree_from?: string | undefined }

/**
 * The grades of a scale (worst first) that count as agreeing: options.agree_options, else
 * options.agree_from and every better grade ("live with it or better"), else the upper half.
 */
export function agreeingGrades(grades: readonly string[], options: AgreeOptions): string[] {
  if (options.agree_options) return options.agree_options
  const from = options.agree_from === undefined ? -1 : grades.indexOf(options.agree_from)
  return grades.slice(from >= 0 ? from : Math.ceil(grades.length / 2))
}
