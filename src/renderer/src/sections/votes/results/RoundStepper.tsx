import { ActionIcon, Group, Slider, Text } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

type Props = { index: number; total: number; onChange: (index: number) => void }

/** Steps through the rounds of a count: arrows and a slider. */
export function RoundStepper({ index, total, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <Group gap="sm" wrap="nowrap">
      <ActionIcon
        variant="default"
        aria-label={t('results.rounds.previous')}
        disabled={index === 0}
        onClick={() => onChange(index - 1)}
      >
        <IconChevronLeft size={16} />
      </ActionIcon>
      <Text size="sm" fw={600} w={130} ta="center" data-testid="result-round-label">
        {t('results.rounds.roundOf', { round: index + 1, total })}
      </Text>
      <ActionIcon
        variant="default"
        aria-label={t('results.rounds.next')}
        disabled={index >= total - 1}
        onClick={() => onChange(index + 1)}
      >
        <IconChevronRight size={16} />
      </ActionIcon>
      {total > 2 && (
        <Slider
          style={{ flex: 1, maxWidth: 360 }}
          min={1}
          max={total}
          step={1}
          value={index + 1}
          onChange={(v) => onChange(v - 1)}
          label={(v) => t('results.rounds.round', { round: v })}
          aria-label={t('results.rounds.pick')}
        />
      )}
    </Group>
  )
}
