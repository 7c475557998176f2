import { Button, Menu } from '@mantine/core'
import { IconChevronDown, IconFileExport, IconFileImport } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuotaTable } from '../../../../shared/quotas.ts'
import { call } from '../../api.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { downloadCsv } from '../../download.ts'

type Format = 'panelot' | 'sortition-foundation'
const formats: Format[] = ['sortition-foundation', 'panelot']

type Props = { locked: boolean; beforeImport: () => Promise<void>; onImported: (table: QuotaTable) => void }

/** Quotas to and from CSV files in the Sortition Foundation and Panelot formats. */
export function QuotaFiles({ locked, beforeImport, onImported }: Props) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  async function importFile(file: File) {
    setBusy(true)
    try {
      await beforeImport()
      onImported(await call('quotas:import', { text: await file.text() }))
      notify({ kind: 'success', message: t('quotas.files.imported', { file: file.name }) })
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  async function exportFile(format: Format) {
    try {
      downloadCsv(await call('quotas:export', { format }), t(`quotas.files.fileName.${format}`))
    } catch (error) {
      notifyError(error)
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv"
        hidden
        aria-label={t('quotas.files.importLabel')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          if (file) void importFile(file)
        }}
      />
      {!locked && (
        <Button
          variant="default"
          leftSection={<IconFileImport size={18} />}
          loading={busy}
          onClick={() => input.current?.click()}
        >
          {t('quotas.files.import')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconFileExport size={18} />}
            rightSection={<IconChevronDown size={16} />}
          >
            {t('quotas.files.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {formats.map((format) => (
            <Menu.Item key={format} onClick={() => void exportFile(format)}>
              {t(`quotas.files.formats.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </>
  )
}
