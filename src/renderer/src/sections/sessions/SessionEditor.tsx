import { Alert, Button, Group, Loader, Modal, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconArrowLeft, IconCopy, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  blankBlock,
  blockInputOf,
  type BlockView,
  type SessionDetail,
  type SessionsOverview,
} from '../../../../shared/sessions.ts'
import { call } from '../../api.ts'
import { formatDate } from '../../format.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { BlockForm } from './BlockForm.tsx'
import { BlockList } from './BlockList.tsx'
import { ChecksPanel } from './ChecksPanel.tsx'
import { clock, hours } from './clock.ts'
import { SessionForm } from './SessionForm.tsx'

type Props = { sessionId: number; overview: SessionsOverview; onBack: () => void; onChanged: () => void }

type Dialog =
  | { kind: 'session' }
  | { kind: 'duplicate' }
  | { kind: 'delete' }
  | { kind: 'block'; block: BlockView | null }
  | null

/** One session: its details, its agenda of blocks that can be moved, and its checks. */
export function SessionEditor({ sessionId, overview, onBack, onChanged }: Props) {
  const { t } = useTranslation()
  const [detail, setDetail] = useState<SessionDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [copyDate, setCopyDate] = useState('')

  const load = useCallback(() => {
    call('sessions:get', { id: sessionId }).then(setDetail, (e: unknown) => setError(errorMessage(e)))
  }, [sessionId])
  useEffect(load, [load])

  const apply = async (change: Promise<SessionDetail>) => {
    try {
      setDetail(await change)
      onChanged()
    } catch (e) {
      notifyError(e)
    }
  }

  if (error) return <Alert color="red">{error}</Alert>
  if (!detail) return <Loader />
  const flagged = new Set(detail.checks.flatMap((c) => c.blockIds))
  const close = () => setDialog(null)
  const lastEnd = detail.blocks.at(-1)?.end ?? detail.start

  return (
    <Stack gap="md">
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack} px={4}>
          {t('sessionsSection.back')}
        </Button>
      </Group>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Title order={3}>{detail.title}</Title>
          <Text c="dimmed">
            {formatDate(`${detail.date}T12:00:00Z`)} ·{' '}
            {t('sessionsSection.session.summary', {
              start: clock(detail.start),
              end: clock(detail.end),
              hours: hours(detail.minutes),
            })}
            {detail.venue ? ` · ${detail.venue}` : ''} · {t(`sessionsSection.modes.${detail.mode}`)}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => setDialog({ kind: 'session' })}
          >
            {t('sessionsSection.session.edit')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconCopy size={16} />}
            onClick={() => setDialog({ kind: 'duplicate' })}
          >
            {t('sessionsSection.session.duplicate')}
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDialog({ kind: 'delete' })}
          >
            {t('sessionsSection.session.delete')}
          </Button>
        </Group>
      </Group>
      <ChecksPanel checks={detail.checks} />
      {detail.blocks.length === 0 ? (
        <Text c="dimmed">{t('sessionsSection.blocks.empty')}</Text>
      ) : (
        <BlockList
          title={detail.title}
          blocks={detail.blocks}
          flagged={flagged}
          onMove={(block, index) => apply(call('blocks:move', { id: block.id, index }))}
          onEdit={(block) => setDialog({ kind: 'block', block })}
          onDuplicate={(block) => void apply(call('blocks:duplicate', { id: block.id }))}
          onDelete={(block) => void apply(call('blocks:delete', { id: block.id }))}
        />
      )}
      <Group>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setDialog({ kind: 'block', block: null })}
        >
          {t('sessionsSection.blocks.add')}
        </Button>
      </Group>

      <Modal
        opened={dialog?.kind === 'session'}
        onClose={close}
        title={t('sessionsSection.session.edit')}
        size="lg"
        centered
      >
        {dialog?.kind === 'session' && (
          <SessionForm
            initial={detail}
            venues={overview.venues}
            onCancel={close}
            onSubmit={async (input) => {
              await apply(call('sessions:update', { id: detail.id, ...input }))
              close()
            }}
          />
        )}
      </Modal>
      <Modal
        opened={dialog?.kind === 'block'}
        onClose={close}
        title={
          dialog?.kind === 'block' && dialog.block
            ? t('sessionsSection.block.editTitle')
            : t('sessionsSection.block.addTitle')
        }
        size="xl"
        centered
      >
        {dialog?.kind === 'block' && (
          <BlockForm
            initial={dialog.block ? blockInputOf(dialog.block) : blankBlock('evidence', '', 30)}
            start={dialog.block ? dialog.block.start : lastEnd}
            overview={overview}
            onCancel={close}
            onSubmit={async (input) => {
              const block = dialog.block
              await apply(
                block
                  ? call('blocks:update', { id: block.id, ...input })
                  : call('blocks:add', { sessionId: detail.id, ...input }),
              )
              close()
            }}
          />
        )}
      </Modal>
      <Modal
        opened={dialog?.kind === 'duplicate'}
        onClose={close}
        title={t('sessionsSection.session.duplicateTitle')}
        centered
      >
        <Stack>
          <TextInput
            type="date"
            label={t('sessionsSection.session.duplicateDate')}
            value={copyDate}
            onChange={(e) => setCopyDate(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!/^\d{4}-\d{2}-\d{2}$/.test(copyDate)}
              onClick={() => {
                call('sessions:duplicate', { id: detail.id, date: copyDate }).then((copy) => {
                  notify({ kind: 'success', message: t('sessionsSection.session.duplicated') })
                  setDetail(copy)
                  onChanged()
                  close()
                }, notifyError)
              }}
            >
              {t('sessionsSection.session.duplicate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={dialog?.kind === 'delete'}
        onClose={close}
        title={t('sessionsSection.session.delete')}
        centered
      >
        <Stack>
          <Text>
            {t('sessionsSection.session.deleteConfirm', { title: detail.title, count: detail.blocks.length })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                call('sessions:delete', { id: detail.id }).then(() => {
                  notify({ kind: 'success', message: t('sessionsSection.session.deleted') })
                  onChanged()
                  onBack()
                }, notifyError)
              }}
            >
              {t('sessionsSection.session.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
