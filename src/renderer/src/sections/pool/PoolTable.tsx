import { UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconHome } from '@tabler/icons-react'
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PoolRow, PoolTable as PoolTableData } from '../../../../shared/pool.ts'
import classes from './PoolTable.module.css'
import { sortedOrder } from './sort-rows.ts'

type Props = {
  table: PoolTableData
  rows: PoolRow[]
  householdSizes: Map<number, number>
  onOpen: (id: number) => void
}

type Column = ColumnDef<PoolRow> & { id: string; value: (row: PoolRow) => string | number; size: number }

const ROW_HEIGHT = 40
const NO_ROWS: PoolRow[] = []
/** Columns that stay on the left when the table scrolls sideways, with their offset. */
const STICKY: Record<string, number> = { externalId: 0, name: 112 }

function stickyStyle(id: string) {
  const left = STICKY[id]
  return left === undefined ? undefined : { position: 'sticky' as const, left, zIndex: 1 }
}

function cellClass(id: string, base: string | undefined) {
  const extra =
    id === 'name'
      ? [classes.stickyLast, classes.name]
      : id === 'externalId'
        ? [classes.sticky, classes.id]
        : id === 'chance'
          ? [classes.number]
          : []
  return [base, ...extra].filter(Boolean).join(' ')
}

/**
 * Every respondent in one scrolling table. TanStack Table holds the columns and the sorting state;
 * the rows are sorted over plain arrays and only those on screen are drawn, so 50,000 stay fast.
 */
export function PoolTable({ table, rows, householdSizes, onOpen }: Props) {
  const { t, i18n } = useTranslation()
  const [sorting, setSorting] = useState<SortingState>([])
  const scroller = useRef<HTMLDivElement>(null)

  const columns = useMemo<Column[]>(() => {
    const column = (
      id: string,
      header: string,
      size: number,
      value: Column['value'],
      extra = {},
    ): Column => ({
      id,
      header,
      size,
      value,
      accessorFn: value,
      ...extra,
    })
    return [
      column('externalId', t('pool.columns.id'), 112, (r) => r.externalId),
      column('name', t('pool.columns.name'), 190, (r) => r.name),
      column('email', t('pool.columns.email'), 220, (r) => r.email),
      column('phone', t('pool.columns.phone'), 140, (r) => r.phone),
      column('postcode', t('pool.columns.postcode'), 140, (r) => r.postcode),
      ...table.categories.map((category, i) =>
        column(
          `category-${category.id}`,
          category.name,
          150,
          (r) => category.values[r.values[i] ?? -1] ?? '',
        ),
      ),
      column(
        'household',
        t('pool.columns.household'),
        132,
        (r) => (r.household === 0 ? '' : (householdSizes.get(r.household) ?? 1)),
        { sortDescFirst: true },
      ),
      ...(table.chances
        ? [
            column('panel', t('pool.columns.panel'), 130, (r) =>
              r.panel ? t(`pool.panelPlace.${r.panel}`) : '',
            ),
            column('chance', t('pool.columns.chance'), 215, (r) => r.chance ?? -1, { sortDescFirst: true }),
          ]
        : []),
    ]
  }, [householdSizes, t, table.categories, table.chances])
  const percent = useMemo(
    () => new Intl.NumberFormat(i18n.language, { style: 'percent', minimumFractionDigits: 2 }),
    [i18n.language],
  )

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack returns fresh functions each render; nothing here is memoised by a compiler
  const model = useReactTable({
    data: NO_ROWS,
    columns,
    state: { sorting },
    onSortingChange: (next) => {
      setSorting(next)
      scroller.current?.scrollTo({ top: 0 })
    },
    manualSorting: true,
    enableMultiSort: false,
    // Without row objects TanStack cannot guess the first direction: A→Z first, except households.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  })
  const collator = useMemo(
    () => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }),
    [i18n.language],
  )
  const sortedRows = useMemo(
    () => sortedOrder(rows, sorting, (id) => columns.find((c) => c.id === id)?.value, collator),
    [rows, sorting, columns, collator],
  )
  // A new search or filter starts at the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 })
  }, [rows])
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  // Id and name stay in place while the other columns scroll sideways.
  const template = columns
    .map((c) => (STICKY[c.id] === undefined ? `minmax(${c.size}px, 1fr)` : `${c.size}px`))
    .join(' ')
  const minWidth = columns.reduce((sum, c) => sum + c.size, 0)
  const sharedLabel = (count: number) => t('pool.sharedAddress', { count })

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="table"
      aria-label={t('pool.tableLabel')}
      aria-rowcount={sortedRows.length + 1}
    >
      <div className={classes.head} role="rowgroup" style={{ minWidth }}>
        {model.getHeaderGroups().map((group) => (
          <div
            key={group.id}
            role="row"
            aria-rowindex={1}
            className={classes.row}
            style={{ gridTemplateColumns: template }}
          >
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted()
              const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  className={cellClass(header.column.id, classes.headCell)}
                  style={stickyStyle(header.column.id)}
                >
                  <UnstyledButton
                    className={classes.sortButton}
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    <span className={classes.headText}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </span>
                    <Icon
                      size={14}
                      stroke={1.8}
                      className={sorted ? undefined : classes.idleIcon}
                      aria-hidden
                    />
                  </UnstyledButton>
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const person = sortedRows[item.index]
          if (!person) return null
          return (
            <div
              key={person.id}
              role="row"
              aria-rowindex={item.index + 2}
              tabIndex={0}
              className={[classes.row, classes.bodyRow].join(' ')}
              style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(person.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  onOpen(person.id)
                }
              }}
            >
              {columns.map((column) => {
                const value = column.value(person)
                if (column.id === 'household') {
                  return (
                    <div key={column.id} role="cell" className={classes.cell}>
                      {typeof value === 'number' && value > 1 && (
                        <span
                          className={classes.household}
                          title={sharedLabel(value)}
                          aria-label={sharedLabel(value)}
                        >
                          <IconHome size={12} aria-hidden />
                          {value}
                        </span>
                      )}
                    </div>
                  )
                }
                const shown =
                  column.id === 'chance'
                    ? typeof value === 'number' && value >= 0
                      ? percent.format(value)
                      : ''
                    : value
                return (
                  <div
                    key={column.id}
                    role="cell"
                    className={cellClass(column.id, classes.cell)}
                    style={stickyStyle(column.id)}
                    title={String(shown)}
                  >
                    {shown}
                  </div>
                )
              })}
            </div>
          )
        })}
      </div>
    </div>
  )
}
