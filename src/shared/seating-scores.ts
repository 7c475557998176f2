/** A table plan's scores, computed from the tables alone: the core's search and the screen's drag use the same. */

/** A member as the scores see them: one value per diversified field. */
type ScoredMember = { id: string; values: readonly string[] }

export type SeatingScores = {
  /** Summed over rounds, tables and fields: L1 distance of a table's counts from its size × the shares. */
  balance: number
  /** Pairs who share a table at least once. */
  distinctPairs: number
  /** Each further time a pair shares a table. */
  repeatPairs: number
}

/** A round's balance: for every table and field, Σ over values |count − size × share among those seated|. */
export function roundBalance(
  tables: readonly (readonly string[])[],
  valuesOf: (id: string) => readonly string[],
  fieldCount: number,
): number {
  const seated = tables.reduce((sum, table) => sum + table.length, 0)
  if (seated === 0) return 0
  let total = 0
  for (let f = 0; f < fieldCount; f++) {
    const overall = new Map<string, number>()
    for (const table of tables)
      for (const id of table) {
        const v = valuesOf(id)[f] ?? ''
        overall.set(v, (overall.get(v) ?? 0) + 1)
      }
    for (const table of tables) {
      const counts = new Map<string, number>()
      for (const id of table) {
        const v = valuesOf(id)[f] ?? ''
        counts.set(v, (counts.get(v) ?? 0) + 1)
      }
      // Integer arithmetic scaled by `seated`, divided once: the same figure on every machine.
      let scaled = 0
      for (const [value, n] of overall)
        scaled += Math.abs((counts.get(value) ?? 0) * seated - table.length * n)
      total += scaled / seated
    }
  }
  return total
}

/** The plan's three scores, computed from the tables alone (cli.md's definitions). */
export function seatingScores(
  rounds: readonly (readonly (readonly string[])[])[],
  members: readonly ScoredMember[],
  fieldCount: number,
): SeatingScores {
  const values = new Map(members.map((m) => [m.id, m.values]))
  const valuesOf = (id: string) => values.get(id) ?? []
  let balance = 0
  const met = new Map<string, number>()
  for (const tables of rounds) {
    balance += roundBalance(tables, valuesOf, fieldCount)
    for (const table of tables)
      for (let i = 0; i < table.length; i++)
        for (let j = i + 1; j < table.length; j++) {
          const a = table[i] as string
          const b = table[j] as string
          const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
          met.set(key, (met.get(key) ?? 0) + 1)
        }
  }
  let repeatPairs = 0
  for (const times of met.values()) repeatPairs += times - 1
  return { balance: Math.round(balance * 1e6) / 1e6, distinctPairs: met.size, repeatPairs }
}
