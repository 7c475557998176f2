import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { say } from '../i18n/say.ts'
import type { AuditEntryView, ProjectSummary, VerifyReport } from '../../../shared/contract.ts'
import { call } from '../api.ts'
import { errorMessage } from '../i18n/errors.ts'
import { notifyError } from '../state/notify-error.ts'
import { AuditTable } from './audit/AuditTable.tsx'
import { DrawChecks } from './audit/DrawChecks.tsx'
import { RecordChecks } from './audit/RecordChecks.tsx'
import { HashBlock } from '../components/HashBlock.tsx'

/** The hash-chained log of official acts, its head hash, and a check that nothing was changed. */
export function AuditSection({ summary }: { summary: ProjectSummary }) {
  const { t } = useTranslation()
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [report, setReport] = useState<VerifyReport | null>(null)
  const [verifying, setVerifying] = useState(false)

  useEffect(() => {
    call('audit:list', undefined).then(setEntries, (error: unknown) => setLoadError(errorMessage(error)))
  }, [])

  async function verify() {
    setVerifying(true)
    setReport(null)
    try {
      setReport(await call('audit:verify', undefined))
    } catch (error) {
      notifyError(error)
    } finally {
      setVerifying(false)
    }
  }

  const head = report?.head ?? entries?.at(-1)?.hash ?? summary.auditHead
  return (
    <Stack gap="lg" maw={1040} pb="xl">
      <Stack gap={4}>
        <Title order={2}>{t('audit.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('audit.intro')}
        </Text>
      </Stack>

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <HashBlock
            label={t('audit.head')}
            hash={head}
            testId="audit-head"
            copyLabel={t('audit.copyHead')}
            hint={t('audit.headHint')}
          />
          <Group gap="md" align="center">
            <Button
              leftSection={<IconShieldCheck size={18} stroke={1.6} />}
              onClick={() => void verify()}
              loading={verifying}
            >
              {t('audit.verify')}
            </Button>
          </Group>
          {report?.ok === true && (
            <Alert
              color="teal"
              icon={<IconShieldCheck size={20} />}
              title={t('audit.verifyOk')}
              role="status"
            >
              {t('audit.verifyOkText', { count: report.entries })}
            </Alert>
          )}
          {report?.ok === false && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={20} />}
              title={t('audit.verifyFailed')}
              role="alert"
            >
              {t('audit.verifyFailedText', {
                seq: report.firstMismatch.seq,
                reason: say(report.firstMismatch.why),
              })}
            </Alert>
          )}
          {report?.draws && <DrawChecks checks={report.draws} />}
          {report?.records && <RecordChecks check={report.records} />}
        </Stack>
      </Card>

      {loadError && <Alert color="red">{loadError}</Alert>}
      {!entries && !loadError && <Loader />}
      {entries && <AuditTable entries={entries} />}
    </Stack>
  )
}
