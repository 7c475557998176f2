import { answerKey } from '../../shared/answer-key.ts'

export { answerKey }

/** Keys for headers: like answers, and hyphens and underscores count as spaces ("E-mail" = "email" = "e mail"). */
export function headerKey(header: string): string {
  return answerKey(header.replace(/[-_]/g, ' ')).replace(/\s+/g, ' ')
}

/** A postcode without spaces or punctuation, upper case: "sw1a 1aa" and "SW1A1AA" are the same. */
export function postcodeKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toUpperCase()
}

/**
 * The household key of an address: its lines compared as answers (case, accents, punctuation and
 * spacing ignored, common street words shortened) plus the postcode. Empty when there is no address.
 */
export function householdKey(addressParts: string[], postcode: string): string {
  const street = addressParts
    .map((p) => answerKey(p))
    .filter((p) => p !== '')
    .join(' ')
    .replace(/\b(street)\b/g, 'st')
    .replace(/\b(road)\b/g, 'rd')
    .replace(/\b(avenue)\b/g, 'ave')
    .replace(/\b(flat|apartment|apt)\b/g, 'flat')
  const code = postcodeKey(postcode)
  if (street === '' && code === '') return ''
  return `${street}|${code}`
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}

/** At least 6 digits, only digits and the usual phone punctuation. */
export function looksLikePhone(value: string): boolean {
  const v = value.trim()
  return /^\+?[\d\s().\-/]+$/.test(v) && v.replace(/\D/g, '').length >= 6
}

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'oui',
  'o',
  'ja',
  'si',
  'agree',
  'agreed',
  'i agree',
  'consent',
  'ok',
])
export function isConsent(value: string): boolean {
  return YES.has(answerKey(value))
}
