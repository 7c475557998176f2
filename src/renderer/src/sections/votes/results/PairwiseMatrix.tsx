import { ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Matrix } from '../../../../../shared/tally-result.ts'
import { formatVotes } from './numbers.ts'

type Props = {
  matrix: Matrix
  order: string[]
  /** A second matrix decides who wins each pair (Schulze: the strongest paths compare both ways). */
  label: string
  testId: string
  /** Big-screen colours and sizes. */
  projection?: boolean | undefined
}

const palette = {
  page: {
    win: '#0072B2',
    winText: '#ffffff',
    lose: '#fbe3d6',
    loseText: '#5c2a0b',
    tie: '#e9ecef',
    tieText: '#212529',
    head: undefined,
  },
  projection: {
    win: '#56B4E9',
    winText: '#0b0f14',
    lose: '#3b2418',
    loseText: '#f3c9a8',
    tie: '#343a40',
    tieText: '#f8f9fa',
    head: '#f8f9fa',
  },
}

/** Short names for column heads: initials of long names, so a 9×9 matrix still fits. */
function short(name: string): string {
  if (name.length <= 12) return name
  const words = name.split(/\s+/).filter(Boolean)
  return words.length > 1
    ? words
        .map((w) => w[0])
        .join('')
        .toUpperCase()
        .slice(0, 4)
    : `${name.slice(0, 9)}…`
}

/**
 * Head-to-head results: the cell in row A, column B holds how many voters ranked A above B (or the
 * strength of A's strongest path to B). Blue cells: the row wins that pair.
 */
export function PairwiseMatrix({ matrix, order, label, testId, projection }: Props) {
  const { t } = useTranslation()
  const c = projection ? palette.projection : palette.page
  // On the big screen the whole matrix must fit without scrolling: the type shrinks with the number of rows.
  const fs = projection
    ? `clamp(12px, min(1.7vw, calc((100vh - 17rem) / ${(order.length + 1) * 1.9})), 34px)`
    : undefined
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={projection ? 2 : 4}
        horizontalSpacing={projection ? 'sm' : 'xs'}
        aria-label={label}
        data-testid={testId}
        style={{
          fontVariantNumeric: 'tabular-nums',
          fontSize: fs,
          color: c.head,
          borderColor: projection ? '#495057' : undefined,
        }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ fontSize: fs }}>{t('results.condorcet.rowOverColumn')}</Table.Th>
            {order.map((name) => (
              <Table.Th key={name} ta="center" style={{ fontSize: fs }} title={name}>
                {short(name)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.map((row) => (
            <Table.Tr key={row}>
              <Table.Th style={{ whiteSpace: 'nowrap', fontSize: fs }}>
                {row}
                {short(row) !== row && (
                  <Text
                    span
                    c="dimmed"
                    size="xs"
                    ml={6}
                    style={projection ? { fontSize: '0.7em' } : undefined}
                  >
                    ({short(row)})
                  </Text>
                )}
              </Table.Th>
              {order.map((col) => {
                if (row === col)
                  return (
                    <Table.Td key={col} ta="center" c="dimmed">
                      —
                    </Table.Td>
                  )
                const a = matrix[row]?.[col] ?? 0
                const b = matrix[col]?.[row] ?? 0
                const [bg, fg] =
                  a > b ? [c.win, c.winText] : a < b ? [c.lose, c.loseText] : [c.tie, c.tieText]
                return (
                  <Table.Td
                    key={col}
                    ta="center"
                    style={{ background: bg, color: fg, fontWeight: a > b ? 700 : 400 }}
                    title={t('results.condorcet.cellTitle', {
                      row,
                      col,
                      a: formatVotes(a),
                      b: formatVotes(b),
                    })}
                  >
                    {formatVotes(a)}
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )
}
