import { SeededRandom } from '../random/seeded-random.ts'
import { english, msg, type Message } from '../../shared/messages.ts'
import type { Election } from './election.ts'
import type { TieBreakRecord } from '../../shared/tally-result.ts'

/**
 * Ties decided by lot. A tie the original count resolved by lot (the file's recorded
 * `forced_tiebreaks`: same round, same kind, same tied candidates) is replayed, so a recount
 * reproduces the declared result; any other tie is drawn with the app's SeededRandom from the
 * election's seed, and every draw is recorded with its basis.
 */
export class LotDrawer {
  private readonly random: SeededRandom
  private readonly election: Election
  readonly records: TieBreakRecord[] = []

  constructor(election: Election, seed: string) {
    this.election = election
    this.random = new SeededRandom(seed)
  }

  /** `previousTied`: earlier rounds were looked at and also tied (said before how the lot went). */
  draw(round: number, kind: 'winner' | 'loser', tied: readonly string[], previousTied = false): string {
    const context = (how: Message): string => english(previousTied ? msg('ties.previousTied', { how }) : how)
    const among = [...tied].sort()
    const recorded = this.election.recordedTieBreaks.find(
      (t) =>
        t.round === round &&
        t.kind === kind &&
        t.among.length === among.length &&
        [...t.among].sort().every((name, i) => name === among[i]) &&
        among.includes(t.chosen),
    )
    if (recorded) {
      this.record(
        round,
        kind,
        among,
        recorded.chosen,
        context(msg('ties.replayed', { how: recorded.how ?? msg('ties.byLot') })),
      )
      return recorded.chosen
    }
    const chosen = this.random.pick(among)
    this.record(round, kind, among, chosen, context(msg('ties.drawn', { seed: this.random.seed })))
    return chosen
  }

  record(
    round: number,
    kind: 'winner' | 'loser',
    among: readonly string[],
    chosen: string,
    how: string,
  ): void {
    this.records.push({ round, kind, among: [...among], chosen, how })
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.random.shuffle(items)
  }
}

/** The seed for lots: options.seed, else the RCTab randomSeed, else the election id. */
export function lotSeed(election: Election): string {
  const rctabSeed = election.rules.rctab?.['randomSeed']
  if (election.options.seed) return election.options.seed
  if (typeof rctabSeed === 'string' || typeof rctabSeed === 'number') return `${election.id}:${rctabSeed}`
  return election.id
}
