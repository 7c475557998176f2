import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { paperSizes, type PaperSize } from '../../../../shared/sessions.ts'
import type { TablePrintKind } from '../../../../shared/tables.ts'
import { call } from '../../api.ts'
import { baseName, joinPath, safeFileName } from '../../paths.ts'
import { useAppInfo } from '../../state/app-context.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = { kind: TablePrintKind | null; onClose: () => void }

/** Where to write the table lists, name badges or table cards (PDF), and on which paper. */
export function TablesPrintModal({ kind, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={kind !== null}
      onClose={onClose}
      title={kind ? t(`tablesSection.print.titles.${kind}`) : ''}
      size="lg"
      centered
    >
      {kind && <PrintForm kind={kind} onClose={onClose} />}
    </Modal>
  )
}

function PrintForm({ kind, onClose }: { kind: TablePrintKind; onClose: () => void }) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const [file, setFile] = useState(() =>
    joinPath(info.documentsDir, `${safeFileName(t(`tablesSection.print.files.${kind}`))}.pdf`),
  )
  const [paper, setPaper] = useState<PaperSize | null>(null)
  const [busy, setBusy] = useState(false)

  async function choose() {
    const chosen = await call('dialog:choose', {
      kind: 'save',
      title: t('tablesSection.print.save'),
      defaultPath: file,
    })
    if (chosen) setFile(chosen)
  }

  async function write() {
    setBusy(true)
    try {
      if (paper) await call('sessions:setPaperSize', { paperSize: paper })
      const target = file.trim().toLowerCase().endsWith('.pdf') ? file.trim() : `${file.trim()}.pdf`
      const written = await call('tables:print', { kind, file: target })
      notify({
        kind: 'success',
        message: t('tablesSection.print.done', { file: baseName(written.file), count: written.pages }),
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
      <Text size="sm">{t(`tablesSection.print.intros.${kind}`)}</Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t('tablesSection.print.file')}
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
          {t('tablesSection.print.paper')}
        </Text>
        <SegmentedControl
          value={paper ?? ''}
          onChange={(v) => setPaper(v as PaperSize)}
          data={[
            { value: '', label: t('tablesSection.print.paperAsSet') },
            ...paperSizes.map((p) => ({ value: p, label: t(`sessionsSection.print.papers.${p}`) })),
          ]}
          aria-label={t('tablesSection.print.paper')}
        />
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} disabled={!file.trim()} onClick={() => void write()}>
          {t('tablesSection.print.save')}
        </Button>
      </Group>
    </Stack>
  )
}
