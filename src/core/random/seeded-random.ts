import { createHash } from 'node:crypto'

/**
 * The one source of randomness for official acts (draws, tie-breaks) and for the demo.
 * A published, deterministic generator anyone can re-implement: block i is
 * SHA-256(seed-as-UTF-8 || ":" || i) and numbers are read from it 32 bits at a time, big-endian.
 * The same seed gives the same sequence on every machine.
 */
export class SeededRandom {
  readonly seed: string
  private counter = 0
  private block: Buffer = Buffer.alloc(0)
  private offset = 0

  constructor(seed: string) {
    this.seed = seed
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    if (this.offset + 4 > this.block.length) {
      this.block = createHash('sha256').update(`${this.seed}:${this.counter}`, 'utf8').digest()
      this.counter += 1
      this.offset = 0
    }
    const value = this.block.readUInt32BE(this.offset)
    this.offset += 4
    return value
  }

  /** A uniform float in [0, 1) with 53 random bits. */
  next(): number {
    const high = this.nextUint32() >>> 5 // 27 bits
    const low = this.nextUint32() >>> 6 // 26 bits
    return (high * 67108864 + low) / 9007199254740992
  }

  /** A uniform integer in [0, n), without modulo bias. */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32)
      throw new RangeError(`int(n) needs 1 ≤ n ≤ 2^32, got ${n}`)
    const limit = 2 ** 32 - (2 ** 32 % n)
    for (;;) {
      const x = this.nextUint32()
      if (x < limit) return x % n
    }
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)]
    if (item === undefined) throw new RangeError('pick() from an empty list')
    return item
  }

  /** A new array with the items in a uniformly random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      ;[out[i], out[j]] = [out[j] as T, out[i] as T]
    }
    return out
  }
}
