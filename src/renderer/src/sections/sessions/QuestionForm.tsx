import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuestionInput, SessionsOverview } from '../../../../shared/sessions.ts'

type Props = {
  initial: QuestionInput
  overview: SessionsOverview
  onSubmit: (input: QuestionInput) => Promise<void>
  onCancel: () => void
}

const SECRETARIAT = 'secretariat'

/** A members' question: where it was asked, who answers it, the answer and when members got it. */
export function QuestionForm({ initial, overview, onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const [value, setValue] = useState(initial)
  const [textError, setTextError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof QuestionInput>(key: K, v: QuestionInput[K]) =>
    setValue((c) => ({ ...c, [key]: v }))
  const assignee =
    value.assignee === null
      ? null
      : value.assignee.kind === 'secretariat'
        ? SECRETARIAT
        : String(value.assignee.speakerId)

  async function submit() {
    if (!value.text.trim()) {
      setTextError(t('sessionsSection.questions.textRequired'))
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
        <Select
          label={t('sessionsSection.questions.session')}
          placeholder={t('sessionsSection.questions.noSession')}
          data={overview.sessions.map((s) => ({ value: String(s.id), label: s.title }))}
          value={value.sessionId === null ? null : String(value.sessionId)}
          clearable
          onChange={(v) => set('sessionId', v === null ? null : Number(v))}
        />
        <TextInput
          label={t('sessionsSection.questions.table')}
          value={value.table}
          onChange={(e) => set('table', e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label={t('sessionsSection.questions.text')}
        autosize
        minRows={2}
        value={value.text}
        error={textError}
        onChange={(e) => {
          set('text', e.currentTarget.value)
          setTextError(null)
        }}
        data-autofocus
      />
      <Select
        label={t('sessionsSection.questions.assignee')}
        placeholder={t('sessionsSection.questions.nobody')}
        data={[
          { value: SECRETARIAT, label: t('sessionsSection.questions.secretariat') },
          ...overview.speakers.map((s) => ({ value: String(s.id), label: s.name })),
        ]}
        value={assignee}
        clearable
        onChange={(v) =>
          set(
            'assignee',
            v === null
              ? null
              : v === SECRETARIAT
                ? { kind: 'secretariat' }
                : { kind: 'speaker', speakerId: Number(v) },
          )
        }
      />
      <Textarea
        label={t('sessionsSection.questions.answer')}
        autosize
        minRows={2}
        value={value.answer}
        onChange={(e) => set('answer', e.currentTarget.value)}
      />
      <Group grow>
        <TextInput
          type="date"
          label={t('sessionsSection.questions.answeredOn')}
          value={value.answeredOn ?? ''}
          onChange={(e) => set('answeredOn', e.currentTarget.value || null)}
        />
        <TextInput
          type="date"
          label={t('sessionsSection.questions.sharedOn')}
          value={value.sharedOn ?? ''}
          onChange={(e) => set('sharedOn', e.currentTarget.value || null)}
        />
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} onClick={() => void submit()}>
          {t('sessionsSection.questions.save')}
        </Button>
      </Group>
    </Stack>
  )
}
