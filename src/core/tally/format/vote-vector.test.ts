import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors.ts'
import { tallyElection } from '../tally-election.ts'
import { rankedElection } from '../../../../test/support/ranked-election.ts'
import { readVoteVector } from './read-vote-vector.ts'
import { toVoteVector, writeVoteVector } from './write-vote-vector.ts'

const minimal = {
  format: 'vote-vector/1',
  id: 'x',
  method: 'plurality',
  candidates: ['Yes', 'No'],
  ballot_type: 'choice',
  ballots: [{ choice: 'Yes', count: 3 }],
}

function rejection(value: unknown): AppError {
  try {
    readVoteVector(typeof value === 'string' ? value : JSON.stringify(value))
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('was accepted')
}

describe('vote-vector/1 reader', () => {
  it('reads a minimal election', () => {
    const e = readVoteVector(JSON.stringify(minimal))
    expect(e.seats).toBe(1)
    expect(e.choices).toEqual([{ choice: 'Yes', count: 3 }])
  })

  it('rejects files that are not elections, with a clear invalid-input error', () => {
    expect(rejection('{not json').message).toMatch(/not valid JSON/)
    expect(rejection('[1,2]').message).toMatch(/one JSON object/)
    expect(rejection({ ...minimal, format: 'vote-vector/2' }).message).toMatch(/“format” is "vote-vector\/2"/)
    expect(rejection({ ...minimal, method: 'lottery' }).message).toMatch(/method/)
    expect(rejection({ ...minimal, ballots: [{ choice: 'Maybe', count: 1 }] }).message).toMatch(
      /“Maybe”, which is not one of the candidates/,
    )
    expect(rejection({ ...minimal, ballots: [{ choice: 'Yes', count: -1 }] }).message).toMatch(/ballots\[0\]/)
    expect(rejection({ ...minimal, ballots: [{ ranking: [['Yes']], count: 1 }] }).message).toMatch(
      /ranking ballot in an election whose ballot_type is “choice”/,
    )
    expect(rejection({ ...minimal, candidates: ['Yes', 'Yes'] }).message).toMatch(/listed twice/)
    expect(rejection({ ...minimal, seats: 3 }).message).toMatch(/3 seats but only 2 candidates/)
    expect(rejection({ ...minimal, ballots: undefined }).message).toMatch(/neither/)
    expect(
      rejection({
        ...minimal,
        method: 'majority_judgment',
        ballot_type: 'grades',
        ballots: undefined,
        grades: ['bad', 'good'],
        tally: { Yes: [1] },
      }).message,
    ).toMatch(/1 counts for 2 grades/)
    expect(rejection({ ...minimal, format: undefined }).code).toBe('invalid-input')
  })

  it('exports an election that reads back to the same count', () => {
    const election = rankedElection('irv', ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'], {
      'Memphis>Nashville>Chattanooga>Knoxville': 42,
      'Nashville>Chattanooga>Knoxville>Memphis': 26,
      'Chattanooga>Knoxville>Nashville>Memphis': 15,
      'Knoxville>Chattanooga>Nashville>Memphis': 17,
    })
    const result = tallyElection(election)
    const again = readVoteVector(writeVoteVector(election, result))
    expect(tallyElection(again)).toEqual(result)
    expect(toVoteVector(again).expected).toMatchObject({ winners: ['Knoxville'] })
  })
})
