import { ActionIcon, Badge, Button, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { IconFileSpreadsheet, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  questionStatuses,
  type QuestionInput,
  type QuestionStatus,
  type QuestionView,
  type SessionsOverview,
} from '../../../../shared/sessions.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'
import { downloadWorkbook } from '../../download.ts'
import { QuestionForm } from './QuestionForm.tsx'

const blank: QuestionInput = {
  sessionId: null,
  table: '',
  text: '',
  assignee: null,
  answer: '',
  answeredOn: null,
  sharedOn: null,
}

const statusColour = { asked: 'orange', assigned: 'blue', answered: 'grape', shared: 'teal' } as const

function inputOf(q: QuestionView): QuestionInput {
  return {
    sessionId: q.sessionId,
    table: q.table,
    text: q.text,
    assignee: q.assignee,
    answer: q.answer,
    answeredOn: q.answeredOn,
    sharedOn: q.sharedOn,
  }
}

/** The members' question log: asked by a table → assigned → answered → shared; filter by status, export to Excel. */
export function QuestionLog({ overview }: { overview: SessionsOverview }) {
  const { t } = useTranslation()
  const [questions, setQuestions] = useState<QuestionView[] | null>(null)
  const [filter, setFilter] = useState<QuestionStatus | 'all'>('all')
  const [editing, setEditing] = useState<QuestionView | 'new' | null>(null)
  const load = useCallback(() => {
    call('questions:list', undefined).then(setQuestions, notifyError)
  }, [])
  useEffect(load, [load])
  const shown = (questions ?? []).filter((q) => filter === 'all' || q.status === filter)

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('sessionsSection.questions.add')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => {
              call('questions:exportXlsx', { status: filter === 'all' ? null : filter }).then(
                (base64) => downloadWorkbook(base64, t('sessionsSection.questions.exportFile')),
                notifyError,
              )
            }}
          >
            {t('sessionsSection.questions.export')}
          </Button>
        </Group>
        <SegmentedControl
          aria-label={t('sessionsSection.questions.filter')}
          value={filter}
          onChange={(v) => setFilter(v)}
          data={[
            { value: 'all', label: t('sessionsSection.questions.all') },
            ...questionStatuses.map((s) => ({
              value: s,
              label: t(`sessionsSection.questions.statuses.${s}`),
            })),
          ]}
        />
      </Group>
      {questions?.length === 0 ? (
        <Text c="dimmed">{t('sessionsSection.questions.empty')}</Text>
      ) : (
        <Table striped verticalSpacing="sm" aria-label={t('sessionsSection.questions.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('sessionsSection.questions.text')}</Table.Th>
              <Table.Th>{t('sessionsSection.questions.session')}</Table.Th>
              <Table.Th>{t('sessionsSection.questions.assignee')}</Table.Th>
              <Table.Th>{t('sessionsSection.questions.filter')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((q) => (
              <Table.Tr key={q.id} data-testid="question-row">
                <Table.Td>{q.id}</Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm">{q.text}</Text>
                  {q.answer && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {q.answer}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {q.sessionTitle ?? '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {q.table}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {q.assignee?.kind === 'secretariat'
                    ? t('sessionsSection.questions.secretariat')
                    : (q.speakerName ?? '—')}
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColour[q.status]} variant="light" tt="none">
                    {t(`sessionsSection.questions.statuses.${q.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('sessionsSection.questions.edit', { number: q.id })}
                      onClick={() => setEditing(q)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('sessionsSection.questions.delete', { number: q.id })}
                      onClick={() => {
                        call('questions:delete', { id: q.id }).then(load, notifyError)
                      }}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new'
            ? t('sessionsSection.questions.addTitle')
            : t('sessionsSection.questions.editTitle')
        }
        size="lg"
        centered
      >
        {editing !== null && (
          <QuestionForm
            initial={editing === 'new' ? blank : inputOf(editing)}
            overview={overview}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              try {
                if (editing === 'new') await call('questions:create', input)
                else await call('questions:update', { id: editing.id, ...input })
                setEditing(null)
                load()
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
