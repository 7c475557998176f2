import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TablesView } from '../../../../shared/tables.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'

type Props = { view: TablesView; onChanged: (view: TablesView) => void }
type Kind = 'pin' | 'apart' | 'together'

/** Pins (a member fixed to a table), pairs kept apart (a safeguarding note) or together (a carer). */
export function TableRules({ view, onChanged }: Props) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<Kind>('pin')
  const [member, setMember] = useState<string | null>(null)
  const [other, setOther] = useState<string | null>(null)
  const [table, setTable] = useState<number>(1)
  const [session, setSession] = useState<string>('all')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const names = new Map(view.members.map((m) => [m.id, m.name]))
  const who = (id: string | null) => (id === null ? '' : `${names.get(id) ?? id} (${id})`)
  const people = view.members.map((m) => ({ value: m.id, label: who(m.id) }))
  const sessionTitle = (id: number | null) =>
    id === null
      ? t('tablesSection.rules.everySession')
      : (view.sessions.find((s) => s.id === id)?.title ?? '')

  async function run(act: () => Promise<TablesView>) {
    setBusy(true)
    setError(null)
    try {
      onChanged(await act())
      return true
    } catch (e) {
      setError(errorMessage(e))
      return false
    } finally {
      setBusy(false)
    }
  }

  async function add() {
    if (!member) return
    const done = await run(() =>
      call(
        'tables:addRule',
        kind === 'pin'
          ? { kind, member, table, sessionId: session === 'all' ? null : Number(session) }
          : { kind, member, other: other ?? '' },
      ),
    )
    if (done) {
      setMember(null)
      setOther(null)
    }
  }

  function describe(rule: TablesView['rules'][number]) {
    if (rule.kind === 'pin')
      return t('tablesSection.rules.pinned', {
        member: who(rule.member),
        table: rule.table ?? 0,
        session: sessionTitle(rule.sessionId),
      })
    return t(`tablesSection.rules.${rule.kind}`, { member: who(rule.member), other: who(rule.other) })
  }

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={4}>{t('tablesSection.rules.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('tablesSection.rules.intro')}
        </Text>
        {view.rules.length > 0 && (
          <Table aria-label={t('tablesSection.rules.title')} verticalSpacing={4}>
            <Table.Tbody>
              {view.rules.map((rule) => (
                <Table.Tr key={rule.id}>
                  <Table.Td>{describe(rule)}</Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('tablesSection.rules.remove', { rule: describe(rule) })}
                      onClick={() => void run(() => call('tables:removeRule', { id: rule.id }))}
                      disabled={busy}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('tablesSection.rules.kind')}
            data={(['pin', 'apart', 'together'] as const).map((k) => ({
              value: k,
              label: t(`tablesSection.rules.kinds.${k}`),
            }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
            w={220}
          />
          <Select
            label={t('tablesSection.rules.member')}
            data={people}
            value={member}
            onChange={setMember}
            searchable
            w={260}
          />
          {kind === 'pin' ? (
            <>
              <NumberInput
                label={t('tablesSection.rules.table')}
                min={1}
                value={table}
                onChange={(v) => setTable(typeof v === 'number' ? v : 1)}
                w={100}
              />
              <Select
                label={t('tablesSection.rules.session')}
                data={[
                  { value: 'all', label: t('tablesSection.rules.everySession') },
                  ...view.sessions.map((s) => ({ value: String(s.id), label: `${s.date} · ${s.title}` })),
                ]}
                value={session}
                onChange={(v) => setSession(v ?? 'all')}
                allowDeselect={false}
                w={260}
              />
            </>
          ) : (
            <Select
              label={t('tablesSection.rules.other')}
              data={people.filter((p) => p.value !== member)}
              value={other}
              onChange={setOther}
              searchable
              w={260}
            />
          )}
          <Button onClick={() => void add()} loading={busy} disabled={!member || (kind !== 'pin' && !other)}>
            {t('tablesSection.rules.add')}
          </Button>
        </Group>
        {error && <Alert color="red">{error}</Alert>}
      </Stack>
    </Card>
  )
}
