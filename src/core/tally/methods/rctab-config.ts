import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'

/** RCTab's rule settings (rules.rctab in the format), read with RCTab's defaults. */
export type RctabConfig = {
  tiebreakMode: 'useCandidateOrder' | 'random' | 'previousRoundCountsThenRandom' | 'generatePermutation'
  overvoteRule: 'exhaustImmediately' | 'alwaysSkipToNextRank' | 'exhaustIfMultipleContinuing'
  winnerElectionMode:
    | 'singleWinnerMajority'
    | 'multiWinnerAllowOnlyOneWinnerPerRound'
    | 'multiWinnerAllowMultipleWinnersPerRound'
  numberOfWinners: number
  decimals: number
  minimumVoteThreshold: number
  maxSkippedRanksAllowed: number
  maxRankingsAllowed: number
  nonIntegerWinningThreshold: boolean
  firstRoundDeterminesThreshold: boolean
  hareQuota: boolean
  batchElimination: boolean
  continueUntilTwoCandidatesRemain: boolean
  exhaustOnDuplicateCandidate: boolean
  undeclaredWriteInLabel: string
}

function bool(value: unknown): boolean {
  return value === true || value === 'true'
}

function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value)
}

function num(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(n))
    throw new AppError('invalid-input', msg('tally.rctabNotNumber', { name, value: shown(value) }))
  return n
}

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new AppError(
    'invalid-input',
    msg('tally.rctabNotSupported', { name, value: shown(value), allowed: allowed.join(', ') }),
  )
}

export function rctabConfig(election: Election): RctabConfig {
  const raw = election.rules.rctab ?? {}
  const seats = num(raw['numberOfWinners'], 'numberOfWinners', election.seats)
  const maxSkipped = raw['maxSkippedRanksAllowed']
  const maxRankings = raw['maxRankingsAllowed']
  return {
    tiebreakMode: oneOf(
      raw['tiebreakMode'],
      'tiebreakMode',
      ['useCandidateOrder', 'random', 'previousRoundCountsThenRandom', 'generatePermutation'] as const,
      'useCandidateOrder',
    ),
    overvoteRule: oneOf(
      raw['overvoteRule'],
      'overvoteRule',
      ['exhaustImmediately', 'alwaysSkipToNextRank', 'exhaustIfMultipleContinuing'] as const,
      'exhaustImmediately',
    ),
    winnerElectionMode: oneOf(
      raw['winnerElectionMode'],
      'winnerElectionMode',
      [
        'singleWinnerMajority',
        'multiWinnerAllowOnlyOneWinnerPerRound',
        'multiWinnerAllowMultipleWinnersPerRound',
      ] as const,
      seats > 1 ? 'multiWinnerAllowMultipleWinnersPerRound' : 'singleWinnerMajority',
    ),
    numberOfWinners: seats,
    decimals: num(raw['decimalPlacesForVoteArithmetic'], 'decimalPlacesForVoteArithmetic', 4),
    minimumVoteThreshold: num(raw['minimumVoteThreshold'], 'minimumVoteThreshold', 0),
    maxSkippedRanksAllowed:
      maxSkipped === 'unlimited' ? Number.POSITIVE_INFINITY : num(maxSkipped, 'maxSkippedRanksAllowed', 1),
    maxRankingsAllowed:
      maxRankings === 'max' || maxRankings === undefined
        ? election.candidates.length
        : num(maxRankings, 'maxRankingsAllowed', election.candidates.length),
    nonIntegerWinningThreshold: bool(raw['nonIntegerWinningThreshold']),
    firstRoundDeterminesThreshold: bool(raw['doesFirstRoundDetermineThreshold']),
    hareQuota: bool(raw['hareQuota']),
    batchElimination: bool(raw['batchElimination']),
    continueUntilTwoCandidatesRemain: bool(raw['continueUntilTwoCandidatesRemain']),
    exhaustOnDuplicateCandidate: bool(raw['exhaustOnDuplicateCandidate']),
    undeclaredWriteInLabel:
      typeof raw['undeclaredWriteInLabel'] === 'string'
        ? raw['undeclaredWriteInLabel']
        : 'Undeclared Write-ins',
  }
}
