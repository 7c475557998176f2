/** "09:30" for 570 minutes after midnight. */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** 570 for "09:30"; null when the text is not a time of day. */
export function minutesOf(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!match) return null
  const minutes = Number(match[1]) * 60 + Number(match[2])
  return minutes <= 24 * 60 && Number(match[2]) < 60 ? minutes : null
}

/** Hours with one decimal at most: 7.5. */
export function hours(minutes: number): number {
  return Math.round(minutes / 6) / 10
}
