/**
 * Colours for results, chosen to stay apart for colour-blind readers: Okabe & Ito's palette for
 * categories, and ColorBrewer's red–blue diverging scheme for agreement scales (worst = red,
 * best = blue; no red–green pair anywhere).
 */
export const okabeIto = {
  blue: '#0072B2',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#999999',
} as const

/** ColorBrewer RdBu, worst to best, for 2 to 9 grades. */
const redBlue: Record<number, string[]> = {
  2: ['#ef8a62', '#67a9cf'],
  3: ['#ef8a62', '#e0e0e0', '#67a9cf'],
  4: ['#ca0020', '#f4a582', '#92c5de', '#0571b0'],
  5: ['#ca0020', '#f4a582', '#e0e0e0', '#92c5de', '#0571b0'],
  6: ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
  7: ['#b2182b', '#ef8a62', '#fddbc7', '#e0e0e0', '#d1e5f0', '#67a9cf', '#2166ac'],
  8: ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
  9: ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#e0e0e0', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
}

function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16))
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16))
  return `#${pa
    .map((v, i) => Math.round(v + ((pb[i] ?? v) - v) * t))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`
}

/** One colour per grade, worst first. Over 9 grades (a 0–10 score) the 9-step scheme is interpolated. */
export function gradeColours(count: number): string[] {
  if (count <= 1) return [okabeIto.blue]
  const fixed = redBlue[count]
  if (fixed) return fixed
  const base = redBlue[9] ?? []
  return Array.from({ length: count }, (_, i) => {
    const at = (i / (count - 1)) * (base.length - 1)
    const lo = Math.floor(at)
    return mix(base[lo] ?? '#e0e0e0', base[Math.min(lo + 1, base.length - 1)] ?? '#e0e0e0', at - lo)
  })
}

/** Dark text on light fills, light text on dark ones. */
export function textOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255)
  const lum = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  return lum > 0.55 ? '#1a1b1e' : '#ffffff'
}

/** What a chart draws with, on the page (light) or on the big screen (dark). */
export type ChartTheme = {
  text: string
  dim: string
  grid: string
  track: string
  bar: string
  winner: string
  out: string
  elected: string
  eliminated: string
  threshold: string
  /** Drawn under a dashed marker so it stays visible over light and dark fills. */
  halo: string
  font: number
}

export const pageTheme: ChartTheme = {
  text: '#212529',
  dim: '#5c636a',
  grid: '#dee2e6',
  track: '#f1f3f5',
  bar: '#56B4E9',
  winner: okabeIto.blue,
  out: '#ced4da',
  elected: okabeIto.blue,
  eliminated: okabeIto.vermillion,
  threshold: '#1a1b1e',
  halo: '#ffffff',
  font: 14,
}

export const projectionTheme: ChartTheme = {
  text: '#f8f9fa',
  dim: '#c1c7cd',
  grid: '#495057',
  track: '#1f262e',
  bar: '#56B4E9',
  winner: okabeIto.yellow,
  out: '#5c636a',
  elected: okabeIto.yellow,
  eliminated: okabeIto.vermillion,
  threshold: '#ffffff',
  halo: '#0b0f14',
  font: 30,
}
