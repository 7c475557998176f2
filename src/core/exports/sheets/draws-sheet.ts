import { listDraws } from '../../draw/draw-repo.ts'
import type { SheetModule } from '../workbook-sheet.ts'

/**
 * The draws (inputs' hash, lottery's commitment, seed as entered, chances' summary) and, for each
 * draw with a lottery, everyone's selection probability in it: one column per draw.
 */
export const drawsSheets: SheetModule = (sqlite, t) => {
  const draws = listDraws(sqlite)
  const withLottery = draws.filter((d) => Object.keys(d.probabilities).length > 0)
  const people = new Set<string>()
  for (const draw of withLottery) for (const id of Object.keys(draw.probabilities)) people.add(id)
  const selected = new Map<string, Set<string>>(draws.map((d) => [String(d.id), new Set(d.selected)]))
  return [
    {
      name: t('workbook.draws.sheet'),
      columns: [
        { header: t('workbook.draws.id'), type: 'integer', width: 6 },
        { header: t('workbook.draws.kind'), type: 'text', width: 12 },
        { header: t('workbook.draws.algorithm'), type: 'text', width: 10 },
        { header: t('workbook.draws.status'), type: 'text', width: 11 },
        { header: t('workbook.draws.panelSize'), type: 'integer', width: 8 },
        { header: t('workbook.draws.reserves'), type: 'integer', width: 8 },
        { header: t('workbook.draws.pool'), type: 'integer', width: 8 },
        { header: t('workbook.draws.committedAt'), type: 'datetime', width: 20 },
        { header: t('workbook.draws.seededAt'), type: 'datetime', width: 20 },
        { header: t('workbook.draws.seed'), type: 'text', width: 24 },
        { header: t('workbook.draws.min'), type: 'percent', width: 10 },
        { header: t('workbook.draws.max'), type: 'percent', width: 10 },
        { header: t('workbook.draws.mean'), type: 'percent', width: 10 },
        { header: t('workbook.draws.gini'), type: 'number', width: 8 },
        { header: t('workbook.draws.panels'), type: 'integer', width: 8 },
        { header: t('workbook.draws.stopped'), type: 'text', width: 8 },
        { header: t('workbook.draws.inputHash'), type: 'text', width: 30 },
        { header: t('workbook.draws.lotteryHash'), type: 'text', width: 30 },
        { header: t('workbook.draws.selected'), type: 'text', width: 40 },
        { header: t('workbook.draws.reserveList'), type: 'text', width: 30 },
      ],
      rows: draws.map((d) => [
        d.id,
        t(`workbook.drawKinds.${d.kind}`),
        d.algorithm,
        t(`workbook.drawStatuses.${d.status}`),
        d.panelSize,
        d.reserveCount,
        d.input.pool.length,
        d.committedAt,
        d.seededAt,
        d.seed,
        d.stats?.minProbability,
        d.stats?.maxProbability,
        d.stats?.meanProbability,
        d.stats?.gini,
        d.stats?.panels,
        d.stats ? t(d.stats.stopped ? 'workbook.yes' : 'workbook.no') : '',
        d.inputHash,
        d.lotteryHash,
        d.selected.join(' '),
        d.reserves.join(' '),
      ]),
    },
    {
      name: t('workbook.chances.sheet'),
      columns: [
        { header: t('workbook.chances.id'), type: 'text', width: 14 },
        ...withLottery.flatMap((d) => [
          { header: t('workbook.chances.draw', { id: d.id }), type: 'percent' as const, width: 12 },
          { header: t('workbook.chances.drawn', { id: d.id }), type: 'text' as const, width: 10 },
        ]),
      ],
      rows: [...people].map((id) => [
        id,
        ...withLottery.flatMap((d) => [
          d.probabilities[id] ?? null,
          selected.get(String(d.id))?.has(id) ? t('workbook.yes') : '',
        ]),
      ]),
    },
  ]
}
