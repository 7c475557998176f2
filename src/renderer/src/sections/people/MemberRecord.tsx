import {
  Button,
  Divider,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  contactChannels,
  type ChosenStatus,
  type MemberDetail,
  type MemberRecordInput,
} from '../../../../shared/people.ts'
import { call } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { notifyError } from '../../state/notify-error.ts'
import { clock } from '../sessions/clock.ts'
import { ContactLog } from './ContactLog.tsx'

type Props = { externalId: string; by: string; onChanged: () => void }

/** One member: their record, the status buttons the status machine allows, the history and the comments. */
export function MemberRecord({ externalId, by, onChanged }: Props) {
  const { t } = useTranslation()
  const [detail, setDetail] = useState<MemberDetail | null>(null)
  const [record, setRecord] = useState<MemberRecordInput | null>(null)
  const [reason, setReason] = useState('')
  const [comment, setComment] = useState('')

  useEffect(() => {
    call('people:get', { externalId }).then((d) => {
      setDetail(d)
      setRecord(d.record)
    }, notifyError)
  }, [externalId])

  if (!detail || !record) return null
  const show = (d: MemberDetail) => {
    setDetail(d)
    setRecord(d.record)
    onChanged()
  }
  const field = (key: Exclude<keyof MemberRecordInput, 'channel'>, label: string) => (
    <TextInput
      label={label}
      value={record[key]}
      onChange={(e) => setRecord({ ...record, [key]: e.currentTarget.value })}
    />
  )

  async function move(status: ChosenStatus) {
    try {
      await call('panel:setStatus', { externalId, status, reason, by })
      setReason('')
      show(await call('people:get', { externalId }))
    } catch (e) {
      notifyError(e)
    }
  }

  return (
    <Stack gap="md">
      <Title order={3}>{t('peopleSection.record.details')}</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          call('people:saveRecord', { externalId, record }).then(show, notifyError)
        }}
      >
        <Stack gap="xs">
          {field('preferredName', t('peopleSection.record.preferredName'))}
          <Group grow>
            {field('email', t('peopleSection.record.email'))}
            {field('phone', t('peopleSection.record.phone'))}
          </Group>
          <Group grow>
            <NativeSelect
              label={t('peopleSection.record.channel')}
              value={record.channel ?? ''}
              data={[
                { value: '', label: t('peopleSection.record.noChannel') },
                ...contactChannels.map((c) => ({ value: c, label: t(`peopleSection.channels.${c}`) })),
              ]}
              onChange={(e) => {
                const value = contactChannels.find((c) => c === e.currentTarget.value)
                setRecord({ ...record, channel: value ?? null })
              }}
            />
            {field('language', t('peopleSection.record.language'))}
            {field('staffContact', t('peopleSection.record.staffContact'))}
          </Group>
          <Group>
            <Button type="submit">{t('peopleSection.record.save')}</Button>
          </Group>
        </Stack>
      </form>

      <Divider />
      <Title order={3}>
        {t('peopleSection.record.status')}: {t(`peopleSection.statuses.${detail.status}`)}
      </Title>
      {detail.next.length > 0 && (
        <Stack gap="xs">
          {detail.next.includes('withdrawn') && (
            <TextInput
              label={t('peopleSection.record.reasonWithdrawal')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          <Group gap="xs">
            {detail.next.map((s) => (
              <Button key={s} variant="light" onClick={() => void move(s)}>
                {t('peopleSection.record.moveTo', { status: t(`peopleSection.statuses.${s}`) })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <Text fw={600}>{t('peopleSection.record.history')}</Text>
      {detail.history.length === 0 ? (
        <Text c="dimmed">{t('peopleSection.record.noHistory')}</Text>
      ) : (
        <List spacing={4} data-testid="status-history">
          {detail.history.map((h, i) => (
            <List.Item key={i}>
              {t('peopleSection.record.change', {
                from: t(`peopleSection.statuses.${h.from}`),
                to: t(`peopleSection.statuses.${h.to}`),
              })}
              {h.reason && ` — ${h.reason}`}
              <Text span size="xs" c="dimmed" ml="xs">
                {t('peopleSection.record.byAt', {
                  by: h.by || t('peopleSection.record.unnamed'),
                  at: formatDateTime(h.at),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}

      <Text fw={600}>{t('peopleSection.record.attendance')}</Text>
      {detail.attendance.length === 0 ? (
        <Text c="dimmed">{t('peopleSection.record.noAttendance')}</Text>
      ) : (
        <List spacing={4}>
          {detail.attendance.map((a) => (
            <List.Item key={a.sessionId}>
              {t(`peopleSection.attendance.states.${a.state}`)}
              {a.arrived !== null && ` · ${clock(a.arrived)}`}
              {a.reason && ` — ${a.reason}`}
            </List.Item>
          ))}
        </List>
      )}

      <Divider />
      <ContactLog
        externalId={externalId}
        by={by}
        channel={detail.channel}
        staffContact={detail.staffContact}
        onChanged={onChanged}
      />
      <Divider />
      <Text fw={600}>{t('peopleSection.record.comments')}</Text>
      {detail.comments.length === 0 ? (
        <Text c="dimmed">{t('peopleSection.record.noComments')}</Text>
      ) : (
        <List spacing={4} data-testid="comments">
          {detail.comments.map((c) => (
            <List.Item key={c.id}>
              {c.text}
              <Text span size="xs" c="dimmed" ml="xs">
                {t('peopleSection.record.byAt', {
                  by: c.by || t('peopleSection.record.unnamed'),
                  at: formatDateTime(c.at),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault()
          call('people:comment', { externalId, text: comment, by }).then((d) => {
            setComment('')
            show(d)
          }, notifyError)
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('peopleSection.record.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" variant="default" disabled={comment.trim() === ''}>
              {t('peopleSection.record.addComment')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
