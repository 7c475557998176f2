import { Container, Divider, Grid, Group, Stack, Text, Title } from '@mantine/core'
import { IconFilePlus, IconFolderOpen, IconSparkles, IconWifiOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ActionTile } from '../components/ActionTile.tsx'
import { BrandMark } from '../components/BrandMark.tsx'
import { RecentList } from '../components/RecentList.tsx'
import { SettingsButton } from '../components/SettingsButton.tsx'
import { useAppInfo, useFileActions } from '../state/app-context.ts'

/** What the app shows when no assembly is open: start something, or pick up where you left off. */
export function StartScreen() {
  const { t } = useTranslation()
  const actions = useFileActions()
  const info = useAppInfo()
  return (
    <Container size={1040} py={48} px="xl">
      <Stack gap={40}>
        <Group justify="space-between" align="flex-start">
          <Stack gap="xs">
            <BrandMark />
            <Text size="lg" c="dimmed" maw={640}>
              {t('app.purpose')}
            </Text>
          </Stack>
          <SettingsButton />
        </Group>
        <Grid gap={40}>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="md">
              <Title order={2} size="h4">
                {t('start.actionsTitle')}
              </Title>
              <ActionTile
                primary
                icon={<IconFilePlus size={26} stroke={1.6} />}
                title={t('start.newAssembly')}
                hint={t('start.newAssemblyHint')}
                onClick={actions.newAssembly}
              />
              <ActionTile
                icon={<IconFolderOpen size={26} stroke={1.6} />}
                title={t('start.open')}
                hint={t('start.openHint')}
                onClick={actions.open}
              />
              <ActionTile
                icon={<IconSparkles size={26} stroke={1.6} />}
                title={t('start.openDemo')}
                hint={t('start.openDemoHint')}
                onClick={actions.openDemo}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="md">
              <Title order={2} size="h4">
                {t('start.recentTitle')}
              </Title>
              <RecentList />
            </Stack>
          </Grid.Col>
        </Grid>
        <Divider />
        <Group justify="space-between" c="dimmed">
          <Group gap={8}>
            <IconWifiOff size={16} stroke={1.6} aria-hidden />
            <Text size="sm">{t('start.offline')}</Text>
          </Group>
          <Text size="sm">{t('start.version', { version: info.version })}</Text>
        </Group>
      </Stack>
    </Container>
  )
}
