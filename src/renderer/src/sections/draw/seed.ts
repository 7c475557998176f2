/** A 20-digit seed from the system's secure random source (each digit uniform: no modulo bias). */
export function generateSeed(digits = 20): string {
  let seed = ''
  const bytes = new Uint8Array(64)
  while (seed.length < digits) {
    crypto.getRandomValues(bytes)
    for (const byte of bytes) {
      if (byte < 250 && seed.length < digits) seed += String(byte % 10)
    }
  }
  return seed
}

/** How many reserves the app suggests for a panel (as the app does when none is given). */
export function defaultReserves(panelSize: number): number {
  return Math.max(5, Math.round(panelSize * 0.2))
}
