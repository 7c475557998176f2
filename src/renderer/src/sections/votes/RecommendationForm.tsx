import { Autocomplete, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { issueMessage } from '../../../../shared/messages.ts'
import { say } from '../../i18n/say.ts'
import {
  recommendationInputSchema,
  recommendationStatuses,
  type RecommendationInput,
} from '../../../../shared/votes.ts'

type Props = {
  initial: RecommendationInput
  themes: string[]
  submitLabel: string
  onSubmit: (input: RecommendationInput) => Promise<void>
  onCancel?: () => void
}

/** The fields of a recommendation; saving a changed text makes a new version. */
export function RecommendationForm({ initial, themes, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const [value, setValue] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof RecommendationInput, string>>>({})
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof RecommendationInput>(key: K, v: RecommendationInput[K]) =>
    setValue((current) => ({ ...current, [key]: v }))

  async function submit() {
    const parsed = recommendationInputSchema.safeParse(value)
    if (!parsed.success) {
      const found: typeof errors = {}
      for (const issue of parsed.error.issues) {
        const key = issue.path[0]
        if (typeof key === 'string' && key in value)
          found[key as keyof RecommendationInput] = say(issueMessage(issue))
      }
      setErrors(found)
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await onSubmit(parsed.data)
    } finally {
      setBusy(false)
    }
  }

  const changedText = value.text.trim() !== initial.text.trim() && initial.text !== ''
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput
          label={t('votes.rec.code')}
          description={t('votes.rec.codeHint')}
          value={value.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          error={errors.code}
          required
          data-autofocus
        />
        <Autocomplete
          label={t('votes.rec.theme')}
          description={t('votes.rec.themeHint')}
          data={themes}
          value={value.theme}
          onChange={(v) => set('theme', v)}
          error={errors.theme}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('votes.rec.draftingGroup')}
          value={value.draftingGroup}
          onChange={(e) => set('draftingGroup', e.currentTarget.value)}
          error={errors.draftingGroup}
        />
        <Select
          label={t('votes.rec.status')}
          data={recommendationStatuses.map((s) => ({ value: s, label: t(`votes.statuses.${s}`) }))}
          value={value.status}
          onChange={(v) => {
            const status = recommendationStatuses.find((s) => s === v)
            if (status) set('status', status)
          }}
          allowDeselect={false}
        />
      </Group>
      <Textarea
        label={t('votes.rec.text')}
        description={changedText ? t('votes.rec.newVersion') : undefined}
        value={value.text}
        onChange={(e) => set('text', e.currentTarget.value)}
        error={errors.text}
        autosize
        minRows={4}
        maxRows={14}
        required
      />
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button onClick={() => void submit()} loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  )
}
