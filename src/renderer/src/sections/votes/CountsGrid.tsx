import { ActionIcon, Button, Group, ScrollArea, Text } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { memo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TableCount } from '../../../../shared/votes.ts'
import { cellValue, type CountColumn } from './count-columns.ts'
import classes from './CountsGrid.module.css'
import { useWholeNumber } from './use-formatters.ts'

type Props = {
  columns: CountColumn[]
  tables: TableCount[]
  onCell: (row: number, column: CountColumn, value: number) => void
  onLabel: (row: number, label: string) => void
  onAdd: () => void
  onRemove: (row: number) => void
}

/** Moves between cells like a spreadsheet: Enter and the arrows up and down go to the next table. */
function move(event: KeyboardEvent<HTMLInputElement>) {
  const step = event.key === 'ArrowDown' || event.key === 'Enter' ? 1 : event.key === 'ArrowUp' ? -1 : 0
  if (step === 0) return
  const row = Number(event.currentTarget.dataset['row']) + step
  const col = event.currentTarget.dataset['col'] ?? ''
  const next = event.currentTarget
    .closest('table')
    ?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`)
  if (next) {
    event.preventDefault()
    next.focus()
    next.select()
  }
}

type RowProps = {
  row: number
  table: TableCount
  columns: CountColumn[]
  removable: boolean
  onCell: Props['onCell']
  onLabel: Props['onLabel']
  onRemove: Props['onRemove']
}

/** One table's row; redrawn only when that table changes, so typing stays quick with many tables. */
const GridRow = memo(function GridRow({
  row,
  table,
  columns,
  removable,
  onCell,
  onLabel,
  onRemove,
}: RowProps) {
  const { t } = useTranslation()
  return (
    <tr>
      <td>
        <input
          className={classes.label}
          value={table.label}
          aria-label={t('votes.counts.tableName', { n: row + 1 })}
          onChange={(e) => onLabel(row, e.currentTarget.value)}
        />
      </td>
      {columns.map((column, col) => {
        const value = cellValue(table, column)
        const name = column.group ? `${column.group} — ${column.label}` : column.label
        return (
          <td key={col}>
            <input
              className={classes.cell}
              inputMode="numeric"
              autoComplete="off"
              data-row={row}
              data-col={col}
              aria-label={t('votes.counts.cell', { table: table.label || row + 1, column: name })}
              value={value === 0 ? '' : String(value)}
              placeholder="0"
              onKeyDown={move}
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => {
                const digits = e.currentTarget.value.replace(/\D/g, '').slice(0, 7)
                onCell(row, column, digits === '' ? 0 : Math.min(1_000_000, Number(digits)))
              }}
            />
          </td>
        )
      })}
      <td>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('votes.counts.remove', { table: table.label || row + 1 })}
          onClick={() => onRemove(row)}
          disabled={!removable}
          mx={4}
        >
          <IconX size={16} />
        </ActionIcon>
      </td>
    </tr>
  )
})

/** One row per table (or counter), one column per option and grade; the total row adds them up. */
export const CountsGrid = memo(function CountsGrid({
  columns,
  tables,
  onCell,
  onLabel,
  onAdd,
  onRemove,
}: Props) {
  const { t } = useTranslation()
  const format = useWholeNumber()
  const groups: { label: string | null; span: number }[] = []
  for (const column of columns) {
    const last = groups[groups.length - 1]
    if (last && last.label === column.group && column.group !== null) last.span++
    else groups.push({ label: column.group, span: 1 })
  }
  const grouped = groups.some((g) => g.label !== null)
  const totals = columns.map((column) => tables.reduce((sum, table) => sum + cellValue(table, column), 0))

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <table className={classes.grid} aria-label={t('votes.counts.gridLabel')} data-testid="counts-grid">
        <thead>
          {grouped && (
            <tr>
              <th />
              {groups.map((g, i) => (
                <th key={i} colSpan={g.span} className={g.label ? classes.group : undefined}>
                  {g.label}
                </th>
              ))}
              <th />
            </tr>
          )}
          <tr>
            <th style={{ textAlign: 'left' }}>{t('votes.counts.table')}</th>
            {columns.map((column, i) => (
              <th key={i} className={column.kind === 'extra' ? classes.extra : undefined}>
                {column.label}
              </th>
            ))}
            <th aria-label={t('votes.counts.actions')} />
          </tr>
        </thead>
        <tbody>
          {tables.map((table, row) => (
            <GridRow
              key={row}
              row={row}
              table={table}
              columns={columns}
              removable={tables.length > 1}
              onCell={onCell}
              onLabel={onLabel}
              onRemove={onRemove}
            />
          ))}
          <tr className={classes.total} data-testid="counts-total">
            <td>{t('votes.counts.total')}</td>
            {totals.map((total, i) => (
              <td key={i}>{format(total)}</td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
      <Group mt="sm" gap="sm">
        <Button size="xs" variant="default" leftSection={<IconPlus size={16} />} onClick={onAdd}>
          {t('votes.counts.addTable')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('votes.counts.keys')}
        </Text>
      </Group>
    </ScrollArea>
  )
})
