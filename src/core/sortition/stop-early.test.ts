import { describe, expect, it } from 'vitest'
import { computeLottery } from './draw.ts'
import { skewedInput } from './test-helpers.ts'

describe('stopping LEXIMIN early', () => {
  it('returns a valid lottery with its lowest chance under the certified bound, and replays exactly', async () => {
    const full = await computeLottery(skewedInput(), 'leximin')
    expect(full.stats.stopped).toBeUndefined()

    const stop = new AbortController()
    stop.abort()
    // Stopped before anything but the first LP solve: the lowest chance is what it guarantees.
    const early = await computeLottery(skewedInput(), 'leximin', { stop: stop.signal })
    const stopped = early.stats.stopped
    expect(stopped).toBeDefined()
    if (!stopped) return
    // A stop asked for before the start ends the starting panels' search after its first round.
    expect(stopped.seedRounds).toBe(1)
    expect(stopped.iterations).toBe(1)
    expect(stopped.round).toBe(1)
    expect(early.stats.minProbability).toBeGreaterThanOrEqual(stopped.lowest - 1e-9)
    expect(stopped.lowest).toBeLessThanOrEqual(stopped.upperBound + 1e-9)
    // The fairest lottery's lowest chance lies between them.
    expect(full.stats.minProbability).toBeLessThanOrEqual(stopped.upperBound + 1e-6)
    expect(full.stats.minProbability).toBeGreaterThanOrEqual(stopped.lowest - 1e-6)

    const replay = await computeLottery(skewedInput(), 'leximin', { replay: stopped })
    expect(replay.stats.stopped).toEqual(stopped)
    expect(replay.lottery).toEqual(early.lottery)
  })

  it('stopped in a later stage, keeps the lowest chance already proven and replays exactly', async () => {
    let fixing = false
    const stop = new AbortController()
    const later = await computeLottery(skewedInput(), 'leximin', {
      stop: stop.signal,
      onProgress: (p) => {
        if (p.stage === 'fixing' && !fixing) {
          fixing = true
          stop.abort()
        }
      },
    })
    const full = await computeLottery(skewedInput(), 'leximin')
    const stopped = later.stats.stopped
    expect(stopped).toBeDefined()
    if (!stopped) return
    expect(stopped.round).toBeGreaterThan(1)
    expect(stopped.fixed).toBeGreaterThan(0)
    expect(stopped.lowest).toBeCloseTo(full.stats.minProbability, 5)
    expect(later.stats.minProbability).toBeCloseTo(full.stats.minProbability, 5)
    const replay = await computeLottery(skewedInput(), 'leximin', { replay: stopped })
    expect(replay.lottery).toEqual(later.lottery)
  })

  it('a replay past the end of the run changes nothing', async () => {
    const stop = new AbortController()
    const later = await computeLottery(skewedInput(), 'leximin', {
      stop: stop.signal,
      onProgress: (p) => p.stage === 'fixing' && stop.abort(),
    })
    const seedRounds = later.stats.stopped?.seedRounds ?? 0
    const full = await computeLottery(skewedInput(), 'leximin')
    const budget = await computeLottery(skewedInput(), 'leximin', {
      replay: { seedRounds, iterations: 10_000 },
    })
    expect(budget.stats.stopped).toBeUndefined()
    expect(budget.lottery).toEqual(full.lottery)
  })
})
