import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  NavLink,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconFileDatabase } from '@tabler/icons-react'
import { useEffect, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FileEntry } from '../../../shared/contract.ts'
import { call } from '../api.ts'
import { errorMessage } from '../i18n/errors.ts'
import { formatRelative } from '../format.ts'
import { useAppInfo } from '../state/app-context.ts'

type Props = { opened: boolean; onClose: () => void; onOpen: (file: string) => Promise<void> }

/** The browser's stand-in for the system's Open dialog: the assemblies in the documents folder, or a path. */
export function OpenModal({ opened, onClose, onOpen }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('openFile.title')} size="lg" centered>
      {opened && <OpenForm onClose={onClose} onOpen={onOpen} />}
    </Modal>
  )
}

function OpenForm({ onClose, onOpen }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const [files, setFiles] = useState<FileEntry[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)
  const [path, setPath] = useState('')
  const [pathError, setPathError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    call('files:list', undefined).then(setFiles, (error: unknown) => setListError(errorMessage(error)))
  }, [])

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (!path.trim()) {
      setPathError(t('openFile.pathRequired'))
      return
    }
    setBusy(true)
    await onOpen(path.trim())
    setBusy(false)
  }

  return (
    <Stack gap="md">
      <Text fw={600} size="sm">
        {t('openFile.listTitle')}
      </Text>
      <Paper withBorder radius="md" p={4}>
        {files === null && !listError && (
          <Group justify="center" p="md">
            <Loader size="sm" />
          </Group>
        )}
        {listError && <Alert color="red">{listError}</Alert>}
        {files?.length === 0 && (
          <Text c="dimmed" size="sm" p="md">
            {t('openFile.listEmpty', { dir: info.documentsDir })}
          </Text>
        )}
        {files && files.length > 0 && (
          <ScrollArea.Autosize mah={260}>
            {files.map((file) => (
              <NavLink
                key={file.file}
                component="button"
                label={file.fileName}
                description={t('openFile.modified', { when: formatRelative(file.modifiedAt) })}
                leftSection={<IconFileDatabase size={20} stroke={1.5} />}
                onClick={() => void onOpen(file.file)}
                style={{ borderRadius: 6 }}
              />
            ))}
          </ScrollArea.Autosize>
        )}
      </Paper>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('openFile.path')}
            description={t('openFile.pathHint')}
            placeholder={`${info.documentsDir}/…${info.fileExtension}`}
            value={path}
            onChange={(event) => {
              setPath(event.currentTarget.value)
              setPathError(null)
            }}
            error={pathError}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={busy}>
            {t('common.open')}
          </Button>
        </Group>
      </form>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  )
}
