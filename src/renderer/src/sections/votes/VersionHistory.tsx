import { Accordion, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecommendationVersion } from '../../../../shared/votes.ts'
import { formatDateTime } from '../../format.ts'

/** Every wording the recommendation had, newest first. */
export function VersionHistory({ versions }: { versions: RecommendationVersion[] }) {
  const { t } = useTranslation()
  if (versions.length <= 1) return null
  return (
    <Accordion variant="contained" aria-label={t('votes.rec.versions')}>
      {[...versions]
        .sort((a, b) => b.version - a.version)
        .map((v) => (
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
  )
}
