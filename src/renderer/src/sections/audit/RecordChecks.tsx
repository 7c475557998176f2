import { Alert, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RecordsCheck } from '../../../../shared/verify.ts'
import { say } from '../../i18n/say.ts'

/** What comparing the official records with the log found: every record that differs, and what is not covered. */
export function RecordChecks({ check }: { check: RecordsCheck }) {
  const { t } = useTranslation()
  const { mismatches, notCovered } = check
  return (
    <Stack gap="sm">
      {mismatches.length === 0 ? (
        <Alert color="teal" icon={<IconShieldCheck size={20} />} title={t('audit.recordsOk')} role="status">
          {t('audit.recordsOkText', { count: check.checked })}
        </Alert>
      ) : (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={20} />}
          title={t('audit.recordsFailed', { count: mismatches.length })}
          role="alert"
          data-testid="record-mismatches"
        >
          <Text size="sm">{t('audit.recordsFailedText')}</Text>
          <List size="sm" mt={4}>
            {mismatches.map((m) => (
              <List.Item key={`${m.record}:${m.expected}`}>{say(m.why)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('audit.notCovered')} {notCovered.map((m) => say(m)).join(' ')}
      </Text>
    </Stack>
  )
}
