import { Radio, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BallotSpec } from '../../../../shared/votes.ts'
import { percentageBases } from './ballot-presets.ts'
import { ThresholdFields } from './ThresholdFields.tsx'

type Props = { spec: BallotSpec; onOptions: (patch: BallotSpec['options']) => void }

/** A yes/no ballot: the pass mark and what the percentages are taken of. */
export function YesNoFields({ spec, onOptions }: Props) {
  const { t } = useTranslation()
  const base = spec.options.percentage_base ?? 'valid'
  return (
    <Stack gap="md">
      <ThresholdFields options={spec.options} onOptions={onOptions} />
      <Radio.Group
        label={t('votes.builder.base')}
        value={base}
        onChange={(v) => onOptions({ percentage_base: v })}
      >
        <Stack gap={8} mt={6}>
          {percentageBases.map((b) => (
            <Radio
              key={b}
              value={b}
              label={t(`votes.builder.bases.${b}.name`)}
              description={t(`votes.builder.bases.${b}.text`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('votes.builder.passOption', {
          option: spec.options.pass_options?.[0] ?? spec.candidates[0] ?? '',
        })}
      </Text>
    </Stack>
  )
}
