import { Button, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contactOutcomes, type ContactAttempt, type ContactOutcome } from '../../../../shared/contacts.ts'
import { contactChannels, type ContactChannel } from '../../../../shared/people.ts'
import { call } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { localDay } from './local-day.ts'

type Props = {
  externalId: string
  by: string
  /** The member's preferred channel and staff contact, offered first. */
  channel: ContactChannel | null
  staffContact: string
  onChanged: () => void
}

type Draft = {
  date: string
  channel: ContactChannel
  outcome: ContactOutcome
  note: string
  nextAction: string
  nextDate: string
  staff: string
}

/** A member's contact attempts, newest first, and the form that records the next one. */
export function ContactLog({ externalId, by, channel, staffContact, onChanged }: Props) {
  const { t } = useTranslation()
  const [attempts, setAttempts] = useState<ContactAttempt[] | null>(null)
  const fresh = (): Draft => ({
    date: localDay(),
    channel: channel ?? 'phone',
    outcome: 'reached',
    note: '',
    nextAction: '',
    nextDate: '',
    staff: staffContact || by,
  })
  const [draft, setDraft] = useState<Draft>(fresh)

  useEffect(() => {
    call('contacts:list', { externalId }).then(setAttempts, notifyError)
  }, [externalId])

  async function add() {
    try {
      const list = await call('contacts:add', {
        externalId,
        ...draft,
        nextDate: draft.nextDate === '' ? null : draft.nextDate,
        by,
      })
      setAttempts(list)
      setDraft(fresh())
      notify({ kind: 'success', message: t('peopleContact.log.added') })
      onChanged()
    } catch (error) {
      notifyError(error)
    }
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value })
  return (
    <Stack gap="xs">
      <Title order={3}>{t('peopleContact.log.title')}</Title>
      {attempts && attempts.length === 0 && <Text c="dimmed">{t('peopleContact.log.none')}</Text>}
      {attempts && attempts.length > 0 && (
        <List spacing={4} aria-label={t('peopleContact.log.label')} data-testid="contact-log">
          {attempts.map((a) => (
            <List.Item key={a.id}>
              <Text span fw={600}>
                {a.date} · {t(`peopleSection.channels.${a.channel}`)} ·{' '}
                {t(`peopleContact.outcomes.${a.outcome}`)}
              </Text>
              {a.staff && ` · ${a.staff}`}
              {a.note && ` — ${a.note}`}
              {a.nextDate && (
                <Text span c="blue.8" ml="xs">
                  {t('peopleContact.log.next', { action: a.nextAction || '…', date: a.nextDate })}
                </Text>
              )}
              <Text span size="xs" c="dimmed" ml="xs">
                {t('peopleContact.log.byAt', {
                  by: a.by || t('peopleSection.record.unnamed'),
                  at: formatDateTime(a.at),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void add()
        }}
      >
        <Stack gap="xs">
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('peopleContact.log.date')}
              value={draft.date}
              onChange={(e) => set('date', e.currentTarget.value)}
            />
            <NativeSelect
              label={t('peopleContact.log.channel')}
              value={draft.channel}
              data={contactChannels.map((c) => ({ value: c, label: t(`peopleSection.channels.${c}`) }))}
              onChange={(e) =>
                set('channel', contactChannels.find((c) => c === e.currentTarget.value) ?? 'phone')
              }
            />
            <NativeSelect
              label={t('peopleContact.log.outcome')}
              value={draft.outcome}
              data={contactOutcomes.map((o) => ({ value: o, label: t(`peopleContact.outcomes.${o}`) }))}
              onChange={(e) =>
                set('outcome', contactOutcomes.find((o) => o === e.currentTarget.value) ?? 'reached')
              }
            />
            <TextInput
              label={t('peopleContact.log.staff')}
              value={draft.staff}
              onChange={(e) => set('staff', e.currentTarget.value)}
            />
          </Group>
          <TextInput
            label={t('peopleContact.log.note')}
            value={draft.note}
            onChange={(e) => set('note', e.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('peopleContact.log.nextAction')}
              value={draft.nextAction}
              onChange={(e) => set('nextAction', e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('peopleContact.log.nextDate')}
              value={draft.nextDate}
              onChange={(e) => set('nextDate', e.currentTarget.value)}
            />
          </Group>
          <Group>
            <Button type="submit" variant="light">
              {t('peopleContact.log.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
