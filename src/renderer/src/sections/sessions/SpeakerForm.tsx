import { Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { speakerRoles, type SpeakerInput } from '../../../../shared/sessions.ts'

type Props = { initial: SpeakerInput; onSubmit: (input: SpeakerInput) => Promise<void>; onCancel: () => void }

/** A speaker of the register: who they are, their declaration of interests, and the practical follow-up. */
export function SpeakerForm({ initial, onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const [value, setValue] = useState(initial)
  const [nameError, setNameError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof SpeakerInput>(key: K, v: SpeakerInput[K]) =>
    setValue((c) => ({ ...c, [key]: v }))

  async function submit() {
    if (!value.name.trim()) {
      setNameError(t('sessionsSection.speakers.nameRequired'))
      return
    }
    setBusy(true)
    try {
      await onSubmit(value)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput
          label={t('sessionsSection.speakers.name')}
          value={value.name}
          error={nameError}
          onChange={(e) => {
            set('name', e.currentTarget.value)
            setNameError(null)
          }}
          data-autofocus
        />
        <TextInput
          label={t('sessionsSection.speakers.organisation')}
          value={value.organisation}
          onChange={(e) => set('organisation', e.currentTarget.value)}
        />
      </Group>
      <Select
        label={t('sessionsSection.speakers.role')}
        data={speakerRoles.map((r) => ({ value: r, label: t(`sessionsSection.speakers.roles.${r}`) }))}
        value={value.role}
        allowDeselect={false}
        onChange={(v) => v && set('role', v)}
      />
      <Textarea
        label={t('sessionsSection.speakers.declaration')}
        autosize
        minRows={2}
        value={value.declaration}
        onChange={(e) => set('declaration', e.currentTarget.value)}
      />
      <Group grow align="flex-end">
        <TextInput
          type="date"
          label={t('sessionsSection.speakers.briefingSentOn')}
          value={value.briefingSentOn ?? ''}
          onChange={(e) => set('briefingSentOn', e.currentTarget.value || null)}
        />
        <NumberInput
          label={t('sessionsSection.speakers.fee')}
          value={value.fee}
          min={0}
          decimalScale={2}
          onChange={(v) => set('fee', typeof v === 'number' ? v : 0)}
        />
        <NumberInput
          label={t('sessionsSection.speakers.expenses')}
          value={value.expenses}
          min={0}
          decimalScale={2}
          onChange={(v) => set('expenses', typeof v === 'number' ? v : 0)}
        />
      </Group>
      <Group>
        <Checkbox
          label={t('sessionsSection.speakers.slidesReceived')}
          checked={value.slidesReceived}
          onChange={(e) => set('slidesReceived', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('sessionsSection.speakers.publishConsent')}
          checked={value.publishConsent}
          onChange={(e) => set('publishConsent', e.currentTarget.checked)}
        />
      </Group>
      <Textarea
        label={t('sessionsSection.speakers.notes')}
        autosize
        minRows={1}
        value={value.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} onClick={() => void submit()}>
          {t('sessionsSection.speakers.save')}
        </Button>
      </Group>
    </Stack>
  )
}
