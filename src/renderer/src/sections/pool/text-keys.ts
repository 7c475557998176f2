/** Text folded for searching: case and accents do not matter ("Éloïse" is found by "eloise"). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The key the app compares answers by (the same rule as the import in the core): case, accents,
 * spacing and punctuation do not matter, so "  Femme ", "femme" and "FEMME." are one answer.
 */
export function answerKey(raw: string): string {
  return foldText(raw)
    .replace(/[^\p{L}\p{N}+<>-]+/gu, ' ')
    .trim()
}
