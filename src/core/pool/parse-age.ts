import type { AgeBand } from '../../shared/pool.ts'

/**
 * Reads an age in years ("34") or a date of birth (2001-04-30, 30/04/2001, 30.04.2001, 30-04-2001)
 * and returns the age in whole years on the reference day; null when it is neither.
 */
export function parseAge(raw: string, referenceDate: string): number | null {
  const text = raw.trim()
  if (/^\d{1,3}$/.test(text)) {
    const age = Number(text)
    return age <= 130 ? age : null
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : []
  if (!y || !m || !d) return null
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  const [ry, rm, rd] = referenceDate.split('-').map(Number) as [number, number, number]
  const age = ry - year - (rm < month || (rm === month && rd < day) ? 1 : 0)
  return age >= 0 && age <= 130 ? age : null
}

export function bandFor(age: number, bands: AgeBand[]): string | null {
  return (
    bands.find((b) => (b.min === null || age >= b.min) && (b.max === null || age <= b.max))?.value ?? null
  )
}
