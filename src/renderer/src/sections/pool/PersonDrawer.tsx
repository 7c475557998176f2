import {
  Alert,
  Anchor,
  Badge,
  Divider,
  Drawer,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconHome } from '@tabler/icons-react'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonDetail } from '../../../../shared/pool.ts'
import { call } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { errorMessage } from '../../i18n/errors.ts'

type Props = { personId: number | null; onClose: () => void; onOpen: (id: number) => void }

/** One respondent: contact details, category values, notes from the file, and others at the same address. */
export function PersonDrawer({ personId, onClose, onOpen }: Props) {
  const { t } = useTranslation()
  const [loaded, setLoaded] = useState<{ id: number; person?: PersonDetail; error?: string } | null>(null)

  useEffect(() => {
    if (personId === null) return
    let live = true
    call('pool:person', { id: personId }).then(
      (person) => {
        if (live) setLoaded({ id: personId, person })
      },
      (failure: unknown) => {
        if (live) setLoaded({ id: personId, error: errorMessage(failure) })
      },
    )
    return () => {
      live = false
    }
  }, [personId])

  const current = loaded?.id === personId ? loaded : null
  const person = current?.person ?? null
  const error = current?.error ?? null
  const name = person ? `${person.firstName} ${person.lastName}`.trim() || person.externalId : ''
  return (
    <Drawer
      opened={personId !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={person ? name : t('pool.person.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {error && <Alert color="red">{error}</Alert>}
      {!person && !error && <Loader />}
      {person && (
        <Stack gap="lg">
          <Fields
            rows={[
              [t('pool.person.id'), <span className="mono">{person.externalId}</span>],
              [t('pool.person.email'), person.email],
              [t('pool.person.phone'), person.phone],
              [t('pool.person.phone2'), person.phone2],
              [t('pool.person.address'), person.address],
              [t('pool.person.postcode'), person.postcode],
              [t('pool.person.consent'), person.consent],
            ]}
          />
          <Section title={t('pool.person.categories')}>
            {Object.keys(person.values).length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('pool.person.noCategories')}
              </Text>
            ) : (
              <Fields rows={Object.entries(person.values).map(([k, v]) => [k, v])} />
            )}
          </Section>
          {Object.keys(person.notes).length > 0 && (
            <Section title={t('pool.person.notes')}>
              <Fields rows={Object.entries(person.notes).map(([k, v]) => [k, v])} />
            </Section>
          )}
          <Section title={t('pool.person.household')}>
            {person.householdMembers.length === 0 ? (
              <Text size="sm" c="dimmed">
                {person.address || person.postcode
                  ? t('pool.person.aloneAtAddress')
                  : t('pool.person.noAddress')}
              </Text>
            ) : (
              <Stack gap={6}>
                <Badge variant="light" color="orange" tt="none" leftSection={<IconHome size={12} />}>
                  {t('pool.person.sharedWith', { count: person.householdMembers.length })}
                </Badge>
                {person.householdMembers.map((member) => (
                  <Group key={member.id} gap={6}>
                    <Anchor component="button" size="sm" onClick={() => onOpen(member.id)}>
                      {member.name || member.externalId}
                    </Anchor>
                    <Text size="xs" c="dimmed" className="mono">
                      {member.externalId}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Section>
          <Divider />
          <Text size="xs" c="dimmed">
            {t('pool.person.added', { when: formatDateTime(person.createdAt) })}
            {person.updatedAt !== person.createdAt &&
              ` · ${t('pool.person.updated', { when: formatDateTime(person.updatedAt) })}`}
          </Text>
        </Stack>
      )}
    </Drawer>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h6" c="dark.5" tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {title}
      </Title>
      {children}
    </Stack>
  )
}

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="38%" fw={500} c="dimmed" fz="sm" style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Th>
            <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {value === '' ? (
                <Text span c="dimmed" size="sm">
                  —
                </Text>
              ) : (
                value
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
