import { Button, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconFileImport, IconUserPlus, IconUsersGroup } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

type Props = { onImport: () => void; onAdd: () => void }

/** The pool before anyone registered: says what to do first. */
export function EmptyPool({ onImport, onAdd }: Props) {
  const { t } = useTranslation()
  return (
    <Card withBorder radius="md" padding="xl" maw={760}>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <ThemeIcon size={52} radius="xl" variant="light">
          <IconUsersGroup size={28} stroke={1.5} />
        </ThemeIcon>
        <Stack gap="sm">
          <Text fw={650} size="lg">
            {t('pool.empty.title')}
          </Text>
          <Text c="dimmed" maw={560}>
            {t('pool.empty.text')}
          </Text>
          <Group gap="sm" mt="xs">
            <Button leftSection={<IconFileImport size={18} />} onClick={onImport}>
              {t('pool.import')}
            </Button>
            <Button variant="default" leftSection={<IconUserPlus size={18} />} onClick={onAdd}>
              {t('pool.add')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('pool.empty.formats')}
          </Text>
        </Stack>
      </Group>
    </Card>
  )
}
