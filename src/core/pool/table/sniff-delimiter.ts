export const DELIMITERS = [',', ';', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/** Counts a delimiter per line, outside quoted fields, over the first lines of the text. */
function countsPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = []
  let count = 0
  let quoted = false
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === delimiter) count++
    else if (!quoted && ch === '\n') {
      counts.push(count)
      count = 0
    }
  }
  if (count > 0 || counts.length === 0) counts.push(count)
  return counts
}

/**
 * Picks the delimiter that splits the first lines most consistently into more than one column:
 * the one with the most lines agreeing with the header's count, then the most columns.
 */
export function sniffDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; agreeing: number; columns: number } = {
    delimiter: ',',
    agreeing: -1,
    columns: 0,
  }
  for (const delimiter of DELIMITERS) {
    const counts = countsPerLine(text, delimiter, 50).filter((c, i, all) => i < all.length - 1 || c > 0)
    const header = counts[0] ?? 0
    if (header === 0) continue
    const agreeing = counts.filter((c) => c === header).length
    if (agreeing > best.agreeing || (agreeing === best.agreeing && header > best.columns)) {
      best = { delimiter, agreeing, columns: header }
    }
  }
  return best.delimiter
}
