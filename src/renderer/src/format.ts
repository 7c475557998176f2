import i18next from 'i18next'

const locale = () => (i18next.language === 'fr' ? 'fr-FR' : 'en-GB')

/** "12 Mar 2026, 14:05" in the UI language. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** "12 March 2026" in the UI language. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date)
}

/** "3 hours ago", "yesterday"… in the UI language. */
export function formatRelative(iso: string, now = Date.now()): string {
  const then = new Date(iso).getTime()
  if (Number.isNaN(then)) return iso
  const seconds = Math.round((then - now) / 1000)
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' })
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ]
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return i18next.t('common.justNow')
}

export function formatKilobytes(bytes: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))
}

/** "Saturday 7 March 2026" for a calendar day (YYYY-MM-DD), so a date field can never be misread. */
export function formatDayLong(day: string): string {
  const date = new Date(`${day}T12:00:00`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'full' }).format(date)
}

/** "1,494" (or "1 494" in French). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value)
}

/** "42%" (or "42 %" in French), whole percent unless small. */
export function formatShare(share: number): string {
  return new Intl.NumberFormat(locale(), {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
  }).format(share)
}

/** A selection probability as a percentage with one decimal: "12.5%" (or "12,5 %"). */
export function formatProbability(probability: number): string {
  return new Intl.NumberFormat(locale(), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: probability > 0 && probability < 0.01 ? 2 : 1,
  }).format(probability)
}

/** A plain decimal such as a Gini coefficient: "0.123". */
export function formatDecimal(value: number, digits = 3): string {
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}
