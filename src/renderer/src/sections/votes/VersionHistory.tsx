import { Accordion, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecommendationVersion } from '../../../../shared/votes.ts'
import { formatDateTime } from '../../format.ts'

/** The earlier wordings of the recommendation, newest first (the current one is in the form above). */
export function VersionHistory({
  versions,
  current,
}: {
  versions: RecommendationVersion[]
  current: number
}) {
  const { t } = useTranslation()
  const earlier = versions.filter((v) => v.version !== current).sort((a, b) => b.version - a.version)
  if (earlier.length === 0) return null
  return (
    <Stack gap={6}>
      <Text fw={650}>{t('votes.rec.versions')}</Text>
      <Accordion variant="contained" aria-label={t('votes.rec.versions')}>
        {earlier.map((v) => (
          <Accordion.Item key={v.version} value={String(v.version)}>
            <Accordion.Control>
              {t('votes.rec.versionLine', { version: v.version, when: formatDateTime(v.at) })}
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {v.text}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  )
}
