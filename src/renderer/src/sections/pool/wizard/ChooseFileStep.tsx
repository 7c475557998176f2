import { Alert, Button, Card, Group, Loader, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core'
import { IconAlertTriangle, IconFileSpreadsheet, IconFolderOpen } from '@tabler/icons-react'
import { useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api.ts'
import { useAppInfo } from '../../../state/app-context.ts'
import { notify } from '../../../state/notifications.ts'
import { errorText } from '../../../i18n/errors.ts'
import { MAX_UPLOAD_BYTES, readAsBase64, TABLE_FILES } from './read-file.ts'

type Props = {
  busy: boolean
  /** Why the last file was refused, shown in the step itself (a toast would cover the buttons). */
  error: unknown
  onError: (error: unknown) => void
  onChosen: (file: string) => void
}

/** Step 1: the registration file, from the system's Open dialog (app) or a file picker / drop (browser). */
export function ChooseFileStep({ busy, error, onError, onChosen }: Props) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const input = useRef<HTMLInputElement>(null)
  const [uploading, setUploading] = useState(false)
  const [over, setOver] = useState(false)

  async function upload(file: File) {
    if (file.size > MAX_UPLOAD_BYTES) {
      notify({ kind: 'error', message: t('pool.wizard.file.tooBig') })
      return
    }
    onError(null)
    setUploading(true)
    try {
      const dataBase64 = await readAsBase64(file)
      const uploaded = await call('pool:upload', { fileName: file.name, dataBase64 })
      onChosen(uploaded.file)
    } catch (failure) {
      onError(failure)
    } finally {
      setUploading(false)
    }
  }

  async function choose() {
    if (!info.nativeDialogs) {
      input.current?.click()
      return
    }
    try {
      const file = await call('dialog:choose', {
        kind: 'open',
        title: t('pool.wizard.file.dialogTitle'),
        files: 'table',
      })
      onError(null)
      if (file) onChosen(file)
    } catch (failure) {
      onError(failure)
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) void upload(file)
  }

  const working = busy || uploading
  return (
    <Stack gap="lg" maw={720} mx="auto" pt="xl">
      {error !== null && error !== undefined && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={20} />}
          title={t('pool.wizard.file.refused')}
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => onError(null)}
        >
          {errorText(error)}
        </Alert>
      )}
      <Card
        withBorder
        radius="md"
        padding="xl"
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'var(--mantine-color-teal-6)' : undefined,
          background: over ? 'var(--mantine-color-teal-0)' : undefined,
        }}
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Stack align="center" gap="md" py="lg">
          <ThemeIcon size={64} radius="xl" variant="light">
            <IconFileSpreadsheet size={34} stroke={1.4} />
          </ThemeIcon>
          <Text fw={650} size="lg" ta="center">
            {t('pool.wizard.file.title')}
          </Text>
          <Text c="dimmed" ta="center" maw={520}>
            {t('pool.wizard.file.text')}
          </Text>
          <Group>
            <Button
              size="md"
              leftSection={<IconFolderOpen size={20} />}
              onClick={() => void choose()}
              loading={working}
            >
              {t('pool.wizard.file.choose')}
            </Button>
          </Group>
          {working && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed" role="status">
                {t('pool.wizard.file.reading')}
              </Text>
            </Group>
          )}
          {!info.nativeDialogs && (
            <Text size="sm" c="dimmed">
              {t('pool.wizard.file.drop')}
            </Text>
          )}
        </Stack>
      </Card>
      <Text size="sm" c="dimmed" ta="center">
        {t('pool.wizard.file.privacy')}
      </Text>
      <VisuallyHidden>
        <input
          ref={input}
          type="file"
          accept={TABLE_FILES}
          aria-label={t('pool.wizard.file.input')}
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            event.currentTarget.value = ''
            if (file) void upload(file)
          }}
        />
      </VisuallyHidden>
    </Stack>
  )
}
