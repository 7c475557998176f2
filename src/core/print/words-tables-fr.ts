import type { tableWordsEn } from './words-tables-en.ts'

type WordTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : WordTree<T[K]> }

/** Les mots des plans de tables imprimés (listes des tables, badges, chevalets), en français. */
export const tableWordsFr: WordTree<typeof tableWordsEn> = {
  tablePrint: {
    lists: 'Listes des tables',
    badges: 'Badges nominatifs',
    cards: 'Chevalets de table',
    table: 'Table {{number}}',
    members_one: '{{count}} membre',
    members_other: '{{count}} membres',
    interpretation: 'Interprétation : {{language}}',
    noSeat: '—',
    tables: 'Vos tables',
  },
}
