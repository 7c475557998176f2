import { AppError } from '../../shared/errors.ts'
import { msg, type MessageKey, type MessageParams } from '../../shared/messages.ts'
import { ballotKindFacts } from '../../shared/ballot-kinds.ts'
import { methodFacts, methodsOfKind } from '../../shared/counting-methods.ts'
import type { BallotSpec } from '../../shared/votes.ts'

function invalid(key: MessageKey, params?: MessageParams): AppError {
  return new AppError('invalid-input', msg(key, params))
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
  const methods = methodsOfKind(spec.kind)
  if (!methods.includes(spec.method))
    throw invalid('ballot.methodNotForKind', {
      kind: spec.kind,
      method: spec.method,
      methods: methods.join(', '),
    })
  const modes = ballotKindFacts[spec.kind].entry
  if (!modes.includes(spec.entry))
    throw invalid('ballot.entryNotForKind', { kind: spec.kind, modes: modes.join(' or ') })
  const twice = duplicateOf(spec.candidates)
  if (twice !== undefined) throw invalid('ballot.optionTwice', { name: twice })
  if (spec.kind === 'yes-no' && spec.candidates.length < 2) throw invalid('ballot.yesNoAnswers')
  if (spec.seats > spec.candidates.length)
    throw invalid('ballot.seatsAboveCandidates', { seats: spec.seats, candidates: spec.candidates.length })
  if (spec.seats > 1 && !methodFacts(spec.method).multiSeat) throw invalid('ballot.oneSeatOnly')
  checkGrades(spec)
  if (spec.maxApprovals !== null && spec.kind === 'approval' && spec.maxApprovals > spec.candidates.length)
    throw invalid('ballot.approvalsAboveOptions', { max: spec.maxApprovals, options: spec.candidates.length })
  checkOptions(spec)
}

function checkGrades(spec: BallotSpec): void {
  if (!ballotKindFacts[spec.kind].graded) return
  if (spec.grades.length < 2) throw invalid('ballot.gradesNeeded')
  const twice = duplicateOf(spec.grades)
  if (twice !== undefined) throw invalid('ballot.gradeTwice', { name: twice })
  if (spec.kind === 'score')
    for (const grade of spec.grades)
      if (!Number.isFinite(Number(grade)) || grade.trim() === '')
        throw invalid('ballot.scoreNotNumber', { grade })
}

function checkOptions(spec: BallotSpec): void {
  const { options } = spec
  const base = options.percentage_base?.trim()
  if (base !== undefined && !['valid', 'all', 'present'].includes(base)) {
    if (!base.startsWith('options:')) throw invalid('ballot.baseUnknown', { base })
    for (const name of base.slice('options:'.length).split(','))
      if (!spec.candidates.includes(name.trim())) throw invalid('ballot.baseNotOption', { name: name.trim() })
  }
  // See ballot-election.ts for how "present" is counted.
  if (base === 'present' && !methodFacts(spec.method).presentBase)
    throw invalid('ballot.presentBaseOnlyChoice')
  for (const name of options.pass_options ?? [])
    if (!spec.candidates.includes(name)) throw invalid('ballot.passOptionUnknown', { name })
  for (const name of [
    ...(options.agree_options ?? []),
    ...(options.agree_from === undefined ? [] : [options.agree_from]),
  ])
    if (!spec.grades.includes(name)) throw invalid('ballot.agreeGradeUnknown', { name })
}
