import { Button, FileButton } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = { recommendationId: number | null; onImported: (ballot: BallotView) => void }

/** A ballot from a vote-vector/1 file (e.g. counted in another tool), its ballots already entered. */
export function ImportVectorButton({ recommendationId, onImported }: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)

  async function importFile(file: File | null) {
    if (!file) return
    setBusy(true)
    try {
      const text = await file.text()
      const ballot = await call('ballots:importVector', { recommendationId, source: { text } })
      notify({ kind: 'success', message: t('votes.vector.imported', { title: ballot.spec.title }) })
      onImported(ballot)
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <FileButton onChange={(file) => void importFile(file)} accept=".json,application/json">
      {(props) => (
        <Button
          {...props}
          size="xs"
          variant="default"
          leftSection={<IconFileImport size={16} />}
          loading={busy}
        >
          {t('votes.vector.import')}
        </Button>
      )}
    </FileButton>
  )
}
