import { Badge, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconHome } from '@tabler/icons-react'
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PoolRow, PoolTable as PoolTableData } from '../../../../shared/pool.ts'
import classes from './PoolTable.module.css'

type Props = {
  table: PoolTableData
  rows: PoolRow[]
  householdSizes: Map<number, number>
  onOpen: (id: number) => void
}

const ROW_HEIGHT = 40
/** Columns that stay on the left when the table scrolls sideways, with their offset. */
const STICKY: Record<string, number> = { externalId: 0, name: 112 }

function stickyStyle(id: string) {
  const left = STICKY[id]
  return left === undefined ? undefined : { position: 'sticky' as const, left, zIndex: 1 }
}

function stickyClass(id: string, base: string | undefined) {
  return [base, id === 'name' ? classes.stickyLast : STICKY[id] === undefined ? undefined : classes.sticky]
    .filter(Boolean)
    .join(' ')
}

/** Every respondent in one scrolling table: only the rows on screen are drawn, so 50,000 stay fast. */
export function PoolTable({ table, rows, householdSizes, onOpen }: Props) {
  const { t } = useTranslation()
  const [sorting, setSorting] = useState<SortingState>([])
  const scroller = useRef<HTMLDivElement>(null)

  const columns = useMemo<ColumnDef<PoolRow, string | number>[]>(
    () => [
      { id: 'externalId', header: t('pool.columns.id'), accessorFn: (r) => r.externalId, size: 112 },
      { id: 'name', header: t('pool.columns.name'), accessorFn: (r) => r.name, size: 190 },
      { id: 'email', header: t('pool.columns.email'), accessorFn: (r) => r.email, size: 220 },
      { id: 'phone', header: t('pool.columns.phone'), accessorFn: (r) => r.phone, size: 140 },
      { id: 'postcode', header: t('pool.columns.postcode'), accessorFn: (r) => r.postcode, size: 124 },
      ...table.categories.map((category, i): ColumnDef<PoolRow, string | number> => ({
        id: `category-${category.id}`,
        header: category.name,
        accessorFn: (r) => category.values[r.values[i] ?? -1] ?? '',
        size: 140,
      })),
      {
        id: 'household',
        header: t('pool.columns.household'),
        accessorFn: (r) => (r.household === 0 ? 0 : (householdSizes.get(r.household) ?? 1)),
        sortDescFirst: true,
        size: 132,
      },
    ],
    [householdSizes, t, table.categories],
  )

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack returns fresh functions each render; nothing here is memoised by a compiler
  const model = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: (next) => {
      setSorting(next)
      scroller.current?.scrollTo({ top: 0 })
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })
  const sortedRows = model.getRowModel().rows
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
  const template = model
    .getVisibleLeafColumns()
    .map((c) => (STICKY[c.id] === undefined ? `minmax(${c.getSize()}px, 1fr)` : `${c.getSize()}px`))
    .join(' ')
  const minWidth = model.getVisibleLeafColumns().reduce((sum, c) => sum + c.getSize(), 0)

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
                  className={stickyClass(header.column.id, classes.headCell)}
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
          const row = sortedRows[item.index]
          if (!row) return null
          const person = row.original
          return (
            <div
              key={row.id}
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
              {row.getVisibleCells().map((cell) => (
                <div
                  key={cell.id}
                  role="cell"
                  className={stickyClass(cell.column.id, classes.cell)}
                  style={stickyStyle(cell.column.id)}
                  title={cell.column.id === 'household' ? undefined : String(cell.getValue())}
                >
                  {cell.column.id === 'household' ? (
                    <HouseholdCell size={Number(cell.getValue())} />
                  ) : cell.column.id === 'externalId' ? (
                    <Text size="sm" className="mono" c="dimmed" truncate>
                      {String(cell.getValue())}
                    </Text>
                  ) : cell.column.id === 'name' ? (
                    <Text size="sm" fw={550} truncate>
                      {String(cell.getValue())}
                    </Text>
                  ) : (
                    String(cell.getValue())
                  )}
                </div>
              ))}
            </div>
          )
        })}
      </div>
    </div>
  )
}

function HouseholdCell({ size }: { size: number }) {
  const { t } = useTranslation()
  if (size < 2) return null
  return (
    <Tooltip label={t('pool.sharedAddress', { count: size })} withArrow>
      <Badge
        variant="light"
        color="orange"
        tt="none"
        leftSection={<IconHome size={12} />}
        aria-label={t('pool.sharedAddress', { count: size })}
      >
        {size}
      </Badge>
    </Tooltip>
  )
}
