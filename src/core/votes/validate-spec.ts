import { AppError } from '../../shared/errors.ts'
import { entryModesForKind, methodsForKind, type BallotSpec } from '../../shared/votes.ts'

/** Percentage bases a ballot may use (see ballot-election.ts for "present"). */
const SINGLE_CHOICE_METHODS = new Set(['single_choice_majority', 'single_choice_distribution'])

function invalid(message: string): AppError {
  return new AppError('invalid-input', message)
}

function duplicateOf(names: readonly string[]): string | undefined {
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) return name
    seen.add(name)
  }
  return undefined
}

/**
 * Checks a ballot's settings against what its kind allows, in plain sentences. Throws
 * AppError('invalid-input'); the sequential link (opensAfter) is checked by the repository,
 * which knows the other ballots.
 */
export function validateSpec(spec: BallotSpec): void {
  const methods = methodsForKind[spec.kind]
  if (!methods.includes(spec.method))
    throw invalid(
      `A ${spec.kind} ballot cannot be counted by ${spec.method}; choose one of: ${methods.join(', ')}.`,
    )
  const modes = entryModesForKind[spec.kind]
  if (!modes.includes(spec.entry))
    throw invalid(`A ${spec.kind} ballot can only be entered as ${modes.join(' or ')}.`)
  const twice = duplicateOf(spec.candidates)
  if (twice !== undefined) throw invalid(`“${twice}” is listed twice among the options.`)
  if (spec.kind === 'yes-no' && spec.candidates.length < 2)
    throw invalid('A yes/no ballot needs its two answers, e.g. “Yes” and “No”.')
  if (spec.seats > spec.candidates.length)
    throw invalid(`${spec.seats} seats to fill but only ${spec.candidates.length} candidates.`)
  if (spec.seats > 1 && spec.method !== 'stv' && spec.method !== 'cpo_stv')
    throw invalid('Only STV and CPO-STV fill more than one seat; set the seats to 1 or choose STV.')
  checkGrades(spec)
  if (spec.maxApprovals !== null && spec.kind === 'approval' && spec.maxApprovals > spec.candidates.length)
    throw invalid(
      `At most ${spec.maxApprovals} marks per ballot, but there are only ${spec.candidates.length} options.`,
    )
  checkOptions(spec)
}

function checkGrades(spec: BallotSpec): void {
  const graded = spec.kind === 'scale' || spec.kind === 'score' || spec.kind === 'majority-judgment'
  if (!graded) return
  if (spec.grades.length < 2) throw invalid('Give the grades of the scale, worst first (at least two).')
  const twice = duplicateOf(spec.grades)
  if (twice !== undefined) throw invalid(`The grade “${twice}” is listed twice.`)
  if (spec.kind === 'score')
    for (const grade of spec.grades)
      if (!Number.isFinite(Number(grade)) || grade.trim() === '')
        throw invalid(`Scores are numbers (e.g. 0 to 10); “${grade}” is not a number.`)
}

function checkOptions(spec: BallotSpec): void {
  const { options } = spec
  const base = options.percentage_base?.trim()
  if (base !== undefined && !['valid', 'all', 'present'].includes(base)) {
    if (!base.startsWith('options:'))
      throw invalid(`The percentage base “${base}” is not known: use valid, all, present or options:<names>.`)
    for (const name of base.slice('options:'.length).split(','))
      if (!spec.candidates.includes(name.trim()))
        throw invalid(`The percentage base names “${name.trim()}”, which is not an option.`)
  }
  if (base === 'present' && !SINGLE_CHOICE_METHODS.has(spec.method))
    throw invalid(
      'Percentages of the members present are only available for yes/no and single-choice ballots.',
    )
  for (const name of options.pass_options ?? [])
    if (!spec.candidates.includes(name))
      throw invalid(`The options that pass name “${name}”, which is not an option.`)
  for (const name of options.agree_options ?? [])
    if (!spec.grades.includes(name))
      throw invalid(`The grades that count as agreement name “${name}”, which is not a grade.`)
}
