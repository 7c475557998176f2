import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { blockKinds, type BlockInput, type SessionsOverview } from '../../../../shared/sessions.ts'
import { clock, minutesOf } from './clock.ts'

type Props = {
  initial: BlockInput
  /** Where the block would start if it followed the one before (offered as its fixed time). */
  start: number
  overview: SessionsOverview
  onSubmit: (input: BlockInput) => Promise<void>
  onCancel: () => void
}

/** Every field of a block: type, title, minutes, fixed time, people, room, needs, staff note, ballot. */
export function BlockForm({ initial, start, overview, onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const [value, setValue] = useState(initial)
  const [fixedText, setFixedText] = useState(clock(initial.fixedStart ?? start))
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof BlockInput>(key: K, v: BlockInput[K]) => setValue((c) => ({ ...c, [key]: v }))
  const fixed = value.fixedStart !== null

  async function submit() {
    const fixedStart = fixed ? minutesOf(fixedText) : null
    if (fixed && fixedStart === null) return
    setBusy(true)
    try {
      await onSubmit({ ...value, fixedStart, ballotId: value.kind === 'voting' ? value.ballotId : null })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <Select
          label={t('sessionsSection.block.kind')}
          data={blockKinds.map((k) => ({ value: k, label: t(`core.sessions.kind.${k}`) }))}
          value={value.kind}
          allowDeselect={false}
          onChange={(v) => v && set('kind', v)}
        />
        <NumberInput
          label={t('sessionsSection.block.duration')}
          value={value.duration}
          min={5}
          max={720}
          step={5}
          allowDecimal={false}
          onChange={(v) => set('duration', typeof v === 'number' ? v : 5)}
        />
      </Group>
      <TextInput
        label={t('sessionsSection.block.title')}
        value={value.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        data-autofocus
      />
      <Group align="flex-end">
        <Checkbox
          label={t('sessionsSection.block.fixed')}
          description={t('sessionsSection.block.fixedHint')}
          checked={fixed}
          onChange={(e) =>
            set('fixedStart', e.currentTarget.checked ? (minutesOf(fixedText) ?? start) : null)
          }
          style={{ flex: 1 }}
        />
        {fixed && (
          <TextInput
            type="time"
            w={140}
            label={t('sessionsSection.block.fixedAt')}
            value={fixedText}
            onChange={(e) => setFixedText(e.currentTarget.value)}
          />
        )}
      </Group>
      {value.kind === 'voting' && (
        <Select
          label={t('sessionsSection.block.ballot')}
          description={t('sessionsSection.block.ballotHint')}
          placeholder={t('sessionsSection.block.noBallot')}
          data={overview.ballots.map((b) => ({ value: String(b.id), label: b.title }))}
          value={value.ballotId === null ? null : String(value.ballotId)}
          clearable
          onChange={(v) => set('ballotId', v === null ? null : Number(v))}
        />
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('sessionsSection.block.lead')}
          value={value.lead}
          onChange={(e) => set('lead', e.currentTarget.value)}
        />
        <TextInput
          label={t('sessionsSection.block.room')}
          value={value.room}
          onChange={(e) => set('room', e.currentTarget.value)}
        />
      </Group>
      <MultiSelect
        label={t('sessionsSection.block.speakers')}
        description={t('sessionsSection.block.speakersHint')}
        data={overview.speakers.map((s) => ({ value: String(s.id), label: s.name }))}
        value={value.speakerIds.map(String)}
        searchable
        onChange={(v) => set('speakerIds', v.map(Number))}
      />
      <TagsInput
        label={t('sessionsSection.block.facilitators')}
        description={t('sessionsSection.block.facilitatorsHint')}
        value={value.facilitators}
        onChange={(v) => set('facilitators', v)}
      />
      <Group grow align="flex-start">
        <Textarea
          label={t('sessionsSection.block.materials')}
          autosize
          minRows={1}
          value={value.materials}
          onChange={(e) => set('materials', e.currentTarget.value)}
        />
        <Textarea
          label={t('sessionsSection.block.av')}
          autosize
          minRows={1}
          value={value.avNeeds}
          onChange={(e) => set('avNeeds', e.currentTarget.value)}
        />
        <Textarea
          label={t('sessionsSection.block.interpretation')}
          autosize
          minRows={1}
          value={value.interpretation}
          onChange={(e) => set('interpretation', e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label={t('sessionsSection.block.staffNote')}
        autosize
        minRows={2}
        value={value.staffNote}
        onChange={(e) => set('staffNote', e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} onClick={() => void submit()}>
          {t('sessionsSection.block.save')}
        </Button>
      </Group>
    </Stack>
  )
}
