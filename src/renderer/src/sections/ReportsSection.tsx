import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { IconFileText } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../shared/contract.ts'
import { reportSections, type ReportSection } from '../../../shared/reports.ts'
import { SaveIndicator } from '../components/SaveIndicator.tsx'
import { LogoField } from './reports/LogoField.tsx'
import { useReportSettings } from './reports/use-report-settings.ts'
import { WriteDocumentModal, type ReportDocument } from './reports/WriteDocumentModal.tsx'

/** The Reports section: the final report's contents, and every document and export to write. */
export function ReportsSection({ summary }: { summary: ProjectSummary }) {
  const { t } = useTranslation()
  const { settings, setSettings, loadError, reload, status, edit, flush } = useReportSettings()
  const [writing, setWriting] = useState<ReportDocument | null>(null)
  if (loadError) {
    return (
      <Alert color="red" title={t('errors.title')} maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{loadError}</Text>
          <Button size="xs" variant="light" color="red" onClick={reload}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    )
  }
  if (!settings) return <Loader />
  const texts = ['foreword', 'summary', 'membersStatement'] as const
  const toggle = (section: ReportSection, on: boolean) =>
    edit(
      { sections: on ? [...settings.sections, section] : settings.sections.filter((s) => s !== section) },
      { now: true },
    )
  const documents = [
    { id: 'draw-certificate', title: 'certificate', text: 'certificateText' },
    { id: 'workbook', title: 'workbook', text: 'workbookText' },
    { id: 'openData', title: 'openData', text: 'openDataText' },
  ] as const

  return (
    <Stack gap="lg" maw={960} pb="xl">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={2}>{t('reportsSection.title')}</Title>
          <Text c="dimmed" maw={720}>
            {t('reportsSection.intro')}
          </Text>
        </Stack>
        <SaveIndicator status={status} />
      </Group>

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Title order={3}>{t('reportsSection.final.title')}</Title>
              <Text size="sm" c="dimmed">
                {t('reportsSection.final.text')}
              </Text>
            </Stack>
            <Button
              leftSection={<IconFileText size={18} />}
              onClick={() => setWriting('final')}
              style={{ flexShrink: 0 }}
            >
              {t('reportsSection.final.write')}
            </Button>
          </Group>
          <Checkbox.Group label={t('reportsSection.final.sections')} value={settings.sections}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={6} mt={6}>
              {reportSections.map((section) => (
                <Checkbox
                  key={section}
                  value={section}
                  label={t(`reportsSection.final.names.${section}`)}
                  onChange={(e) => toggle(section, e.currentTarget.checked)}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {texts.map((field) => (
            <Textarea
              key={field}
              label={t(`reportsSection.final.${field}`)}
              description={t(`reportsSection.final.${field}Hint`)}
              value={settings[field]}
              onChange={(e) => edit({ [field]: e.currentTarget.value })}
              onBlur={() => void flush()}
              autosize
              minRows={3}
              maxRows={14}
            />
          ))}
          <LogoField logo={settings.logo} onSaved={setSettings} />
        </Stack>
      </Card>

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Title order={3}>{t('reportsSection.documents.title')}</Title>
          {documents.map((document) => (
            <Group key={document.id} justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{t(`reportsSection.documents.${document.title}`)}</Text>
                <Text size="sm" c="dimmed" maw={620}>
                  {t(`reportsSection.documents.${document.text}`)}
                </Text>
              </Stack>
              <Button
                variant="default"
                style={{ flexShrink: 0 }}
                onClick={() => setWriting(document.id)}
                aria-label={`${t(`reportsSection.documents.${document.title}`)} – ${t('reportsSection.documents.write')}`}
              >
                {t('reportsSection.documents.write')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Card>

      <WriteDocumentModal document={writing} assemblyName={summary.name} onClose={() => setWriting(null)} />
    </Stack>
  )
}
