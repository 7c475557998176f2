import { Autocomplete, Button, Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { phases, sessionModes, type SessionInput } from '../../../../shared/sessions.ts'
import { clock, minutesOf } from './clock.ts'

type Props = {
  initial: SessionInput
  venues: string[]
  onSubmit: (input: SessionInput) => Promise<void>
  onCancel: () => void
}

/** The fields of a session: title, date, times, venue, mode, phases, notes. */
export function SessionForm({ initial, venues, onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const [value, setValue] = useState(initial)
  const [start, setStart] = useState(clock(initial.start))
  const [end, setEnd] = useState(clock(initial.end))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof SessionInput>(key: K, v: SessionInput[K]) =>
    setValue((c) => ({ ...c, [key]: v }))

  async function submit() {
    const found: Record<string, string> = {}
    if (!value.title.trim()) found['title'] = t('sessionsSection.session.titleRequired')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value.date)) found['date'] = t('sessionsSection.session.dateRequired')
    const startMinutes = minutesOf(start)
    const endMinutes = minutesOf(end)
    if (startMinutes === null) found['start'] = t('sessionsSection.session.start')
    if (endMinutes === null) found['end'] = t('sessionsSection.session.end')
    setErrors(found)
    if (Object.keys(found).length > 0 || startMinutes === null || endMinutes === null) return
    setBusy(true)
    try {
      await onSubmit({ ...value, start: startMinutes, end: endMinutes })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      <TextInput
        label={t('sessionsSection.session.title')}
        value={value.title}
        error={errors['title']}
        onChange={(e) => set('title', e.currentTarget.value)}
        data-autofocus
      />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('sessionsSection.session.date')}
          value={value.date}
          error={errors['date']}
          onChange={(e) => set('date', e.currentTarget.value)}
        />
        <TextInput
          type="time"
          label={t('sessionsSection.session.start')}
          value={start}
          error={errors['start'] ? ' ' : undefined}
          onChange={(e) => setStart(e.currentTarget.value)}
        />
        <TextInput
          type="time"
          label={t('sessionsSection.session.end')}
          value={end}
          error={errors['end'] ? ' ' : undefined}
          onChange={(e) => setEnd(e.currentTarget.value)}
        />
      </Group>
      <Group grow align="flex-start">
        <Autocomplete
          label={t('sessionsSection.session.venue')}
          description={t('sessionsSection.session.venueHint')}
          data={venues}
          value={value.venue}
          onChange={(v) => set('venue', v)}
        />
        <Select
          label={t('sessionsSection.session.mode')}
          data={sessionModes.map((m) => ({ value: m, label: t(`sessionsSection.modes.${m}`) }))}
          value={value.mode}
          allowDeselect={false}
          onChange={(v) => v && set('mode', v)}
        />
      </Group>
      <Checkbox.Group
        label={t('sessionsSection.session.phases')}
        description={t('sessionsSection.session.phasesHint')}
        value={value.phases}
        onChange={(v) => {
          const chosen = phases.filter((p) => v.includes(p))
          if (chosen.length >= 1 && chosen.length <= 2) set('phases', chosen)
        }}
      >
        <Group mt={6}>
          {phases.map((p) => (
            <Checkbox key={p} value={p} label={t(`sessionsSection.phases.${p}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t('sessionsSection.session.notes')}
        autosize
        minRows={2}
        value={value.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} onClick={() => void submit()}>
          {t('sessionsSection.session.save')}
        </Button>
      </Group>
    </Stack>
  )
}
