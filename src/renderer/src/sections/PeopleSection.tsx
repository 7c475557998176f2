import { Alert, Group, Loader, Modal, Stack, Tabs, Text, TextInput, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceGrid, MemberSummary } from '../../../shared/people.ts'
import { call } from '../api.ts'
import { errorMessage } from '../i18n/errors.ts'
import { AttendanceTable } from './people/AttendanceTable.tsx'
import { CheckInScreen } from './people/CheckInScreen.tsx'
import { MemberList } from './people/MemberList.tsx'
import { MemberRecord } from './people/MemberRecord.tsx'
import { useRecordedBy } from './people/use-recorded-by.ts'
import { ToCallTab } from './people/ToCallTab.tsx'
import { ConfirmationsTab } from './people/ConfirmationsTab.tsx'
import { SignInSheetButton } from './people/SignInSheetButton.tsx'
import { TablesTab } from './tables/TablesTab.tsx'

/** People: the panel's members, their records and status with history, attendance, and check-in at the door. */
type Props = { assemblyName: string; onReplacementDraw: () => void }

export function PeopleSection({ assemblyName, onReplacementDraw }: Props) {
  const { t } = useTranslation()
  const [members, setMembers] = useState<MemberSummary[] | null>(null)
  const [grid, setGrid] = useState<AttendanceGrid | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const [by, setBy] = useRecordedBy()
  const [version, setVersion] = useState(0)
  const reload = useCallback(() => {
    Promise.all([call('people:list', undefined), call('attendance:grid', undefined)]).then(
      ([list, g]) => {
        setMembers(list)
        setGrid(g)
        setError(null)
        setVersion((v) => v + 1)
      },
      (e: unknown) => setError(errorMessage(e)),
    )
  }, [])
  useEffect(reload, [reload])

  if (error) return <Alert color="red">{error}</Alert>
  if (!members || !grid) return <Loader />
  const opened = members.find((m) => m.externalId === open)

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} maw={700}>
          <Title order={2}>{t('peopleSection.title')}</Title>
          <Text c="dimmed">{t('peopleSection.intro')}</Text>
        </Stack>
        <TextInput
          label={t('peopleSection.recordedBy')}
          description={t('peopleSection.recordedByHint')}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value)}
        />
      </Group>
      {members.length === 0 ? (
        <Alert color="gray">{t('peopleSection.empty')}</Alert>
      ) : (
        <Tabs defaultValue="members" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="members">{t('peopleSection.tabs.members')}</Tabs.Tab>
            <Tabs.Tab value="attendance">{t('peopleSection.tabs.attendance')}</Tabs.Tab>
            <Tabs.Tab value="check-in">{t('peopleSection.tabs.checkIn')}</Tabs.Tab>
            <Tabs.Tab value="to-call">{t('peopleContact.tabs.toCall')}</Tabs.Tab>
            <Tabs.Tab value="confirmations">{t('peopleContact.tabs.confirmations')}</Tabs.Tab>
            <Tabs.Tab value="tables">{t('tablesSection.tab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="members" pt="md">
            <MemberList members={members} onOpen={setOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="attendance" pt="md">
            <SignInSheetButton sessions={grid.sessions} assemblyName={assemblyName} />
            <AttendanceTable grid={grid} by={by} onChanged={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="check-in" pt="md">
            <CheckInScreen grid={grid} by={by} onChanged={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="to-call" pt="md">
            <ToCallTab assemblyName={assemblyName} onOpen={setOpen} version={version} />
          </Tabs.Panel>
          <Tabs.Panel value="confirmations" pt="md">
            <ConfirmationsTab version={version} onReplacementDraw={onReplacementDraw} />
          </Tabs.Panel>
          <Tabs.Panel value="tables" pt="md">
            <TablesTab />
          </Tabs.Panel>
        </Tabs>
      )}
      <Modal
        opened={opened !== undefined}
        onClose={() => setOpen(null)}
        size="xl"
        title={
          opened
            ? t('peopleSection.record.title', {
                name: `${opened.firstName} ${opened.lastName}`.trim() || opened.externalId,
                id: opened.externalId,
              })
            : ''
        }
      >
        {open !== null && <MemberRecord externalId={open} by={by} onChanged={reload} />}
      </Modal>
    </Stack>
  )
}
