import { Button, Group, Modal, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sessionTemplates, type SessionTemplate } from '../../../../shared/sessions.ts'
import { call } from '../../api.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'

const defaultSpacing: Record<SessionTemplate, number> = {
  'four-weekends': 14,
  'evening-series': 7,
  'citizens-jury': 1,
  'citizens-initiative-review': 1,
  'peoples-assembly': 7,
}

/** Creates a full plan from a template, asking for the first date and the spacing. */
export function TemplateModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean
  onClose: () => void
  onCreated: () => void
}) {
  const { t } = useTranslation()
  const [template, setTemplate] = useState<SessionTemplate>('four-weekends')
  const [firstDate, setFirstDate] = useState('')
  const [spacing, setSpacing] = useState<number>(defaultSpacing['four-weekends'])
  const [busy, setBusy] = useState(false)
  const [dateError, setDateError] = useState<string | null>(null)

  async function create() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDate)) {
      setDateError(t('sessionsSection.session.dateRequired'))
      return
    }
    setBusy(true)
    try {
      const made = await call('sessions:fromTemplate', { template, firstDate, spacingDays: spacing })
      notify({ kind: 'success', message: t('sessionsSection.template.done', { count: made.length }) })
      onCreated()
      onClose()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('sessionsSection.template.title')} size="lg" centered>
      <Stack gap="md">
        <Text size="sm">{t('sessionsSection.template.intro')}</Text>
        <Radio.Group
          label={t('sessionsSection.template.choose')}
          value={template}
          onChange={(value) => {
            const chosen = value
            setTemplate(chosen)
            setSpacing(defaultSpacing[chosen])
          }}
        >
          <Stack gap="xs" mt={6}>
            {sessionTemplates.map((id) => (
              <Radio
                key={id}
                value={id}
                label={t(`sessionsSection.template.names.${id}`)}
                description={t(`sessionsSection.template.hints.${id}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('sessionsSection.template.firstDate')}
            value={firstDate}
            error={dateError}
            onChange={(e) => {
              setFirstDate(e.currentTarget.value)
              setDateError(null)
            }}
          />
          <NumberInput
            label={t('sessionsSection.template.spacing')}
            value={spacing}
            min={1}
            max={90}
            allowDecimal={false}
            onChange={(value) => setSpacing(typeof value === 'number' ? value : 1)}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void create()}>
            {t('sessionsSection.template.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
