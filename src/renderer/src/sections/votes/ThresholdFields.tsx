import { Group, NumberInput, Radio, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { passMarkOf, passMarkOptions, type PassMark } from '../../../../shared/pass-mark.ts'
import type { BallotSpec } from '../../../../shared/votes.ts'
import { thresholdPresetOf, thresholdPresets } from './ballot-presets.ts'

type Options = BallotSpec['options']
type Props = { options: Options; onOptions: (patch: Options) => void }

/** The pass mark: more than half, two-thirds, 80%, or a custom share, strictly above it or at least it. */
export function ThresholdFields({ options, onOptions }: Props) {
  const { t } = useTranslation()
  const mark = passMarkOf(options)
  const preset = thresholdPresetOf(mark)
  const onChange = (next: PassMark) => onOptions(passMarkOptions(next))
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('votes.builder.threshold')}
      </Text>
      <SegmentedControl
        value={preset}
        onChange={(value) => onChange(value === 'custom' ? mark : thresholdPresets[value])}
        data={(['simple', 'twoThirds', 'eighty', 'custom'] as const).map((p) => ({
          value: p,
          label: t(`votes.builder.thresholds.${p}`),
        }))}
        aria-label={t('votes.builder.threshold')}
      />
      {preset === 'custom' && (
        <Group align="flex-end" gap="sm">
          <Radio.Group
            value={mark.strict ? 'above' : 'atLeast'}
            onChange={(v) => onChange({ ...mark, strict: v === 'above' })}
          >
            <Group gap="md">
              <Radio value="above" label={t('votes.builder.strictAbove')} />
              <Radio value="atLeast" label={t('votes.builder.atLeast')} />
            </Group>
          </Radio.Group>
          <NumberInput
            aria-label={t('votes.builder.customPercent')}
            value={mark.percent}
            onChange={(v) => typeof v === 'number' && onChange({ ...mark, percent: v })}
            min={0}
            max={100}
            decimalScale={2}
            suffix=" %"
            w={120}
          />
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t(mark.strict ? 'votes.builder.thresholdExplainStrict' : 'votes.builder.thresholdExplainAtLeast', {
          percent: Math.round(mark.percent * 100) / 100,
        })}
      </Text>
    </Stack>
  )
}
