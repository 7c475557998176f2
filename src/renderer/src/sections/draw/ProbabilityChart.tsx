import { useTranslation } from 'react-i18next'
import { formatProbability } from '../../format.ts'

type Props = { probabilities: number[]; equal: number }

const WIDTH = 720
const HEIGHT = 280
const PAD = { left: 64, right: 16, top: 16, bottom: 44 }

/** A round step for about four grid lines up to `value`: 1, 2 or 5 times a power of ten. */
function niceStep(value: number): number {
  const raw = Math.max(value, 1e-6) / 4
  const power = 10 ** Math.floor(Math.log10(raw))
  return ([1, 2, 5, 10].find((s) => s * power >= raw) ?? 10) * power
}

/**
 * Everyone's selection probability, sorted from lowest to highest, against the line where everyone
 * would have the same chance (panel size ÷ pool size), as in Flanigan et al., Nature 2021.
 */
export function ProbabilityChart({ probabilities, equal }: Props) {
  const { t } = useTranslation()
  const sorted = [...probabilities].sort((a, b) => a - b)
  const n = sorted.length
  if (n === 0) return null
  const highest = Math.max(sorted[n - 1] ?? 0, equal) * 1.08
  const step = niceStep(highest)
  const top = Math.min(1, step * Math.ceil(highest / step))
  const plotW = WIDTH - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const x = (i: number) => PAD.left + (i / n) * plotW
  const y = (p: number) => PAD.top + plotH - (p / top) * plotH
  let path = `M ${x(0)} ${y(sorted[0] ?? 0)}`
  sorted.forEach((p, i) => {
    path += ` H ${x(i)} V ${y(p)} H ${x(i + 1)}`
  })
  const area = `${path} V ${y(0)} H ${x(0)} Z`
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
  const min = sorted[0] ?? 0
  const max = sorted[n - 1] ?? 0
  const summary = t('draw.chart.summary', {
    count: n,
    min: formatProbability(min),
    max: formatProbability(max),
    equal: formatProbability(equal),
  })

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={summary}
        data-testid="probability-chart"
        style={{ maxWidth: 880, display: 'block', fontFamily: 'inherit' }}
      >
        <title>{t('draw.chart.title')}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e9ecef" />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" fontSize={12} fill="#495057">
              {formatProbability(tick)}
            </text>
          </g>
        ))}
        <path d={area} fill="rgba(34, 139, 230, 0.14)" />
        <path d={path} fill="none" stroke="#1c7ed6" strokeWidth={2.5} strokeLinejoin="round" />
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(equal)}
          y2={y(equal)}
          stroke="#e8590c"
          strokeWidth={2}
          strokeDasharray="6 5"
        />
        <text x={PAD.left + 8} y={y(equal) - 7} fontSize={12.5} fill="#d9480f" fontWeight={600}>
          {t('draw.chart.equal', { value: formatProbability(equal) })}
        </text>
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(0)} stroke="#868e96" />
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#868e96" />
        <text x={PAD.left + plotW / 2} y={HEIGHT - 12} textAnchor="middle" fontSize={12.5} fill="#495057">
          {t('draw.chart.xAxis', { count: n })}
        </text>
        <text
          transform={`translate(16 ${PAD.top + plotH / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={12.5}
          fill="#495057"
        >
          {t('draw.chart.yAxis')}
        </text>
      </svg>
      <figcaption style={{ fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-dimmed)' }}>
        {summary}
      </figcaption>
    </figure>
  )
}
