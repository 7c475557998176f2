import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { paperSizes, type PaperSize, type ReportKind } from '../../../../shared/sessions.ts'
import { call } from '../../api.ts'
import { baseName, joinPath, safeFileName } from '../../paths.ts'
import { useAppInfo } from '../../state/app-context.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = {
  kind: ReportKind | null
  assemblyName: string
  paperSize: PaperSize
  onClose: () => void
  onPaperSize: () => void
}

/** Where to write the agenda or the run-of-show (the system's Save dialog in the desktop app), and on which paper. */
export function PrintModal({ kind, assemblyName, paperSize, onClose, onPaperSize }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={kind !== null}
      onClose={onClose}
      title={
        kind === 'run-of-show'
          ? t('sessionsSection.print.runOfShowTitle')
          : t('sessionsSection.print.agendaTitle')
      }
      size="lg"
      centered
    >
      {kind && (
        <PrintForm
          kind={kind}
          assemblyName={assemblyName}
          paperSize={paperSize}
          onClose={onClose}
          onPaperSize={onPaperSize}
        />
      )}
    </Modal>
  )
}

function PrintForm({ kind, assemblyName, paperSize, onClose, onPaperSize }: Props & { kind: ReportKind }) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const name = t(
    kind === 'agenda' ? 'sessionsSection.print.agendaFile' : 'sessionsSection.print.runOfShowFile',
    {
      name: assemblyName,
    },
  )
  const [file, setFile] = useState(() => joinPath(info.documentsDir, `${safeFileName(name)}.pdf`))
  const [paper, setPaper] = useState(paperSize)
  const [busy, setBusy] = useState(false)

  async function choose() {
    const chosen = await call('dialog:choose', {
      kind: 'save',
      title: t('sessionsSection.print.save'),
      defaultPath: file,
    })
    if (chosen) setFile(chosen)
  }

  async function write() {
    setBusy(true)
    try {
      if (paper !== paperSize) {
        await call('sessions:setPaperSize', { paperSize: paper })
        onPaperSize()
      }
      const target = file.trim().toLowerCase().endsWith('.pdf') ? file.trim() : `${file.trim()}.pdf`
      const written = await call('reports:sessionsPdf', { kind, file: target })
      notify({
        kind: 'success',
        message: t('sessionsSection.print.done', { file: baseName(written.file), count: written.pages }),
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
      <Text size="sm">{t('sessionsSection.print.intro')}</Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t('sessionsSection.print.file')}
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
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('sessionsSection.print.paper')}
        </Text>
        <SegmentedControl
          value={paper}
          onChange={(v) => setPaper(v)}
          data={paperSizes.map((p) => ({ value: p, label: t(`sessionsSection.print.papers.${p}`) }))}
          aria-label={t('sessionsSection.print.paper')}
        />
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} disabled={!file.trim()} onClick={() => void write()}>
          {t('sessionsSection.print.save')}
        </Button>
      </Group>
    </Stack>
  )
}
