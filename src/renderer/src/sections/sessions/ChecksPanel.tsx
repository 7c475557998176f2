import { Alert, List, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AgendaCheck } from '../../../../shared/sessions.ts'
import { say } from '../../i18n/say.ts'

/** The agenda's checks in plain words; they never stop anything. */
export function ChecksPanel({ checks }: { checks: readonly AgendaCheck[] }) {
  const { t } = useTranslation()
  if (checks.length === 0)
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="agenda-checks">
        <Text size="sm">{t('sessionsSection.checks.none')}</Text>
      </Alert>
    )
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('sessionsSection.checks.title', { count: checks.length })}
      data-testid="agenda-checks"
    >
      <List size="sm" spacing={4}>
        {checks.map((check, i) => (
          <List.Item key={`${check.kind}-${check.blockIds.join('-')}-${i}`}>{say(check.message)}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
