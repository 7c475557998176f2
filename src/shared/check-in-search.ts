/** The door's search: three letters of any part of a name find the person. */

export type Searchable = { externalId: string; badgeName: string; firstName: string; lastName: string }

/** Lower case without accents, so “élo” finds Éloïse and “Zoe” finds Zoë. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

type Indexed<T> = { item: T; badge: string; words: string[] }

/** Folds every name once, so each keystroke only compares. */
export function indexForSearch<T extends Searchable>(items: readonly T[]): Indexed<T>[] {
  return items.map((item) => {
    const badge = fold(item.badgeName)
    const names = [badge, fold(item.firstName), fold(item.lastName)]
    const words = [...names, ...names.flatMap((w) => w.split(/[\s'’-]+/)), fold(item.externalId)].filter(
      (w) => w !== '',
    )
    return { item, badge, words }
  })
}

/**
 * The people whose name has a word starting with each word typed (“jo sm” finds Jo Smith), best first:
 * the badge name starting with what was typed, then the rest, each by badge name.
 */
export function searchPeople<T extends Searchable>(
  index: readonly Indexed<T>[],
  query: string,
  limit = 8,
): T[] {
  const parts = fold(query)
    .split(/\s+/)
    .filter((p) => p !== '')
  if (parts.length === 0) return []
  const whole = parts.join(' ')
  const hits: { item: T; badge: string; rank: number }[] = []
  for (const entry of index) {
    if (!parts.every((p) => entry.words.some((w) => w.startsWith(p)))) continue
    hits.push({ item: entry.item, badge: entry.badge, rank: entry.badge.startsWith(whole) ? 0 : 1 })
  }
  hits.sort((a, b) => a.rank - b.rank || a.badge.localeCompare(b.badge))
  return hits.slice(0, limit).map((h) => h.item)
}
