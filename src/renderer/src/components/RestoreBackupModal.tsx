import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo, ProjectSummary } from '../../../shared/contract.ts'
import { call } from '../api.ts'
import { errorMessage } from '../i18n/errors.ts'
import { formatDateTime, formatKilobytes } from '../format.ts'
import { notify } from '../state/notifications.ts'
import { notifyError } from '../state/notify-error.ts'
import { flushPendingSaves } from '../state/pending-saves.ts'

type Props = { opened: boolean; onClose: () => void; onRestored: (summary: ProjectSummary) => void }

/** Lists the automatic backups of the open assembly and restores one, after a confirmation. */
export function RestoreBackupModal({ opened, onClose, onRestored }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('backups.title')} size="xl" centered>
      {opened && <RestoreBackup onClose={onClose} onRestored={onRestored} />}
    </Modal>
  )
}

function RestoreBackup({ onClose, onRestored }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [chosen, setChosen] = useState<BackupInfo | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    flushPendingSaves()
      .then(() => call('project:backups', undefined))
      .then(
        (list) => setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
        (error: unknown) => setLoadError(errorMessage(error)),
      )
  }, [])

  const reason = (r: string) =>
    r === 'open' || r === 'autosave' || r === 'before-restore' ? t(`backups.reasons.${r}`) : r

  async function restore(backup: BackupInfo) {
    setBusy(true)
    try {
      const summary = await call('project:restoreBackup', { id: backup.id })
      notify({ kind: 'success', message: t('backups.done', { when: formatDateTime(backup.createdAt) }) })
      onRestored(summary)
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  if (chosen) {
    return (
      <Stack gap="md">
        <Text fw={600}>{t('backups.confirmTitle')}</Text>
        <Alert color="blue" icon={<IconInfoCircle size={20} />}>
          {t('backups.confirm', { when: formatDateTime(chosen.createdAt) })}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setChosen(null)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void restore(chosen)} loading={busy}>
            {t('backups.confirmButton')}
          </Button>
        </Group>
      </Stack>
    )
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('backups.intro')}</Text>
      {loadError && <Alert color="red">{loadError}</Alert>}
      {!backups && !loadError && (
        <Group justify="center" p="md">
          <Loader size="sm" />
        </Group>
      )}
      {backups?.length === 0 && <Text c="dimmed">{t('backups.empty')}</Text>}
      {backups && backups.length > 0 && (
        <ScrollArea.Autosize mah={360}>
          <Table highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.when')}</Table.Th>
                <Table.Th>{t('backups.reason')}</Table.Th>
                <Table.Th ta="right">{t('backups.size')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => (
                <Table.Tr key={backup.id}>
                  <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
                  <Table.Td>{reason(backup.reason)}</Table.Td>
                  <Table.Td ta="right">{t('common.bytes', { size: formatKilobytes(backup.bytes) })}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setChosen(backup)}
                      aria-label={`${t('backups.choose')} ${formatDateTime(backup.createdAt)}`}
                    >
                      {t('backups.choose')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  )
}
