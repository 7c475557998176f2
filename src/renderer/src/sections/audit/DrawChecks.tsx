import { Alert, Stack } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DrawCheck } from '../../../../shared/contract.ts'
import { say } from '../../i18n/say.ts'

/** What re-running the recorded draws found: each draw that does not match, and what could not be checked. */
export function DrawChecks({ checks }: { checks: readonly DrawCheck[] }) {
  const { t } = useTranslation()
  const failed = checks.filter((c) => !c.ok)
  const noted = checks.flatMap((c) => (c.noted ? [c.noted] : []))
  if (failed.length === 0 && noted.length === 0) return null
  return (
    <Stack gap="sm">
      {failed.map((check) => (
        <Alert
          key={check.draw}
          color="red"
          icon={<IconAlertTriangle size={20} />}
          title={t('audit.drawFailed', { draw: check.draw })}
          role="alert"
        >
          {t('audit.drawFailedText', { reason: check.why ? say(check.why) : (check.reason ?? '') })}
        </Alert>
      ))}
      {noted.map((note, i) => (
        <Alert key={i} color="gray" icon={<IconInfoCircle size={20} />}>
          {t('audit.drawNote', { note: say(note) })}
        </Alert>
      ))}
    </Stack>
  )
}
