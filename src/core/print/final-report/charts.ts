import { ink } from '../pdf-document.ts'
import type { ReportWriter } from './layout.ts'

/** The series colours of the report's charts (one hue family, readable in greyscale). */
export const series = ['#9aa5b1', '#5b8cbf', '#2f5d8a', '#e0a030'] as const

/** Horizontal bars, one per step, longest first: the recruitment funnel. Vector, sharp at any size. */
export function funnelChart(w: ReportWriter, steps: readonly { label: string; count: number }[]): void {
  const { pdf, doc } = w
  const barHeight = 18
  const gap = 6
  const labelWidth = 190
  const height = steps.length * (barHeight + gap) + 6
  pdf.ensureSpace(height)
  const top = doc.y
  const counts = steps.map((s) => s.count)
  const largest = Math.max(1, ...counts)
  const next = Math.max(1, ...counts.slice(1))
  // A pool many times the panel would flatten every other bar: its bar is drawn cut, and the
  // others are scaled to the panel.
  const cut = steps.length > 1 && largest > 3 * next
  const max = cut ? next * 1.25 : largest
  const room = pdf.width - labelWidth - 60
  steps.forEach((step, i) => {
    const y = top + i * (barHeight + gap)
    pdf.textAt(step.label, pdf.left, y + 4, { width: labelWidth - 8, size: 9 })
    const width = Math.max(1, Math.min(room, (step.count / max) * room))
    const x = pdf.left + labelWidth
    doc.rect(x, y, width, barHeight).fill(series[Math.min(i, 2)] ?? ink.accent)
    if (cut && step.count > max) {
      const at = x + room * 0.55
      doc
        .polygon([at, y - 2], [at + 6, y - 2], [at + 2, y + barHeight + 2], [at - 4, y + barHeight + 2])
        .fill('#ffffff')
    }
    pdf.textAt(w.number(step.count), pdf.left + labelWidth + width + 6, y + 4, {
      width: 60,
      size: 9,
      font: 'bold',
    })
  })
  doc.x = pdf.left
  doc.y = top + height + 4
}

export type BarGroup = { label: string; values: (number | null)[] }

/** The height groupedBars takes for this many groups and series. */
export function groupedBarsHeight(series: number, groups: number): number {
  return 18 + groups * (series * 6 + 8) + 14 + 8
}

/**
 * Grouped horizontal bars: for each category value, one bar per series (shares from 0 to 1),
 * with the legend above. A missing value (no target given) draws no bar.
 */
export function groupedBars(w: ReportWriter, names: readonly string[], groups: readonly BarGroup[]): void {
  const { pdf, doc } = w
  const bar = 6
  const labelWidth = 130
  const groupHeight = names.length * bar + 8
  const legendHeight = 18
  const axisHeight = 14
  const height = legendHeight + groups.length * groupHeight + axisHeight
  pdf.ensureSpace(height)
  const top = doc.y
  let x = pdf.left + labelWidth
  names.forEach((name, i) => {
    doc.rect(x, top + 2, 8, 8).fill(series[i] ?? ink.accent)
    const width = doc.font('regular').fontSize(8).widthOfString(name)
    pdf.textAt(name, x + 11, top + 1, { width: width + 2, size: 8, color: ink.muted })
    x += width + 26
  })
  const plotTop = top + legendHeight
  const plotWidth = pdf.width - labelWidth - 36
  const max = Math.max(0.1, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)))
  const scale = Math.min(1, Math.ceil(max * 10) / 10)
  // Grid lines at each tenth.
  for (let tick = 0; tick <= scale + 1e-9; tick += scale <= 0.5 ? 0.1 : 0.2) {
    const gx = pdf.left + labelWidth + (tick / scale) * plotWidth
    doc
      .moveTo(gx, plotTop)
      .lineTo(gx, plotTop + groups.length * groupHeight)
      .lineWidth(0.3)
      .strokeColor(ink.rule)
      .stroke()
    pdf.textAt(w.share(tick, 0), gx - 20, plotTop + groups.length * groupHeight + 2, {
      width: 40,
      size: 7,
      color: ink.muted,
      align: 'center',
    })
  }
  groups.forEach((group, g) => {
    const y = plotTop + g * groupHeight
    pdf.textAt(group.label, pdf.left, y + 2, { width: labelWidth - 8, size: 8 })
    group.values.forEach((value, i) => {
      if (value === null) return
      const width = Math.max(0.5, (value / scale) * plotWidth)
      doc.rect(pdf.left + labelWidth, y + 3 + i * bar, width, bar - 1).fill(series[i] ?? ink.accent)
    })
  })
  doc.x = pdf.left
  doc.y = top + height + 8
}

/**
 * Everyone's chance of selection sorted from lowest to highest, against the equal chance k/n (the
 * chart of the draw screen and of Flanigan et al.).
 */
export function probabilityCurve(
  w: ReportWriter,
  curve: readonly number[],
  equal: number,
  labels: { x: string; y: string; equal: string },
): void {
  const { pdf, doc } = w
  const height = 190
  pdf.ensureSpace(height + 44)
  pdf.textAt(labels.y, pdf.left, doc.y, { width: 200, size: 8, color: ink.muted })
  const top = doc.y + 16
  const axisLeft = pdf.left + 44
  const plotWidth = pdf.width - 54
  const plotHeight = height - 30
  const max = Math.max(equal * 1.2, ...curve) || 1
  const yOf = (p: number) => top + plotHeight - (p / max) * plotHeight
  const steps = 5
  for (let i = 0; i <= steps; i++) {
    const p = (max * i) / steps
    const y = yOf(p)
    doc
      .moveTo(axisLeft, y)
      .lineTo(axisLeft + plotWidth, y)
      .lineWidth(0.3)
      .strokeColor(ink.rule)
      .stroke()
    pdf.textAt(w.share(p, 1), pdf.left, y - 4, { width: 40, size: 7, color: ink.muted, align: 'right' })
  }
  // The curve, sampled to at most one point per horizontal half-point.
  const n = curve.length
  if (n > 0) {
    const points = Math.min(n, Math.ceil(plotWidth * 2))
    doc.moveTo(axisLeft, yOf(curve[0] ?? 0))
    for (let i = 0; i < points; i++) {
      const index = Math.min(n - 1, Math.floor(((i + 0.5) / points) * n))
      doc.lineTo(axisLeft + ((i + 1) / points) * plotWidth, yOf(curve[index] ?? 0))
    }
    doc.lineWidth(1.6).strokeColor(ink.accent).stroke()
  }
  doc
    .moveTo(axisLeft, yOf(equal))
    .lineTo(axisLeft + plotWidth, yOf(equal))
    .dash(4, { space: 3 })
    .lineWidth(1)
    .strokeColor(series[3])
    .stroke()
    .undash()
  pdf.textAt(labels.equal, axisLeft + plotWidth - 220, yOf(equal) - 12, {
    width: 216,
    size: 8,
    color: '#8a5a00',
    align: 'right',
  })
  doc
    .moveTo(axisLeft, top)
    .lineTo(axisLeft, top + plotHeight)
    .lineTo(axisLeft + plotWidth, top + plotHeight)
    .lineWidth(0.8)
    .strokeColor(ink.muted)
    .stroke()
  pdf.textAt(labels.x, axisLeft, top + plotHeight + 4, {
    width: plotWidth,
    size: 8,
    color: ink.muted,
    align: 'center',
  })
  doc.x = pdf.left
  doc.y = top + height
}
