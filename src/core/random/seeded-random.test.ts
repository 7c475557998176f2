import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SeededRandom } from './seeded-random.ts'

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = new SeededRandom('dice:4-1-6-6')
    const b = new SeededRandom('dice:4-1-6-6')
    const c = new SeededRandom('dice:4-1-6-5')
    const seqA = Array.from({ length: 20 }, () => a.nextUint32())
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA)
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA)
  })

  it('is pinned: the first numbers of a known seed never change between versions', () => {
    const r = new SeededRandom('kleroterion')
    // SHA-256("kleroterion:0") read as big-endian 32-bit words.
    expect([r.nextUint32(), r.nextUint32()]).toEqual([
      Buffer.from(sha256Hex('kleroterion:0').slice(0, 8), 'hex').readUInt32BE(0),
      Buffer.from(sha256Hex('kleroterion:0').slice(8, 16), 'hex').readUInt32BE(0),
    ])
  })

  it('int(n) stays in range and shuffle is a permutation', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = new SeededRandom(seed)
        const x = r.int(n)
        const items = Array.from({ length: n % 50 }, (_, i) => i)
        const shuffled = r.shuffle(items)
        return x >= 0 && x < n && [...shuffled].sort((p, q) => p - q).join() === items.join()
      }),
    )
  })

  it('next() is roughly uniform', () => {
    const r = new SeededRandom('uniform')
    const buckets = new Array<number>(10).fill(0)
    for (let i = 0; i < 20_000; i++) {
      const bucket = Math.floor(r.next() * 10)
      buckets[bucket] = (buckets[bucket] ?? 0) + 1
    }
    for (const count of buckets) expect(count).toBeGreaterThan(1_800)
  })
})

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
