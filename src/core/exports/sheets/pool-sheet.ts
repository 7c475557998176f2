import { poolColumns } from '../../pool/pool-view.ts'
import type { SheetModule } from '../workbook-sheet.ts'

/**
 * Everyone who registered: id, name, contacts, household, each category's answer, their place
 * after the draws (selected, confirmed, reserve…) and their chance in the first draw's lottery.
 */
export const poolSheet: SheetModule = (sqlite, t) => {
  const pool = poolColumns(sqlite)
  const rows = pool.ids.map((_, i) => [
    pool.externalIds[i],
    pool.names[i],
    pool.emails[i],
    pool.phones[i],
    pool.postcodes[i],
    pool.households[i] || null,
    ...pool.categories.map((category, c) => category.values[pool.values[c]?.[i] ?? -1] ?? ''),
    pool.panel[i] ? t(`workbook.places.${pool.panel[i]}`) : '',
    pool.chances && (pool.chance[i] ?? -1) >= 0 ? pool.chance[i] : null,
  ])
  return [
    {
      name: t('workbook.pool.sheet'),
      columns: [
        { header: t('workbook.pool.id'), type: 'text', width: 14 },
        { header: t('workbook.pool.name'), type: 'text', width: 26 },
        { header: t('workbook.pool.email'), type: 'text', width: 28 },
        { header: t('workbook.pool.phone'), type: 'text', width: 16 },
        { header: t('workbook.pool.postcode'), type: 'text', width: 10 },
        { header: t('workbook.pool.household'), type: 'integer', width: 10 },
        ...pool.categories.map((c) => ({ header: c.name, type: 'text' as const, width: 16 })),
        { header: t('workbook.pool.place'), type: 'text', width: 12 },
        { header: t('workbook.pool.chance'), type: 'percent', width: 12 },
      ],
      rows,
    },
  ]
}
