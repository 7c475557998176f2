import { AppShell, Group, NavLink, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../shared/contract.ts'
import { BrandMark } from '../components/BrandMark.tsx'
import { FileMenu } from '../components/FileMenu.tsx'
import { SettingsButton } from '../components/SettingsButton.tsx'
import { AuditSection } from '../sections/AuditSection.tsx'
import { PoolSection } from '../sections/PoolSection.tsx'
import { ProfileSection } from '../sections/ProfileSection.tsx'
import { QuotasSection } from '../sections/QuotasSection.tsx'
import { sectionIcons, sectionIds, type SectionId } from '../sections/registry.ts'
import { SessionsSection } from '../sections/SessionsSection.tsx'
import { PeopleSection } from '../sections/PeopleSection.tsx'
import { ReportsSection } from '../sections/ReportsSection.tsx'
import { VotesSection } from '../sections/VotesSection.tsx'

type Props = { summary: ProjectSummary; onSummary: (summary: ProjectSummary) => void }

/** The window of one open assembly: its name and File menu on top, its sections on the left. */
export function AssemblyScreen({ summary, onSummary }: Props) {
  const { t } = useTranslation()
  const [section, setSection] = useState<SectionId>('profile')
  // Set when People asks for a replacement draw: Quotas & draw opens on it.
  const [replacement, setReplacement] = useState(false)
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 0 }} padding="xl">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
            <BrandMark size="sm" />
            <FileMenu />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={650} truncate data-testid="assembly-name">
                {summary.name}
              </Text>
              <Text size="xs" c="dimmed" className="mono" truncate title={summary.file}>
                {summary.fileName}
              </Text>
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="xs" c="dimmed" visibleFrom="md">
              {t('shell.autosaved')}
            </Text>
            <SettingsButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.sections')}>
        {sectionIds.map((id) => {
          const Icon = sectionIcons[id]
          return (
            <NavLink
              key={id}
              component="button"
              label={t(`sections.${id}`)}
              leftSection={<Icon size={20} stroke={1.6} />}
              active={section === id}
              aria-current={section === id ? 'page' : undefined}
              onClick={() => {
                setSection(id)
                setReplacement(false)
              }}
              style={{ borderRadius: 8 }}
              fw={section === id ? 600 : 400}
            />
          )
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        {section === 'profile' && <ProfileSection summary={summary} onSummary={onSummary} />}
        {section === 'pool' && <PoolSection />}
        {section === 'quotas' && <QuotasSection startReplacement={replacement} />}
        {section === 'people' && (
          <PeopleSection
            assemblyName={summary.name}
            onReplacementDraw={() => {
              setReplacement(true)
              setSection('quotas')
            }}
          />
        )}
        {section === 'sessions' && <SessionsSection summary={summary} />}
        {section === 'votes' && <VotesSection />}
        {section === 'reports' && <ReportsSection summary={summary} />}
        {section === 'audit' && <AuditSection summary={summary} />}
      </AppShell.Main>
    </AppShell>
  )
}
