import type { ChartTheme } from './palette.ts'
import { ChartFrame } from './ChartFrame.tsx'

export type Bar = {
  key: string
  label: string
  /** Length of the bar, on the same scale as `max`. */
  value: number
  /** What is written after the bar, e.g. "79 · 87%". */
  text: string
  fill: string
  /** Written after the text, smaller: "elected", "not in the %". */
  tag?: string | undefined
  /** Drawn fainter (out of the count or out of the base). */
  muted?: boolean | undefined
  bold?: boolean | undefined
}

export type Marker = { at: number; label: string }

type Props = {
  bars: Bar[]
  max: number
  markers?: Marker[] | undefined
  theme: ChartTheme
  /** Width of the drawing in its own units; the SVG scales to its container. */
  width?: number | undefined
  title: string
  testId?: string | undefined
  /** Fill the height of the container (projection) instead of the width (page). */
  fitHeight?: boolean | undefined
}

const charWidth = 0.62

function clip(label: string, room: number, font: number): string {
  const fits = Math.floor(room / (font * charWidth) + 0.01)
  return label.length <= fits ? label : `${label.slice(0, Math.max(1, fits - 1))}…`
}

/** Horizontal bars with labels on the left, values on the right and optional vertical markers. */
export function BarChart({ bars, max, markers = [], theme, width = 760, title, testId, fitHeight }: Props) {
  const font = theme.font
  const rowH = font * 2.1
  const longest = Math.max(...bars.map((b) => b.label.length), 4)
  const labelW = Math.min(width * 0.34, longest * font * (charWidth + 0.03) + font)
  const longestText = Math.max(...bars.map((b) => b.text.length + (b.tag ? b.tag.length + 2 : 0)), 4)
  const textW = Math.min(width * 0.3, longestText * font * 0.55 + font)
  const top = markers.length > 0 ? font * 1.8 : font * 0.4
  const plotX = labelW
  const plotW = Math.max(width - labelW - textW, width * 0.3)
  const height = top + bars.length * rowH + font * 0.4
  const x = (v: number) => plotX + (max > 0 ? Math.min(1, Math.max(0, v / max)) : 0) * plotW
  return (
    <ChartFrame width={width} height={height} title={title} testId={testId} fitHeight={fitHeight}>
      {bars.map((bar, i) => {
        const y = top + i * rowH
        const barH = rowH * 0.68
        const end = x(bar.value)
        return (
          <g key={bar.key} opacity={bar.muted ? 0.75 : 1}>
            <text
              x={labelW - font * 0.5}
              y={y + rowH / 2}
              dominantBaseline="central"
              textAnchor="end"
              fontSize={font}
              fontWeight={bar.bold ? 700 : 400}
              fill={bar.muted ? theme.dim : theme.text}
            >
              <title>{bar.label}</title>
              {clip(bar.label, labelW - font, font)}
            </text>
            <rect x={plotX} y={y + (rowH - barH) / 2} width={plotW} height={barH} fill={theme.track} rx={2} />
            <rect
              x={plotX}
              y={y + (rowH - barH) / 2}
              width={Math.max(0, end - plotX)}
              height={barH}
              fill={bar.fill}
              rx={2}
            />
            <text
              x={plotX + plotW + font * 0.5}
              y={y + rowH / 2}
              dominantBaseline="central"
              fontSize={font}
              fontWeight={bar.bold ? 700 : 400}
              fill={bar.muted ? theme.dim : theme.text}
            >
              {bar.text}
              {bar.tag && (
                <tspan fontSize={font * 0.85} fill={theme.dim} fontWeight={400}>
                  {`  ${bar.tag}`}
                </tspan>
              )}
            </text>
          </g>
        )
      })}
      {markers.map((marker) => (
        <g key={marker.label}>
          <line
            x1={x(marker.at)}
            x2={x(marker.at)}
            y1={top - font * 0.3}
            y2={height - font * 0.2}
            stroke={theme.halo}
            strokeWidth={Math.max(2, font / 7) * 2.6}
          />
          <line
            x1={x(marker.at)}
            x2={x(marker.at)}
            y1={top - font * 0.3}
            y2={height - font * 0.2}
            stroke={theme.threshold}
            strokeWidth={Math.max(2, font / 7)}
            strokeDasharray={`${font * 0.45} ${font * 0.3}`}
          />
          <text
            x={x(marker.at)}
            y={top - font * 0.6}
            textAnchor={x(marker.at) > plotX + plotW * 0.7 ? 'end' : 'middle'}
            fontSize={font * 0.85}
            fontWeight={600}
            fill={theme.text}
          >
            {marker.label}
          </text>
        </g>
      ))}
    </ChartFrame>
  )
}
