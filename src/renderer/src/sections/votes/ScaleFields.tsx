import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Band } from '../../../../shared/vote-vector.ts'
import { agreeingGrades } from '../../../../shared/pass-mark.ts'
import type { BallotSpec } from '../../../../shared/votes.ts'
import { scalePresets, scaleSettings, type ScalePreset, type ScaleTexts } from './ballot-presets.ts'
import { LinesInput } from './LinesInput.tsx'
import { ThresholdFields } from './ThresholdFields.tsx'

type Props = {
  spec: BallotSpec
  scaleTexts: (preset: ScalePreset) => ScaleTexts
  onChange: (patch: Partial<BallotSpec>) => void
}

/** An agreement scale: its grades (worst first), which count as agreeing, the bands and the pass mark. */
export function ScaleFields({ spec, scaleTexts, onChange }: Props) {
  const { t } = useTranslation()
  const [applied, setApplied] = useState(0)
  const agree = agreeingGrades(spec.grades, spec.options)
  // The grades ticked below replace an imported "this grade or better" (agree_from).
  const { agree_from: _from, ...others } = spec.options
  const bands = spec.options.bands ?? []
  const setBands = (next: Band[]) => onChange({ options: { ...spec.options, bands: next } })

  return (
    <Stack gap="md">
      <Select
        label={t('votes.builder.scalePreset')}
        description={t('votes.builder.scalePresetHint')}
        placeholder={t('votes.builder.scalePresetPlaceholder')}
        data={scalePresets.map((p) => ({ value: p, label: t(`votes.builder.scales.${p}.name`) }))}
        value={scalePresets.find((p) => scaleTexts(p).grades.join('\n') === spec.grades.join('\n')) ?? null}
        onChange={(value) => {
          const preset = scalePresets.find((p) => p === value)
          if (!preset) return
          const settings = scaleSettings(preset, scaleTexts(preset))
          onChange({ grades: settings.grades, options: settings.options })
          setApplied((n) => n + 1)
        }}
      />
      <LinesInput
        key={`grades-${applied}`}
        label={t('votes.builder.grades')}
        description={t('votes.builder.gradesHint')}
        value={spec.grades}
        minRows={4}
        onChange={(grades) =>
          onChange({
            grades,
            options: { ...others, agree_options: agree.filter((g) => grades.includes(g)) },
          })
        }
      />
      <Checkbox.Group
        label={t('votes.builder.agreeGrades')}
        description={t('votes.builder.agreeGradesHint')}
        value={agree}
        onChange={(chosen) =>
          onChange({
            options: { ...others, agree_options: spec.grades.filter((g) => chosen.includes(g)) },
          })
        }
      >
        <Group gap="md" mt={6}>
          {spec.grades.map((g) => (
            <Checkbox key={g} value={g} label={g} />
          ))}
        </Group>
      </Checkbox.Group>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('votes.builder.bands')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('votes.builder.bandsHint')}
        </Text>
        {bands.map((band, i) => (
          <Group key={i} gap="sm" wrap="nowrap">
            <TextInput
              aria-label={t('votes.builder.bandLabel', { n: i + 1 })}
              value={band.label}
              onChange={(e) =>
                setBands(bands.map((b, j) => (j === i ? { ...b, label: e.currentTarget.value } : b)))
              }
              w={240}
            />
            <Select
              aria-label={t('votes.builder.bandStrict', { n: i + 1 })}
              data={[
                { value: 'above', label: t('votes.builder.strictAbove') },
                { value: 'atLeast', label: t('votes.builder.atLeast') },
              ]}
              value={(band.strict ?? true) ? 'above' : 'atLeast'}
              onChange={(v) =>
                setBands(bands.map((b, j) => (j === i ? { ...b, strict: v !== 'atLeast' } : b)))
              }
              allowDeselect={false}
              w={170}
            />
            <NumberInput
              aria-label={t('votes.builder.bandPercent', { n: i + 1 })}
              value={band.min_percent}
              onChange={(v) =>
                typeof v === 'number' &&
                setBands(bands.map((b, j) => (j === i ? { ...b, min_percent: v } : b)))
              }
              min={0}
              max={100}
              suffix=" %"
              w={100}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('votes.builder.removeBand', { n: i + 1 })}
              onClick={() => setBands(bands.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setBands([...bands, { label: '', min_percent: 50, strict: true }])}
          >
            {t('votes.builder.addBand')}
          </Button>
        </Group>
      </Stack>
      <ThresholdFields
        options={spec.options}
        onOptions={(patch) => onChange({ options: { ...spec.options, ...patch } })}
      />
    </Stack>
  )
}
