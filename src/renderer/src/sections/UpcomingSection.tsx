import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { sectionIcons, type UpcomingSectionId } from './registry.ts'

/** A section that is not built yet: says plainly what will come here. */
export function UpcomingSection({ id }: { id: UpcomingSectionId }) {
  const { t } = useTranslation()
  const Icon = sectionIcons[id]
  return (
    <Stack gap="lg" maw={760}>
      <Title order={2}>{t(`sections.${id}`)}</Title>
      <Card withBorder radius="md" padding="xl">
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <ThemeIcon size={52} radius="xl" variant="light" color="gray">
            <Icon size={28} stroke={1.5} />
          </ThemeIcon>
          <Stack gap={6}>
            <Group gap="sm">
              <Text fw={650} size="lg">
                {t(`upcoming.${id}.title`)}
              </Text>
              <Badge variant="light" color="gray" tt="none">
                {t('upcoming.badge')}
              </Badge>
            </Group>
            <Text c="dimmed" maw={560}>
              {t(`upcoming.${id}.text`)}
            </Text>
          </Stack>
        </Group>
      </Card>
    </Stack>
  )
}
