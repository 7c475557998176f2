import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconPin } from '@tabler/icons-react'
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionSeating, TablesView } from '../../../../shared/tables.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notify } from '../../state/notifications.ts'
import { planFigures, sessionShares, tableMix, valuesLookup, withMove } from './seating-math.ts'
import { SeatingScores } from './SeatingScores.tsx'
import classes from './SeatingBoard.module.css'

type Props = {
  view: TablesView
  session: SessionSeating
  sessions: SessionSeating[]
  onSession: (id: number) => void
  onChanged: (view: TablesView) => void
}

/** Who is being moved (by the mouse or the keyboard) and over which table (from 0). */
type Carry = { member: string; from: number; target: number; keyboard: boolean }

/**
 * One planned session: its tables with members and each table's mix against the session's, the
 * scores in words, a member moved by drag and drop or by keyboard (the scores follow the drag
 * before anything is saved), and "Re-seat the absent" after check-in.
 */
export function SeatingBoard({ view, session, sessions, onSession, onChanged }: Props) {
  const { t } = useTranslation()
  const tables = session.tables ?? []
  const [carry, setCarry] = useState<Carry | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const refocus = useRef<string | null>(null)
  const board = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const id = refocus.current
    if (!id) return
    refocus.current = null
    board.current?.querySelector<HTMLElement>(`[data-member="${CSS.escape(id)}"]`)?.focus()
  }, [session])

  const member = new Map(view.members.map((m) => [m.id, m]))
  const valuesOf = valuesLookup(view.members)
  const absent = new Set(session.absent)
  const pinned = new Map(session.pins.map((p) => [p.member, p.table]))
  const seated = new Set(tables.flat())
  const absentSeated = tables.flat().filter((id) => absent.has(id))
  const unseated = view.members.filter((m) => !absent.has(m.id) && !seated.has(m.id))
  const figures = planFigures(view, session.id, tables)
  const moving = carry && carry.target !== carry.from ? carry : null
  const preview = moving
    ? planFigures(view, session.id, withMove(tables, moving.member, moving.target))
    : null
  const nameOf = (id: string) => member.get(id)?.name ?? id

  async function act(work: () => Promise<void>) {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  function move(id: string, to: number) {
    refocus.current = id
    void act(async () => {
      onChanged(await call('tables:move', { sessionId: session.id, member: id, table: to + 1 }))
    })
  }

  function reseat() {
    void act(async () => {
      const { moved, view: next } = await call('tables:reseat', { sessionId: session.id })
      onChanged(next)
      notify({
        kind: 'success',
        message:
          moved.length === 0
            ? t('tablesSection.reseat.noneMoved')
            : t('tablesSection.reseat.moved', { count: moved.length, names: moved.map(nameOf).join(', ') }),
      })
    })
  }

  function onKey(e: KeyboardEvent, id: string, from: number) {
    const count = tables.length
    if (!carry || carry.member !== id) {
      if (e.key === ' ' || e.key === 'Enter') {
        e.preventDefault()
        setCarry({ member: id, from, target: from, keyboard: true })
      }
      return
    }
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault()
      setCarry({ ...carry, target: (carry.target + 1) % count })
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault()
      setCarry({ ...carry, target: (carry.target - 1 + count) % count })
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault()
      setCarry(null)
      if (carry.target !== carry.from) move(id, carry.target)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      setCarry(null)
    }
  }

  function onDrop(e: DragEvent, to: number) {
    e.preventDefault()
    const id = e.dataTransfer.getData('text/plain') || carry?.member
    const from = carry?.from
    setCarry(null)
    if (id && from !== undefined && from !== to) move(id, to)
  }

  const fields = view.settings.diversify
  const label = (field: string) => (field === 'language' ? t('tablesSection.settings.languageField') : field)

  return (
    <Stack gap="md" ref={board}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={4}>{t('tablesSection.board.title')}</Title>
        <Select
          label={t('tablesSection.board.session')}
          data={sessions.map((s) => ({ value: String(s.id), label: `${s.date} · ${s.title}` }))}
          value={String(session.id)}
          onChange={(v) => v && onSession(Number(v))}
          allowDeselect={false}
          w={340}
        />
      </Group>
      <SeatingScores figures={figures} preview={preview} sessions={sessions.length} />
      {(absentSeated.length > 0 || unseated.length > 0) && (
        <Alert color="yellow" title={t('tablesSection.reseat.title')} data-testid="tables-absent">
          <Stack gap="xs">
            {absentSeated.length > 0 && (
              <Text size="sm">
                {t('tablesSection.reseat.absent', {
                  count: absentSeated.length,
                  names: absentSeated.map(nameOf).join(', '),
                })}
              </Text>
            )}
            {unseated.length > 0 && (
              <Text size="sm">
                {t('tablesSection.reseat.unseated', {
                  count: unseated.length,
                  names: unseated.map((m) => m.name).join(', '),
                })}
              </Text>
            )}
            <Group>
              <Button onClick={reseat} loading={busy}>
                {t('tablesSection.reseat.run')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {error && (
        <Alert color="red" data-testid="tables-error" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('tablesSection.board.mix')}{' '}
        {fields.map((field, f) => (
          <span key={field}>
            <strong>{label(field)}</strong>{' '}
            {sessionShares(tables, f, valuesOf)
              .map((s) => `${s.value || t('tablesSection.board.unknown')} ${Math.round(100 * s.share)}%`)
              .join(' · ')}
            {f < fields.length - 1 ? ' — ' : ''}
          </span>
        ))}
      </Text>
      <Text size="xs" c="dimmed">
        {t('tablesSection.board.howToMove')}
      </Text>
      <div aria-live="polite" className={classes.live}>
        {carry?.keyboard
          ? t('tablesSection.board.carrying', {
              name: nameOf(carry.member),
              table: carry.target + 1,
            })
          : ''}
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} spacing="md">
        {tables.map((ids, t0) => {
          const mixes = fields.map((_, f) => tableMix(tables, t0, f, valuesOf))
          const off = mixes.reduce(
            (sum, mix) => sum + mix.reduce((s, v) => s + Math.abs(v.count - v.expected), 0),
            0,
          )
          const isTarget = carry !== null && carry.target === t0 && carry.from !== t0
          return (
            <Card
              key={t0}
              withBorder
              padding="sm"
              className={isTarget ? classes.target : undefined}
              data-table={t0 + 1}
              aria-label={t('tablesSection.board.table', { number: t0 + 1 })}
              role="group"
              onDragOver={(e) => {
                e.preventDefault()
                e.dataTransfer.dropEffect = 'move'
                if (carry && carry.target !== t0) setCarry({ ...carry, target: t0 })
              }}
              onDrop={(e) => onDrop(e, t0)}
            >
              <Group justify="space-between" mb={6}>
                <Text fw={700}>{t('tablesSection.board.table', { number: t0 + 1 })}</Text>
                <Text size="xs" c="dimmed">
                  {t('tablesSection.board.size', { count: ids.length })} ·{' '}
                  {t('tablesSection.board.off', { value: off.toFixed(1) })}
                </Text>
              </Group>
              <Group gap={6} mb={8}>
                {ids.map((id) => {
                  const m = member.get(id)
                  const isAbsent = absent.has(id)
                  return (
                    <button
                      key={id}
                      type="button"
                      draggable
                      data-member={id}
                      className={`${classes.chip} ${carry?.member === id ? classes.carried : ''} ${isAbsent ? classes.absent : ''}`}
                      aria-label={t('tablesSection.board.memberLabel', {
                        name: nameOf(id),
                        table: t0 + 1,
                      })}
                      aria-pressed={carry?.member === id}
                      onDragStart={(e) => {
                        e.dataTransfer.setData('text/plain', id)
                        e.dataTransfer.effectAllowed = 'move'
                        // Changing the dragged element while dragstart runs would end the drag in Chromium.
                        setTimeout(() => setCarry({ member: id, from: t0, target: t0, keyboard: false }), 0)
                      }}
                      onDragEnd={() => setCarry(null)}
                      onKeyDown={(e) => onKey(e, id, t0)}
                      onBlur={() => {
                        if (carry?.keyboard && carry.member === id) setCarry(null)
                      }}
                    >
                      {pinned.has(id) && <IconPin size={12} aria-label={t('tablesSection.board.pinned')} />}
                      {nameOf(id)}
                      {m?.cluster && (
                        <Badge size="xs" variant="light" ml={4}>
                          {m.cluster}
                        </Badge>
                      )}
                      {isAbsent && (
                        <Badge size="xs" color="red" variant="light" ml={4}>
                          {t('tablesSection.board.absent')}
                        </Badge>
                      )}
                    </button>
                  )
                })}
              </Group>
              <Stack gap={2}>
                {fields.map((field, f) => (
                  <Text size="xs" key={field}>
                    <strong>{label(field)}</strong>{' '}
                    {(mixes[f] ?? [])
                      .map((v) => ({ ...v, far: Math.abs(v.count - v.expected) >= 1 }))
                      .map((v, k) => (
                        <span
                          key={v.value}
                          className={v.far ? classes.far : undefined}
                          title={t('tablesSection.board.expected', { value: v.expected.toFixed(1) })}
                        >
                          {k > 0 ? ' · ' : ''}
                          {v.value || t('tablesSection.board.unknown')} {v.count}
                        </span>
                      ))}
                  </Text>
                ))}
              </Stack>
            </Card>
          )
        })}
      </SimpleGrid>
    </Stack>
  )
}
