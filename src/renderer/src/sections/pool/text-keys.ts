export { answerKey } from '../../../../shared/answer-key.ts'

/** Text folded for searching: case and accents do not matter ("Éloïse" is found by "eloise"). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
