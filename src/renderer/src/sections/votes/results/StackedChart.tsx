import { gradeColours, textOn, type ChartTheme } from './palette.ts'
import { formatPercent } from './numbers.ts'
import { ChartFrame } from './ChartFrame.tsx'

export type StackedRow = {
  key: string
  label: string
  /** Voters per grade, worst first. */
  counts: number[]
  /** Written under the bar: band, mean, median grade… */
  caption: string
  bold?: boolean | undefined
}

type Props = {
  rows: StackedRow[]
  grades: string[]
  theme: ChartTheme
  /** A vertical mark, in percent from the left (e.g. the pass mark counted from the agree side). */
  marker?: { at: number; label: string } | undefined
  width?: number | undefined
  title: string
  testId?: string | undefined
  fitHeight?: boolean | undefined
}

/**
 * One 100% bar per proposal, grades from worst (left, red) to best (right, blue), with each
 * segment's share written in it when it fits, and a legend of the grades.
 */
export function StackedChart({ rows, grades, theme, marker, width = 760, title, testId, fitHeight }: Props) {
  const font = theme.font
  const colours = gradeColours(grades.length)
  const labelH = font * 1.5
  const barH = font * 2.2
  const captionH = font * 1.5
  const rowH = labelH + barH + captionH + font * 0.6
  // The legend flows like text: each grade takes the room its name needs, wrapping at the edge.
  const legend: { x: number; y: number; text: string }[] = []
  let lx = 0
  let line = 0
  for (const grade of grades) {
    const text = grade.length > 24 ? `${grade.slice(0, 23)}…` : grade
    const w = font * (1.4 + text.length * 0.6 + 1.6)
    if (lx > 0 && lx + w > width) {
      lx = 0
      line += 1
    }
    legend.push({ x: lx, y: line * font * 1.6, text })
    lx += w
  }
  const legendH = (line + 1) * font * 1.6 + font * 0.4
  const top = legendH + (marker ? font * 1.4 : 0)
  const height = top + rows.length * rowH
  return (
    <ChartFrame width={width} height={height} title={title} testId={testId} fitHeight={fitHeight}>
      {legend.map((item, i) => (
        <g key={grades[i] ?? i}>
          <rect x={item.x} y={item.y + font * 0.15} width={font} height={font} fill={colours[i]} rx={2} />
          <text
            x={item.x + font * 1.4}
            y={item.y + font * 0.65}
            dominantBaseline="central"
            fontSize={font * 0.9}
            fill={theme.text}
          >
            {item.text}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const y = top + r * rowH
        const total = row.counts.reduce((a, b) => a + b, 0)
        let x = 0
        return (
          <g key={row.key}>
            <text
              x={0}
              y={y + labelH * 0.6}
              dominantBaseline="central"
              fontSize={font}
              fontWeight={row.bold ? 700 : 600}
              fill={theme.text}
            >
              {row.label}
            </text>
            <rect x={0} y={y + labelH} width={width} height={barH} fill={theme.track} />
            {row.counts.map((c, i) => {
              const w = total > 0 ? (c / total) * width : 0
              const fill = colours[i] ?? theme.bar
              const share = total > 0 ? (100 * c) / total : 0
              const text = formatPercent(Math.round(share))
              const segment = (
                <g key={i}>
                  <rect x={x} y={y + labelH} width={w} height={barH} fill={fill}>
                    <title>{`${grades[i] ?? ''}: ${c} (${text})`}</title>
                  </rect>
                  {w > text.length * font * 0.62 + font * 0.3 && (
                    <text
                      x={x + w / 2}
                      y={y + labelH + barH / 2}
                      textAnchor="middle"
                      dominantBaseline="central"
                      fontSize={font * 0.95}
                      fontWeight={600}
                      fill={textOn(fill)}
                    >
                      {text}
                    </text>
                  )}
                </g>
              )
              x += w
              return segment
            })}
            <text
              x={0}
              y={y + labelH + barH + captionH * 0.6}
              dominantBaseline="central"
              fontSize={font * 0.9}
              fill={theme.dim}
            >
              {row.caption}
            </text>
          </g>
        )
      })}
      {marker && (
        <g>
          <text
            x={(marker.at / 100) * width}
            y={legendH + font * 0.5}
            textAnchor={marker.at > 70 ? 'end' : marker.at < 30 ? 'start' : 'middle'}
            fontSize={font * 0.85}
            fontWeight={600}
            fill={theme.text}
          >
            {marker.label}
          </text>
          {rows.map((row, r) => {
            const x = (marker.at / 100) * width
            const y1 = r === 0 ? legendH + font * 0.9 : top + r * rowH + labelH - font * 0.3
            const y2 = top + r * rowH + labelH + barH + font * 0.3
            const w = Math.max(2, font / 7)
            return (
              <g key={row.key}>
                <line x1={x} x2={x} y1={y1} y2={y2} stroke={theme.halo} strokeWidth={w * 2.6} />
                <line
                  x1={x}
                  x2={x}
                  y1={y1}
                  y2={y2}
                  stroke={theme.threshold}
                  strokeWidth={w}
                  strokeDasharray={`${font * 0.45} ${font * 0.3}`}
                />
              </g>
            )
          })}
        </g>
      )}
    </ChartFrame>
  )
}
