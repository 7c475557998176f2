import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Number and date formatters made once per language: building an Intl formatter costs far more
 * than using one, and the entry screens redraw on every keystroke.
 */
function useLocale(): string {
  const { i18n } = useTranslation()
  return i18n.language === 'fr' ? 'fr-FR' : 'en-GB'
}

/** "1,494" (or "1 494"). */
export function useWholeNumber(): (value: number) => string {
  const locale = useLocale()
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    return (value: number) => format.format(value)
  }, [locale])
}

/** "12 Mar 2026, 14:05". */
export function useDateTime(): (iso: string) => string {
  const locale = useLocale()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    return (iso: string) => {
      const date = new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : format.format(date)
    }
  }, [locale])
}
