import { Button, Group, NativeSelect } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceGrid } from '../../../../shared/people.ts'
import { call } from '../../api.ts'
import { SavePdfModal } from './SavePdfModal.tsx'

type Props = { sessions: AttendanceGrid['sessions']; assemblyName: string }

/** Chooses a session and prints its sign-in sheet (name, table, signature, times, payment). */
export function SignInSheetButton({ sessions, assemblyName }: Props) {
  const { t } = useTranslation()
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? null)
  const [printing, setPrinting] = useState(false)
  const session = sessions.find((s) => s.id === sessionId)
  if (!session) return null
  return (
    <Group align="flex-end" mb="md">
      <NativeSelect
        label={t('peopleContact.signIn.session')}
        value={String(session.id)}
        data={sessions.map((s) => ({ value: String(s.id), label: `${s.date} · ${s.title}` }))}
        onChange={(e) => setSessionId(Number(e.currentTarget.value))}
      />
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setPrinting(true)}>
        {t('peopleContact.signIn.print')}
      </Button>
      <SavePdfModal
        opened={printing}
        title={t('peopleContact.signIn.printTitle')}
        name={t('peopleContact.signIn.file', {
          title: session.title,
          date: session.date,
          name: assemblyName,
        })}
        write={(file) => call('signIn:pdf', { sessionId: session.id, file })}
        onClose={() => setPrinting(false)}
      />
    </Group>
  )
}
