import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api.ts'
import { baseName, joinPath, safeFileName, withExtension } from '../../paths.ts'
import { useAppInfo } from '../../state/app-context.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = {
  opened: boolean
  title: string
  /** The file's name without its folder or extension. */
  name: string
  write: (file: string) => Promise<{ file: string; pages: number }>
  onClose: () => void
}

/** Where to write one of the People section's PDFs (the system's Save dialog in the desktop app). */
export function SavePdfModal({ opened, title, name, write, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      {opened && <SaveForm name={name} write={write} onClose={onClose} />}
    </Modal>
  )
}

function SaveForm({ name, write, onClose }: Omit<Props, 'opened' | 'title'>) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const [file, setFile] = useState(() => joinPath(info.documentsDir, `${safeFileName(name)}.pdf`))
  const [busy, setBusy] = useState(false)

  async function choose() {
    const chosen = await call('dialog:choose', {
      kind: 'save',
      title: t('peopleContact.pdf.save'),
      defaultPath: file,
    })
    if (chosen) setFile(chosen)
  }

  async function save() {
    setBusy(true)
    try {
      const written = await write(withExtension(file.trim(), '.pdf'))
      notify({
        kind: 'success',
        message: t('peopleContact.pdf.done', { file: baseName(written.file), count: written.pages }),
      })
      onClose()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('peopleContact.pdf.intro')}</Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t('peopleContact.pdf.file')}
          value={file}
          onChange={(e) => setFile(e.currentTarget.value)}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          data-autofocus
        />
        {info.nativeDialogs && (
          <Button variant="default" onClick={() => void choose().catch(notifyError)}>
            {t('common.choose')}
          </Button>
        )}
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} disabled={!file.trim()} onClick={() => void save()}>
          {t('peopleContact.pdf.save')}
        </Button>
      </Group>
    </Stack>
  )
}
