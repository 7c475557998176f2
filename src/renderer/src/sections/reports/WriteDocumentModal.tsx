import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api.ts'
import { baseName, joinPath, safeFileName, withExtension } from '../../paths.ts'
import { useAppInfo } from '../../state/app-context.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { flushPendingSaves } from '../../state/pending-saves.ts'

/** The documents the Reports section writes. */
export type ReportDocument = 'final' | 'draw-certificate' | 'workbook' | 'openData'

const extensions: Record<ReportDocument, string> = {
  final: '.pdf',
  'draw-certificate': '.pdf',
  workbook: '.xlsx',
  openData: '',
}

type Props = { document: ReportDocument | null; assemblyName: string; onClose: () => void }

/** Where to write a document or export (the system's Save dialog in the desktop app), then writes it. */
export function WriteDocumentModal({ document, assemblyName, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      title={document ? t(`reportsSection.write.${document}`) : ''}
      size="lg"
      centered
    >
      {document && <WriteForm document={document} assemblyName={assemblyName} onClose={onClose} />}
    </Modal>
  )
}

function WriteForm({ document, assemblyName, onClose }: Props & { document: ReportDocument }) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const extension = extensions[document]
  const name = safeFileName(t(`reportsSection.write.fileName.${document}`, { name: assemblyName }))
  const [target, setTarget] = useState(() => joinPath(info.documentsDir, `${name}${extension}`))
  const [busy, setBusy] = useState(false)

  async function choose() {
    const chosen = await call('dialog:choose', {
      kind: 'save',
      title: t('reportsSection.write.save'),
      defaultPath: target,
    })
    if (chosen) setTarget(chosen)
  }

  /** Writes the document and says in one sentence what was written. */
  async function written(path: string): Promise<string> {
    if (document === 'workbook') {
      const done = await call('reports:workbook', { file: path })
      return t('reportsSection.write.doneWorkbook', { file: baseName(done.file), count: done.sheets.length })
    }
    if (document === 'openData') {
      const done = await call('reports:openData', { dir: path })
      return t('reportsSection.write.doneOpenData', { file: baseName(done.dir), count: done.files.length })
    }
    const done = await call('reports:pdf', { kind: document, file: path })
    return t('reportsSection.write.donePdf', { file: baseName(done.file), count: done.pages })
  }

  async function write() {
    setBusy(true)
    try {
      // The report prints what was typed a moment ago, not what was last saved.
      await flushPendingSaves()
      notify({ kind: 'success', message: await written(withExtension(target.trim(), extension)) })
      onClose()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t(document === 'openData' ? 'reportsSection.write.folder' : 'reportsSection.write.file')}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
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
        <Button onClick={() => void write()} loading={busy}>
          {t('reportsSection.write.writeButton')}
        </Button>
      </Group>
    </Stack>
  )
}
