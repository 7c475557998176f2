import { ActionIcon, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SpeakerInput, SpeakerView } from '../../../../shared/sessions.ts'
import { call } from '../../api.ts'
import { formatDate } from '../../format.ts'
import { notifyError } from '../../state/notify-error.ts'
import { clock } from './clock.ts'
import { SpeakerForm } from './SpeakerForm.tsx'

const blank: SpeakerInput = {
  name: '',
  organisation: '',
  role: 'expert',
  declaration: '',
  briefingSentOn: null,
  slidesReceived: false,
  publishConsent: false,
  fee: 0,
  expenses: 0,
  notes: '',
}

function inputOf({ id: _id, appearances: _a, ...input }: SpeakerView): SpeakerInput {
  return input
}

/** The speakers' register: a card per speaker with their declaration, follow-up and the sessions they speak in. */
export function SpeakersRegister({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation()
  const [speakers, setSpeakers] = useState<SpeakerView[] | null>(null)
  const [editing, setEditing] = useState<SpeakerView | 'new' | null>(null)
  const load = useCallback(() => {
    call('speakers:list', undefined).then(setSpeakers, notifyError)
  }, [])
  useEffect(load, [load])
  const changed = () => {
    load()
    onChanged()
  }

  return (
    <Stack gap="md">
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('sessionsSection.speakers.add')}
        </Button>
      </Group>
      {speakers?.length === 0 && <Text c="dimmed">{t('sessionsSection.speakers.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} aria-label={t('sessionsSection.speakers.label')}>
        {speakers?.map((s) => (
          <Card key={s.id} withBorder radius="md" padding="md" data-testid="speaker-card">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={0}>
                  <Text fw={650}>{s.name}</Text>
                  <Text size="sm" c="dimmed">
                    {s.organisation}
                  </Text>
                </Stack>
                <Group gap={2} wrap="nowrap">
                  <Badge variant="light" tt="none">
                    {t(`sessionsSection.speakers.roles.${s.role}`)}
                  </Badge>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('sessionsSection.speakers.edit', { name: s.name })}
                    onClick={() => setEditing(s)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('sessionsSection.speakers.delete', { name: s.name })}
                    onClick={() => {
                      call('speakers:delete', { id: s.id }).then(changed, notifyError)
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Group>
              {s.declaration && (
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {t('sessionsSection.speakers.declaration')}:{' '}
                  </Text>
                  {s.declaration}
                </Text>
              )}
              <Group gap="xs">
                <Badge variant="dot" color={s.briefingSentOn ? 'teal' : 'gray'} tt="none">
                  {s.briefingSentOn
                    ? `${t('sessionsSection.speakers.briefingSentOn')} ${formatDate(`${s.briefingSentOn}T12:00:00Z`)}`
                    : t('sessionsSection.speakers.noBriefing')}
                </Badge>
                <Badge variant="dot" color={s.slidesReceived ? 'teal' : 'gray'} tt="none">
                  {t('sessionsSection.speakers.slidesReceived')}:{' '}
                  {s.slidesReceived ? t('sessionsSection.speakers.yes') : t('sessionsSection.speakers.no')}
                </Badge>
                <Badge variant="dot" color={s.publishConsent ? 'teal' : 'gray'} tt="none">
                  {t('sessionsSection.speakers.publishConsent')}:{' '}
                  {s.publishConsent ? t('sessionsSection.speakers.yes') : t('sessionsSection.speakers.no')}
                </Badge>
              </Group>
              <Text size="sm" fw={600}>
                {t('sessionsSection.speakers.sessions')}
              </Text>
              {s.appearances.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('sessionsSection.speakers.nowhere')}
                </Text>
              ) : (
                s.appearances.map((a) => (
                  <Text size="sm" key={a.blockId}>
                    {formatDate(`${a.date}T12:00:00Z`)}, {clock(a.start)} — {a.sessionTitle}: {a.blockTitle}
                  </Text>
                ))
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new' ? t('sessionsSection.speakers.addTitle') : t('sessionsSection.speakers.editTitle')
        }
        size="lg"
        centered
      >
        {editing !== null && (
          <SpeakerForm
            initial={editing === 'new' ? blank : inputOf(editing)}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              try {
                if (editing === 'new') await call('speakers:create', input)
                else await call('speakers:update', { id: editing.id, ...input })
                setEditing(null)
                changed()
              } catch (e) {
                notifyError(e)
              }
            }}
          />
        )}
      </Modal>
    </Stack>
  )
}
