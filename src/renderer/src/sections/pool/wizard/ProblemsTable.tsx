import { Badge } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { RowProblem } from '../../../../../shared/pool.ts'
import classes from './ProblemsTable.module.css'

export type Problem = RowProblem & { kind: 'rejected' | 'warning' }

const ROW_HEIGHT = 38

/** The problem in the UI's language, from its code and parameters; the core's English text otherwise. */
export function problemText(t: TFunction, problem: RowProblem): string {
  if (!problem.code) return problem.reason
  const params = { ...problem.params }
  // "how" names a field ("e-mail", "phone"): translated like the rest.
  if (typeof params['how'] === 'string')
    params['how'] = t(`pool.problemHow.${params['how']}`, { defaultValue: params['how'] })
  return t(`pool.problemCodes.${problem.code}`, { ...params, defaultValue: problem.reason })
}

/** Every problem by row and column, in plain words; only the visible ones are drawn. */
export function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack returns fresh functions each render; nothing here is memoised by a compiler
  const virtualizer = useVirtualizer({
    count: problems.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="table"
      aria-label={t('pool.report.problemsLabel')}
      aria-rowcount={problems.length + 1}
      style={{ height: Math.min(420, ROW_HEIGHT * (problems.length + 1) + 2) }}
    >
      <div role="row" aria-rowindex={1} className={[classes.row, classes.head].join(' ')}>
        <div role="columnheader">{t('pool.report.row')}</div>
        <div role="columnheader">{t('pool.report.column')}</div>
        <div role="columnheader">{t('pool.report.problem')}</div>
        <div role="columnheader">{t('pool.report.outcome')}</div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const problem = problems[item.index]
          if (!problem) return null
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className={[classes.row, classes.bodyRow].join(' ')}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div role="cell" className={classes.number}>
                {problem.row}
              </div>
              <div role="cell" className={classes.cell}>
                {problem.column}
              </div>
              <div role="cell" className={classes.cell} title={problemText(t, problem)}>
                {problemText(t, problem)}
              </div>
              <div role="cell">
                {problem.kind === 'rejected' ? (
                  <Badge color="red" variant="light" tt="none">
                    {t('pool.report.notImported')}
                  </Badge>
                ) : (
                  <Badge color="yellow" variant="light" tt="none">
                    {t('pool.report.importedCheck')}
                  </Badge>
                )}
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
