import { describe, expect, it } from 'vitest'
import { AppError, messageOfError } from './errors.ts'
import { english, issueMessage, msg, recognise, sentences, wordMessage } from './messages.ts'
import { ballotSpecSchema } from './votes.ts'

describe('messages', () => {
  it('words a message in English from the catalogue: parameters, plurals, nested messages and lists', () => {
    expect(english(msg('count.quorumNotMet', { present: 30, quorum: 40 }))).toBe(
      'The quorum is not met: 30 members present, 40 needed.',
    )
    expect(english(msg('count.differences', { count: 1, numbers: '4' }))).toBe(
      '1 paper (number 4) is not entered the same by operators A and B.',
    )
    expect(english(msg('count.differences', { count: 2, numbers: '4, 7' }))).toBe(
      '2 papers (numbers 4, 7) are not entered the same by operators A and B.',
    )
    expect(
      english(
        msg('count.notFinal', { reasons: sentences([msg('count.noVotes'), msg('count.operatorAOnly')]) }),
      ),
    ).toBe(
      "The count cannot be finalised yet. No votes have been entered yet. The result shown counts operator A's entries only.",
    )
    expect(english(msg('pool.tooManyRows', { name: 'big.csv', max: 200_000 }))).toBe(
      'big.csv has more than 200,000 rows; split it into smaller files.',
    )
  })

  it('lets another language word the same message', () => {
    const french = wordMessage(
      msg('ballot.notOpenYetBecause', { reason: msg('count.noVotes') }),
      (key, params) =>
        key === 'count.noVotes' ? 'Aucun vote.' : `Pas encore ouvert. ${String(params['reason'])}`,
    )
    expect(french).toBe('Pas encore ouvert. Aucun vote.')
  })

  it('carries the key and parameters of an error, worded in English as its message', () => {
    const error = new AppError('invalid-input', msg('draw.notOnPanel', { id: 'REG-1' }), { field: 'id' })
    expect(error.message).toBe('REG-1 is not on the panel.')
    expect(error.toData()).toEqual({
      code: 'invalid-input',
      message: 'REG-1 is not on the panel.',
      key: 'draw.notOnPanel',
      params: { id: 'REG-1', field: 'id' },
    })
    expect(AppError.fromData(error.toData()).text).toEqual(error.text)
    expect(messageOfError(new Error('boom'))).toEqual({ key: 'common.text', params: { text: 'boom' } })
  })

  it('recognises a recorded English sentence as the message it was worded from', () => {
    const how = english(msg('ties.previousTied', { how: msg('ties.drawn', { seed: 'abc' }) }))
    expect(how).toBe('previous rounds also tied; drawn by lot with seed “abc”')
    expect(recognise(how, ['ties.previousTied', 'ties.drawn'])).toEqual({
      key: 'ties.previousTied',
      params: { how: { key: 'ties.drawn', params: { seed: 'abc' } } },
    })
    expect(recognise('a reason of its own', ['ties.drawn'])).toBeNull()
  })

  it('words a refusal of a shared schema from the catalogue, and any other refusal by its field', () => {
    const refused = ballotSpecSchema.safeParse({ title: ' ' }).error?.issues ?? []
    expect(refused.map(issueMessage)).toContainEqual({ key: 'form.ballotTitle' })
    expect(issueMessage({ message: 'Too small', path: ['candidates', 2] })).toEqual({
      key: 'input.invalidField',
      params: { field: 'candidates.2' },
    })
  })
})
