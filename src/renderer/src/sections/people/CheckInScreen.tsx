import { Alert, Badge, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { indexForSearch, searchPeople } from '../../../../shared/check-in-search.ts'
import type { AttendanceGrid, CheckInResult } from '../../../../shared/people.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { clock } from '../sessions/clock.ts'

type Props = { grid: AttendanceGrid; by: string; onChanged: () => void }

/** The door: three letters, Enter, done. Works from the keyboard alone. */
export function CheckInScreen({ grid, by, onChanged }: Props) {
  const { t } = useTranslation()
  const [sessionId, setSessionId] = useState<number | null>(grid.sessions[0]?.id ?? null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [done, setDone] = useState<CheckInResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const index = useMemo(() => indexForSearch(grid.members), [grid.members])
  const found = useMemo(() => searchPeople(index, query), [index, query])
  // Ready to type as soon as the screen opens (after the tab that opened it has taken the focus).
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [sessionId])

  if (sessionId === null) return <Alert color="gray">{t('peopleSection.checkIn.noSessions')}</Alert>
  // Those who can come: confirmed, or already there at a session.
  const expected = grid.members.filter((m) => m.status === 'confirmed' || m.status === 'attended').length
  const here = grid.members.filter((m) => {
    const state = m.marks[sessionId]?.state
    return state !== undefined && state !== 'absent'
  }).length

  async function checkIn(externalId: string) {
    if (sessionId === null) return
    const now = new Date()
    try {
      const result = await call('attendance:checkIn', {
        externalId,
        sessionId,
        at: now.getHours() * 60 + now.getMinutes(),
        by,
      })
      setDone(result)
      setError(null)
      setQuery('')
      setActive(0)
      onChanged()
    } catch (e) {
      setDone(null)
      setError(errorMessage(e))
    }
    input.current?.focus()
  }

  return (
    <Stack gap="md" maw={720}>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('peopleSection.checkIn.session')}
          value={String(sessionId)}
          data={grid.sessions.map((s) => ({ value: String(s.id), label: `${s.date} · ${s.title}` }))}
          onChange={(e) => setSessionId(Number(e.currentTarget.value))}
        />
        <Text data-testid="check-in-count" fw={600}>
          {t('peopleSection.checkIn.count', { count: here, total: expected })}
        </Text>
      </Group>
      <TextInput
        ref={input}
        size="lg"
        label={t('peopleSection.checkIn.search')}
        description={t('peopleSection.checkIn.hint')}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, Math.max(found.length - 1, 0)))
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0))
          else if (e.key === 'Escape') setQuery('')
          else if (e.key === 'Enter') {
            const person = found[active]
            if (person) void checkIn(person.externalId)
            else if (query.trim() !== '') setError(t('peopleSection.checkIn.nobody', { query: query.trim() }))
            return
          } else return
          e.preventDefault()
        }}
      />
      {query.trim() !== '' && (
        <Stack
          gap={4}
          role="listbox"
          aria-label={t('peopleSection.checkIn.results')}
          data-testid="check-in-results"
        >
          {found.length === 0 && (
            <Text c="dimmed">{t('peopleSection.checkIn.nobody', { query: query.trim() })}</Text>
          )}
          {found.map((m, i) => {
            const mark = m.marks[sessionId]
            return (
              <Group
                key={m.externalId}
                role="option"
                aria-selected={i === active}
                p="xs"
                style={{
                  borderRadius: 6,
                  background: i === active ? 'var(--mantine-color-blue-light)' : undefined,
                }}
                onClick={() => void checkIn(m.externalId)}
              >
                <Text fw={600}>{m.badgeName}</Text>
                <Text c="dimmed" size="sm">
                  {m.firstName} {m.lastName} · {m.externalId}
                </Text>
                {mark && mark.state !== 'absent' && (
                  <Badge color="gray">{t('peopleSection.checkIn.already')}</Badge>
                )}
              </Group>
            )
          })}
        </Stack>
      )}
      {error && (
        <Alert color="red" data-testid="check-in-error">
          {error}
        </Alert>
      )}
      {done && !error && (
        <Card withBorder radius="md" padding="lg" data-testid="check-in-done" aria-live="polite">
          <Text size="sm" c="dimmed">
            {t('peopleSection.checkIn.checkedIn', { name: done.badgeName })}
          </Text>
          <Title order={2}>{done.badgeName}</Title>
          <Text c={done.state === 'late' ? 'orange.8' : 'teal.8'} fw={600}>
            {done.state === 'late'
              ? t('peopleSection.checkIn.lateAt', { time: clock(done.arrived) })
              : t('peopleSection.checkIn.onTime', { time: clock(done.arrived) })}
          </Text>
        </Card>
      )}
    </Stack>
  )
}
