import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AgeBand } from '../../../../../shared/pool.ts'
import { bandProblem } from './draft.ts'

type Props = { header: string; bands: AgeBand[]; onChange: (bands: AgeBand[]) => void }

/** The age bands a column of ages or dates of birth is sorted into: a name, from and to (inclusive). */
export function AgeBandsEditor({ header, bands, onChange }: Props) {
  const { t } = useTranslation()
  const problem = bandProblem(bands)
  const set = (index: number, patch: Partial<AgeBand>) =>
    onChange(bands.map((band, i) => (i === index ? { ...band, ...patch } : band)))
  const age = (value: string | number) =>
    typeof value === 'number' ? Math.max(0, Math.min(150, Math.round(value))) : null
  return (
    <Stack gap={6} role="group" aria-label={t('pool.wizard.map.bandsFor', { header })}>
      <Group gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" fw={600} w={120}>
          {t('pool.wizard.map.bandName')}
        </Text>
        <Text size="xs" c="dimmed" fw={600} w={88}>
          {t('pool.wizard.map.bandFrom')}
        </Text>
        <Text size="xs" c="dimmed" fw={600} w={88}>
          {t('pool.wizard.map.bandTo')}
        </Text>
      </Group>
      {bands.map((band, i) => (
        <Group key={i} gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            w={120}
            value={band.value}
            aria-label={t('pool.wizard.map.bandNameN', { number: i + 1 })}
            onChange={(event) => set(i, { value: event.currentTarget.value })}
          />
          <NumberInput
            size="xs"
            w={88}
            hideControls
            value={band.min ?? ''}
            placeholder="0"
            min={0}
            max={150}
            allowDecimal={false}
            allowNegative={false}
            aria-label={t('pool.wizard.map.bandFromN', { number: i + 1 })}
            onChange={(value) => set(i, { min: age(value) })}
          />
          <NumberInput
            size="xs"
            w={88}
            hideControls
            value={band.max ?? ''}
            placeholder={t('pool.wizard.map.bandOpen')}
            min={0}
            max={150}
            allowDecimal={false}
            allowNegative={false}
            aria-label={t('pool.wizard.map.bandToN', { number: i + 1 })}
            onChange={(value) => set(i, { max: age(value) })}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('pool.wizard.map.removeBand', { number: i + 1 })}
            onClick={() => onChange(bands.filter((_, j) => j !== i))}
            disabled={bands.length <= 1}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="sm">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            const last = bands.at(-1)
            const from = last && last.max !== null ? last.max + 1 : null
            onChange([...bands, { value: from !== null ? `${from}+` : '', min: from, max: null }])
          }}
        >
          {t('pool.wizard.map.addBand')}
        </Button>
        {problem && (
          <Text size="xs" c="red" role="alert">
            {t(`pool.wizard.map.bandProblems.${problem}`)}
          </Text>
        )}
      </Group>
    </Stack>
  )
}
