import { Badge, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core'
import { memo, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { formatDate } from '../../format.ts'
import { notifyError } from '../../state/notify-error.ts'

type SessionOption = { id: number; title: string; date: string }

type Props = {
  ballotId: number
  /** Confirmed panel members, offered when no session's attendance gives the number present. */
  members: number | null
  quorum: number | null
  count: CountView
  onCount: (count: CountView) => void
  disabled?: boolean | undefined
}

/**
 * Who may vote: the members present, from the attendance of the ballot's session (or one chosen),
 * or typed in by hand, which overrides attendance and says so; and the quorum.
 */
export const PresentPanel = memo(function PresentPanel({
  ballotId,
  members,
  quorum,
  count,
  onCount,
  disabled = false,
}: Props) {
  const { t } = useTranslation()
  const [value, setValue] = useState<number | string>(count.present ?? '')
  const [sessions, setSessions] = useState<SessionOption[]>([])
  const { typed, session } = count.presentFrom
  const fromAttendance = !typed && session !== null

  useEffect(() => {
    let live = true
    call('sessions:overview', null)
      .then((o) => live && setSessions(o.sessions.map((s) => ({ id: s.id, title: s.title, date: s.date }))))
      .catch(notifyError)
    return () => {
      live = false
    }
  }, [])
  // The number follows attendance: show it as the app computes it.
  useEffect(() => {
    if (fromAttendance) setValue(count.present ?? '')
  }, [fromAttendance, count.present])

  async function send(run: () => Promise<CountView>) {
    try {
      onCount(await run())
    } catch (error) {
      notifyError(error)
    }
  }
  const typeIn = (present: number | null) => void send(() => call('count:setPresent', { ballotId, present }))
  const follow = (sessionId: number | null) =>
    void send(() => call('count:presentFrom', { ballotId, sessionId }))

  const ownId = session && !session.chosen ? session.id : null
  const options = sessions.map((s) => ({
    value: String(s.id),
    label: t(s.id === ownId ? 'votes.present.sessionOwn' : 'votes.present.sessionOther', {
      title: s.title,
      date: formatDate(s.date),
    }),
  }))

  return (
    <Stack gap="xs" data-testid="present-panel">
      <Group align="flex-end" gap="xl" wrap="wrap">
        {sessions.length > 0 && (
          <Select
            label={t('votes.present.session')}
            data={options}
            value={session && !typed ? String(session.id) : null}
            placeholder={t('votes.present.sessionNone')}
            onChange={(v) => v !== null && follow(Number(v))}
            allowDeselect={false}
            w={340}
            disabled={disabled}
          />
        )}
        <NumberInput
          label={t('votes.present.label')}
          description={
            members !== null ? t('votes.present.members', { count: members }) : t('votes.present.hint')
          }
          value={value}
          onChange={(v) => {
            setValue(v)
            typeIn(typeof v === 'number' ? v : null)
          }}
          min={0}
          allowDecimal={false}
          w={260}
          disabled={disabled}
        />
        {quorum !== null && (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('votes.present.quorum', { quorum })}
            </Text>
            {count.quorumMet === null ? (
              <Badge color="gray" variant="light" tt="none" size="lg">
                {t('votes.present.quorumUnknown')}
              </Badge>
            ) : (
              <Badge
                color={count.quorumMet ? 'teal' : 'red'}
                variant="light"
                tt="none"
                size="lg"
                data-testid="quorum"
              >
                {count.quorumMet ? t('votes.present.quorumMet') : t('votes.present.quorumNotMet')}
              </Badge>
            )}
          </Stack>
        )}
      </Group>
      <Group gap="sm" data-testid="present-source">
        {fromAttendance && (
          <Text size="sm" c="dimmed">
            {t('votes.present.fromAttendance', { count: session.there, title: session.title })}
          </Text>
        )}
        {typed && (
          <>
            <Text size="sm" c="orange.8">
              {session
                ? t('votes.present.typed', { title: session.title, there: session.there })
                : t('votes.present.typedNoSession')}
            </Text>
            {session && !disabled && (
              <Button size="compact-sm" variant="light" onClick={() => typeIn(null)}>
                {t('votes.present.useAttendance')}
              </Button>
            )}
          </>
        )}
      </Group>
    </Stack>
  )
})
