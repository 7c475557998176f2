import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, call } from '../api.ts'
import { baseName, joinPath, safeFileName } from '../paths.ts'
import { useAppInfo } from '../state/app-context.ts'
import { notify } from '../state/notifications.ts'
import { notifyError } from '../state/notify-error.ts'

type Props = { opened: boolean; onClose: () => void; assemblyName: string }

/** The browser's stand-in for the system's Save dialog, for "Save a copy as…". */
export function SaveCopyModal({ opened, onClose, assemblyName }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('saveCopy.title')} size="lg" centered>
      {opened && <SaveCopyForm onClose={onClose} assemblyName={assemblyName} />}
    </Modal>
  )
}

function SaveCopyForm({ onClose, assemblyName }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const [file, setFile] = useState(() =>
    joinPath(
      info.documentsDir,
      `${safeFileName(`${assemblyName} ${t('saveCopy.suffix')}`)}${info.fileExtension}`,
    ),
  )
  const [exists, setExists] = useState(false)
  const [busy, setBusy] = useState(false)

  async function save(overwrite: boolean) {
    setBusy(true)
    try {
      const result = await call('project:saveCopy', { file: file.trim(), overwrite })
      notify({ kind: 'success', message: t('saveCopy.done', { file: baseName(result.file) }) })
      onClose()
    } catch (error) {
      if (error instanceof ApiError && error.data.code === 'file-exists' && !overwrite) setExists(true)
      else notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    void save(false)
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('saveCopy.intro')}</Text>
        <TextInput
          label={t('saveCopy.file')}
          value={file}
          onChange={(event) => {
            setFile(event.currentTarget.value)
            setExists(false)
          }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          data-autofocus
        />
        {exists && (
          <Alert color="orange" title={t('saveCopy.exists')}>
            <Button size="xs" color="orange" mt={4} onClick={() => void save(true)} loading={busy}>
              {t('saveCopy.replace')}
            </Button>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!file.trim()}>
            {t('saveCopy.title')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
