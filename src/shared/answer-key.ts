/**
 * Keys for comparing what people typed: case, accents, spacing and punctuation do not matter, and a
 * dash between letters counts as a space. "  Femme ", "femme" and "FEMME." all give "femme";
 * "Rural-West" and "rural west" give "rural west"; "16-29", "<18" and "75+" keep their signs.
 */
export function answerKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?<=[\p{L}\s])[-‐‑‒–—]+(?=[\p{L}\s])/gu, ' ')
    .replace(/[^\p{L}\p{N}+<>-]+/gu, ' ')
    .trim()
}
