import { NumberInput, Radio, Select, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { methodsOfKind, scoreAggregates } from '../../../../shared/counting-methods.ts'
import type { BallotSpec } from '../../../../shared/votes.ts'
import { LinesInput } from './LinesInput.tsx'

type Props = { spec: BallotSpec; onChange: (patch: Partial<BallotSpec>) => void }

/** The settings of single choice, approval, score and majority-judgment ballots. */
export function KindFields({ spec, onChange }: Props) {
  const { t } = useTranslation()
  switch (spec.kind) {
    case 'choice':
      return (
        <Radio.Group
          label={t('votes.builder.method')}
          value={spec.method}
          onChange={(v) => {
            const method = methodsOfKind('choice').find((m) => m === v)
            if (method) onChange({ method })
          }}
        >
          <Stack gap={8} mt={6}>
            {methodsOfKind('choice').map((m) => (
              <Radio
                key={m}
                value={m}
                label={t(`votes.methods.${m}.name`)}
                description={t(`votes.methods.${m as 'plurality'}.text`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      )
    case 'approval':
      return (
        <NumberInput
          label={t('votes.builder.maxApprovals')}
          description={t('votes.builder.maxApprovalsHint')}
          value={spec.maxApprovals ?? ''}
          onChange={(v) => onChange({ maxApprovals: typeof v === 'number' && v > 0 ? v : null })}
          min={1}
          max={100}
          allowDecimal={false}
          w={320}
        />
      )
    case 'score':
      return (
        <Select
          label={t('votes.builder.aggregate')}
          data={scoreAggregates.map((a) => ({ value: a, label: t(`votes.builder.aggregates.${a}`) }))}
          value={spec.options.aggregate ?? 'sum'}
          onChange={(v) => v && onChange({ options: { ...spec.options, aggregate: v } })}
          allowDeselect={false}
          w={420}
        />
      )
    case 'majority-judgment':
      return (
        <Stack gap="md">
          <LinesInput
            label={t('votes.builder.judgmentGrades')}
            description={t('votes.builder.gradesHint')}
            value={spec.grades}
            minRows={5}
            onChange={(grades) => onChange({ grades })}
          />
          <Radio.Group
            label={t('votes.builder.median')}
            value={spec.options.contestation_favoured === false ? 'upper' : 'lower'}
            onChange={(v) => onChange({ options: { ...spec.options, contestation_favoured: v !== 'upper' } })}
          >
            <Stack gap={8} mt={6}>
              <Radio value="lower" label={t('votes.builder.medianLower')} />
              <Radio value="upper" label={t('votes.builder.medianUpper')} />
            </Stack>
          </Radio.Group>
        </Stack>
      )
    default:
      return null
  }
}
