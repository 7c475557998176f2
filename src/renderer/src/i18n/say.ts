import i18next from 'i18next'
import { recognise, wordMessage, type Message, type MessageKey } from '../../../shared/messages.ts'

/** Core texts take their values from the message's params, which the type system cannot see. */
const translate = i18next.t.bind(i18next) as unknown as (
  key: string,
  options: Record<string, unknown>,
) => string

/** A message made in the core, in the UI's language (`core.<key>` in the resources). */
export function say(message: Message): string {
  return wordMessage(message, (key, params) => translate(`core.${key}`, params))
}

/** The sentences a count records in English inside its result (tie-breaks' `how`, round notes). */
const recordedKeys: readonly MessageKey[] = [
  'ties.previousTied',
  'ties.replayed',
  'ties.drawn',
  'ties.byLot',
  'ties.earliestCandidateOrder',
  'ties.latestCandidateOrder',
  'ties.earliestPermutation',
  'ties.latestPermutation',
  'ties.mostVotes',
  'ties.fewestVotes',
  'ties.recordedByCount',
  'ties.jointWinners',
  'ties.cpoSchulze',
  'ties.lockedInCandidateOrder',
]

/** A sentence recorded in English in a result, in the UI's language when the app wrote it. */
export function sayRecorded(text: string): string {
  const message = recognise(text, recordedKeys)
  return message ? say(message) : text
}
