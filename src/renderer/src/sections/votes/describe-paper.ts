import type { TFunction } from 'i18next'
import type { BallotSpec, InvalidBallot, PaperMarks } from '../../../../shared/votes.ts'
import type { ParseError } from './paper-codes.ts'

/** What a paper says, in words: "1 Ana · 2 Ben = Chloé", "Abstain", "Spoiled: two crosses". */
export function describePaper(
  t: TFunction,
  spec: BallotSpec,
  marks: PaperMarks | null,
  invalid: InvalidBallot | null,
): string {
  if (invalid)
    return invalid.kind === 'blank'
      ? t('votes.papers.blank')
      : invalid.reason
        ? t('votes.papers.spoiledWhy', { reason: invalid.reason })
        : t('votes.papers.spoiled')
  if (!marks) return ''
  if ('ranking' in marks)
    return marks.ranking
      .filter((g) => g.length > 0)
      .map((group, i) => `${i + 1}. ${group.join(' = ')}`)
      .join(' · ')
  if ('choice' in marks) return marks.choice ?? t('votes.papers.abstain')
  if ('approve' in marks) return marks.approve.length > 0 ? marks.approve.join(', ') : t('votes.papers.none')
  return spec.candidates
    .map((name) => {
      const g = marks.scores[name]
      const grade = g === undefined ? '—' : (spec.grades[g] ?? '?')
      return spec.candidates.length === 1 ? grade : t('votes.papers.gradeOf', { name, grade })
    })
    .join(' · ')
}

export function describeError(t: TFunction, error: ParseError): string {
  switch (error.code) {
    case 'unknownKey':
      return t('votes.papers.errors.unknownKey', { key: error.key })
    case 'twice':
      return t('votes.papers.errors.twice', { key: error.key })
    case 'oneChoice':
      return t('votes.papers.errors.oneChoice')
    case 'gradeCount':
      return t('votes.papers.errors.gradeCount', { expected: error.expected, got: error.got })
    case 'unknownGrade':
      return t('votes.papers.errors.unknownGrade', { key: error.key })
    case 'tooMany':
      return t('votes.papers.errors.tooMany', { max: error.max })
    case 'equalFirst':
      return t('votes.papers.errors.equalFirst')
  }
}
