import i18next from 'i18next'

const locale = () => (i18next.language === 'fr' ? 'fr-FR' : 'en-GB')

/** A number of votes: whole numbers as they are, fractional STV transfers with up to two decimals. */
export function formatVotes(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(
    value,
  )
}

/** A share given in percent (0–100): "87%", "62.5%", "0.4%" (French: "87 %"). */
export function formatPercent(percent: number, decimals?: number): string {
  const digits = decimals ?? (Number.isInteger(percent) ? 0 : 1)
  return new Intl.NumberFormat(locale(), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(percent / 100)
}

/** A mean or weighted average: "3.49". */
export function formatMean(value: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
}

/** "A, B and C" in the UI language. */
export function formatList(names: readonly string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(names)
}

/** An option's name quoted as the UI language quotes: “Yes” or « Oui ». */
export function quote(text: string): string {
  return i18next.language === 'fr' ? `« ${text} »` : `“${text}”`
}
