import { Group, NumberInput, Radio, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { thresholdPresetOf, thresholdPresets } from './ballot-presets.ts'

type Props = {
  percent: number | undefined
  strict: boolean | undefined
  onChange: (percent: number, strict: boolean) => void
}

/** The pass mark: more than half, two-thirds, 80%, or a custom share, strictly above it or at least it. */
export function ThresholdFields({ percent, strict, onChange }: Props) {
  const { t } = useTranslation()
  const preset = thresholdPresetOf(percent, strict)
  const current = percent ?? 50
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('votes.builder.threshold')}
      </Text>
      <SegmentedControl
        value={preset}
        onChange={(value) => {
          if (value === 'custom') onChange(current, strict ?? true)
          else {
            const chosen = thresholdPresets[value]
            onChange(chosen.percent, chosen.strict)
          }
        }}
        data={(['simple', 'twoThirds', 'eighty', 'custom'] as const).map((p) => ({
          value: p,
          label: t(`votes.builder.thresholds.${p}`),
        }))}
        aria-label={t('votes.builder.threshold')}
      />
      {preset === 'custom' && (
        <Group align="flex-end" gap="sm">
          <Radio.Group
            value={(strict ?? true) ? 'above' : 'atLeast'}
            onChange={(v) => onChange(current, v === 'above')}
          >
            <Group gap="md">
              <Radio value="above" label={t('votes.builder.strictAbove')} />
              <Radio value="atLeast" label={t('votes.builder.atLeast')} />
            </Group>
          </Radio.Group>
          <NumberInput
            aria-label={t('votes.builder.customPercent')}
            value={current}
            onChange={(v) => typeof v === 'number' && onChange(v, strict ?? true)}
            min={0}
            max={100}
            decimalScale={2}
            suffix=" %"
            w={120}
          />
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t(
          (strict ?? true) ? 'votes.builder.thresholdExplainStrict' : 'votes.builder.thresholdExplainAtLeast',
          {
            percent: Math.round(current * 100) / 100,
          },
        )}
      </Text>
    </Stack>
  )
}
