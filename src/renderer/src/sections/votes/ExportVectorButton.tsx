import { Button } from '@mantine/core'
import { IconFileExport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'
import { flushPendingSaves } from '../../state/pending-saves.ts'
import { downloadJson, fileSlug } from '../../download.ts'

/** The ballot and its current count as a vote-vector/1 file, to check the count in another tool. */
export function ExportVectorButton({ ballot }: { ballot: BallotView }) {
  const { t } = useTranslation()
  async function exportVector() {
    try {
      await flushPendingSaves()
      const text = await call('ballots:exportVector', { id: ballot.id })
      downloadJson(text, `${fileSlug(ballot.spec.title)}.vote-vector.json`)
    } catch (error) {
      notifyError(error)
    }
  }
  return (
    <Button variant="default" leftSection={<IconFileExport size={18} />} onClick={() => void exportVector()}>
      {t('votes.vector.export')}
    </Button>
  )
}
