import { Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BallotSpec } from '../../../../shared/votes.ts'
import { gradeCodes, optionCodes } from './paper-codes.ts'

/** The keys of this ballot: one per option (and per grade), and the special keys. */
export function KeyLegend({ spec }: { spec: BallotSpec }) {
  const { t } = useTranslation()
  const codes = optionCodes(spec.candidates)
  const graded = spec.kind === 'scale' || spec.kind === 'score' || spec.kind === 'majority-judgment'
  const grades = gradeCodes(spec.grades)
  return (
    <Stack gap={6} data-testid="key-legend">
      <Text size="sm">{t(`votes.papers.how.${spec.kind}`)}</Text>
      <Group gap={6}>
        {(graded ? spec.grades : spec.candidates).map((name, i) => (
          <Badge key={name} variant="light" color="gray" tt="none" size="lg" radius="sm">
            <Text span fw={800} className="mono" mr={6}>
              {graded ? grades[i] : codes[i]}
            </Text>
            {name}
          </Badge>
        ))}
      </Group>
      {graded && spec.candidates.length > 1 && (
        <Text size="sm" c="dimmed">
          {t('votes.papers.gradeOrder', { options: spec.candidates.join(', ') })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t(spec.kind === 'ranking' ? 'votes.papers.specialRanking' : 'votes.papers.special')}
      </Text>
    </Stack>
  )
}
