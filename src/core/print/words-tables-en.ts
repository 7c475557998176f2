/** The words of the printed table plans (table lists, name badges, table cards), in English. */
export const tableWordsEn = {
  tablePrint: {
    lists: 'Table lists',
    badges: 'Name badges',
    cards: 'Table cards',
    table: 'Table {{number}}',
    members_one: '{{count}} member',
    members_other: '{{count}} members',
    interpretation: 'Interpretation: {{language}}',
    noSeat: '—',
    tables: 'Your tables',
  },
} as const
