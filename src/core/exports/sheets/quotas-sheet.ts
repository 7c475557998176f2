import { quotaTable } from '../../quotas/quota-repo.ts'
import type { SheetModule } from '../workbook-sheet.ts'

/** The quotas per category value beside the pool, with their justifications. */
export const quotasSheet: SheetModule = (sqlite, t) => {
  const table = quotaTable(sqlite)
  const rows = table.categories.flatMap((category) =>
    category.values.map((v) => [
      category.name,
      v.value,
      v.min,
      v.max,
      v.minFlex,
      v.maxFlex,
      v.populationShare === null ? null : v.populationShare / 100,
      v.idealCount,
      v.poolCount,
      v.poolShare,
      v.justification,
    ]),
  )
  return [
    {
      name: t('workbook.quotas.sheet'),
      columns: [
        { header: t('workbook.quotas.category'), type: 'text', width: 18 },
        { header: t('workbook.quotas.value'), type: 'text', width: 20 },
        { header: t('workbook.quotas.min'), type: 'integer', width: 8 },
        { header: t('workbook.quotas.max'), type: 'integer', width: 8 },
        { header: t('workbook.quotas.minFlex'), type: 'integer', width: 10 },
        { header: t('workbook.quotas.maxFlex'), type: 'integer', width: 10 },
        { header: t('workbook.quotas.populationShare'), type: 'percent', width: 12 },
        { header: t('workbook.quotas.idealCount'), type: 'number', width: 12 },
        { header: t('workbook.quotas.poolCount'), type: 'integer', width: 10 },
        { header: t('workbook.quotas.poolShare'), type: 'percent', width: 10 },
        { header: t('workbook.quotas.justification'), type: 'text', width: 50 },
      ],
      rows,
    },
  ]
}
