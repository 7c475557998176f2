import i18next, { type TFunction } from 'i18next'
import { englishWords } from './words-en.ts'
import { frenchWords } from './words-fr.ts'
import { englishReportWords } from './words-report-en.ts'
import { frenchReportWords } from './words-report-fr.ts'

export type DocumentLanguage = 'en' | 'fr'

const instance = i18next.createInstance()
void instance.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  resources: {
    en: { translation: { ...englishWords, report: englishReportWords } },
    fr: { translation: { ...frenchWords, report: frenchReportWords } },
  },
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** The words of documents and templates in one language (i18next, resources loaded synchronously). */
export function wordsIn(language: DocumentLanguage): TFunction {
  return instance.getFixedT(language)
}

/**
 * The assembly's language for its documents, from the languages the profile lists: the first
 * one the app can write (French or English), English when none.
 */
export function assemblyLanguage(profileLanguages: readonly string[]): DocumentLanguage {
  for (const name of profileLanguages) {
    const plain = name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .trim()
      .toLowerCase()
    if (/^(fr|french|francais)\b/.test(plain)) return 'fr'
    if (/^(en|english|anglais)\b/.test(plain)) return 'en'
  }
  return 'en'
}

const dateFormats = new Map<DocumentLanguage, Intl.DateTimeFormat>()

/** A date in words in the document's language: "Saturday 7 March 2026". */
export function longDate(iso: string, language: DocumentLanguage): string {
  let format = dateFormats.get(language)
  if (!format) {
    // Building a format is slow (tens of milliseconds); one per language is kept.
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    dateFormats.set(language, format)
  }
  return format.format(new Date(`${iso}T12:00:00Z`))
}
