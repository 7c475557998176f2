import { Alert, Button, Group, Loader, Modal, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconCalendarPlus, IconPlus, IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../shared/contract.ts'
import type { ReportKind, SessionInput } from '../../../shared/sessions.ts'
import { call } from '../api.ts'
import { notifyError } from '../state/notify-error.ts'
import { ChecksPanel } from './sessions/ChecksPanel.tsx'
import { PhaseTotalsBar } from './sessions/PhaseTotalsBar.tsx'
import { PrintModal } from './sessions/PrintModal.tsx'
import { QuestionLog } from './sessions/QuestionLog.tsx'
import { SessionEditor } from './sessions/SessionEditor.tsx'
import { SessionForm } from './sessions/SessionForm.tsx'
import { SessionList } from './sessions/SessionList.tsx'
import { SpeakersRegister } from './sessions/SpeakersRegister.tsx'
import { TemplateModal } from './sessions/TemplateModal.tsx'
import { useSessionsOverview } from './sessions/use-sessions.ts'

const newSession = (date: string): SessionInput => ({
  title: '',
  date,
  start: 9 * 60 + 30,
  end: 17 * 60,
  venue: '',
  mode: 'in-person',
  phases: ['learning'],
  notes: '',
})

/** Sessions: the meeting days and their agendas, the speakers' register, members' questions, the printed agenda and run-of-show. */
export function SessionsSection({ summary }: { summary: ProjectSummary }) {
  const { t } = useTranslation()
  const { data, error, reload } = useSessionsOverview()
  const [openId, setOpenId] = useState<number | null>(null)
  const [templateOpen, setTemplateOpen] = useState(false)
  const [creating, setCreating] = useState(false)
  const [printing, setPrinting] = useState<ReportKind | null>(null)

  if (error) return <Alert color="red">{error}</Alert>
  if (!data) return <Loader />

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} maw={700}>
          <Title order={2}>{t('sessionsSection.title')}</Title>
          <Text c="dimmed">{t('sessionsSection.intro')}</Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => setPrinting('agenda')}
          >
            {t('sessionsSection.print.agenda')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => setPrinting('run-of-show')}
          >
            {t('sessionsSection.print.runOfShow')}
          </Button>
        </Group>
      </Group>
      <Tabs defaultValue="sessions" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sessions">{t('sessionsSection.tabs.sessions')}</Tabs.Tab>
          <Tabs.Tab value="speakers">{t('sessionsSection.tabs.speakers')}</Tabs.Tab>
          <Tabs.Tab value="questions">{t('sessionsSection.tabs.questions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sessions" pt="md">
          {openId !== null ? (
            <SessionEditor
              sessionId={openId}
              overview={data}
              onBack={() => setOpenId(null)}
              onChanged={reload}
            />
          ) : (
            <Stack gap="md">
              <Group>
                <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setTemplateOpen(true)}>
                  {t('sessionsSection.fromTemplate')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setCreating(true)}
                >
                  {t('sessionsSection.newSession')}
                </Button>
              </Group>
              {data.sessions.length > 0 && <PhaseTotalsBar totals={data.totals} onChange={reload} />}
              {data.sessions.length > 0 && <ChecksPanel checks={data.checks} />}
              <SessionList sessions={data.sessions} onOpen={setOpenId} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="speakers" pt="md">
          <SpeakersRegister onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="questions" pt="md">
          <QuestionLog overview={data} />
        </Tabs.Panel>
      </Tabs>
      <TemplateModal opened={templateOpen} onClose={() => setTemplateOpen(false)} onCreated={reload} />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('sessionsSection.newSession')}
        size="lg"
        centered
      >
        {creating && (
          <SessionForm
            initial={newSession(new Date().toISOString().slice(0, 10))}
            venues={data.venues}
            onCancel={() => setCreating(false)}
            onSubmit={async (input) => {
              try {
                const made = await call('sessions:create', input)
                setCreating(false)
                reload()
                setOpenId(made.id)
              } catch (e) {
                notifyError(e)
              }
            }}
          />
        )}
      </Modal>
      <PrintModal
        kind={printing}
        assemblyName={summary.name}
        paperSize={data.paperSize}
        onClose={() => setPrinting(null)}
        onPaperSize={reload}
      />
    </Stack>
  )
}
