import { Alert, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core'
import { IconClockHour4, IconFileDatabase } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecentFile } from '../../../shared/contract.ts'
import { call } from '../api.ts'
import { errorMessage } from '../i18n/errors.ts'
import { formatDateTime, formatRelative } from '../format.ts'
import { useFileActions } from '../state/app-context.ts'
import classes from './RecentList.module.css'

/** The assemblies opened lately (the app already forgets files that were moved or deleted). */
export function RecentList() {
  const { t } = useTranslation()
  const actions = useFileActions()
  const [recent, setRecent] = useState<RecentFile[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    call('recent:list', undefined).then(setRecent, (e: unknown) => setError(errorMessage(e)))
  }, [])

  if (error) return <Alert color="red">{error}</Alert>
  if (!recent) return <Skeleton h={72} radius="md" />
  if (recent.length === 0) {
    return (
      <Paper withBorder radius="md" p="xl" bg="white">
        <Stack align="center" gap="xs" ta="center">
          <ThemeIcon size={44} radius="xl" variant="light" color="gray">
            <IconClockHour4 size={24} stroke={1.5} />
          </ThemeIcon>
          <Text fw={600}>{t('start.recentEmptyTitle')}</Text>
          <Text size="sm" c="dimmed" maw={340}>
            {t('start.recentEmpty')}
          </Text>
        </Stack>
      </Paper>
    )
  }
  return (
    <Paper withBorder radius="md" bg="white" p={4}>
      <ul className={classes.list} aria-label={t('start.recentTitle')}>
        {recent.map((file) => (
          <li key={file.file}>
            <UnstyledButton
              className={classes.item}
              onClick={() => void actions.openFile(file.file)}
              aria-label={t('start.recentOpen', { name: file.name })}
            >
              <Group wrap="nowrap" gap="sm" align="flex-start">
                <IconFileDatabase size={22} stroke={1.5} className={classes.icon} />
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text fw={600} truncate>
                      {file.name}
                    </Text>
                    <Tooltip label={formatDateTime(file.openedAt)} withArrow>
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {formatRelative(file.openedAt)}
                      </Text>
                    </Tooltip>
                  </Group>
                  <Text size="xs" c="dimmed" className="mono" lineClamp={2}>
                    {file.file}
                  </Text>
                </Stack>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </ul>
    </Paper>
  )
}
