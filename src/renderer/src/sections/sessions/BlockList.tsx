import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import {
  IconArrowDown,
  IconArrowUp,
  IconCopy,
  IconGripVertical,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { pauseKinds, type BlockView } from '../../../../shared/sessions.ts'
import { clock } from './clock.ts'

type Props = {
  title: string
  blocks: readonly BlockView[]
  /** Blocks a check is about. */
  flagged: ReadonlySet<number>
  onMove: (block: BlockView, index: number) => Promise<void>
  onEdit: (block: BlockView) => void
  onDuplicate: (block: BlockView) => void
  onDelete: (block: BlockView) => void
}

/**
 * The agenda of a session, block after block. A block moves by drag and drop, by the arrow keys on
 * its handle, or by its up and down buttons; the times follow.
 */
export function BlockList({ title, blocks, flagged, onMove, onEdit, onDuplicate, onDelete }: Props) {
  const { t } = useTranslation()
  const [dragged, setDragged] = useState<number | null>(null)
  const [over, setOver] = useState<number | null>(null)
  const [focusId, setFocusId] = useState<number | null>(null)
  const handles = useRef(new Map<number, HTMLButtonElement>())

  useEffect(() => {
    if (focusId !== null) handles.current.get(focusId)?.focus()
  }, [blocks, focusId])

  const name = (block: BlockView) => block.title || t(`core.sessions.kind.${block.kind}`)
  const move = (block: BlockView, index: number) => {
    if (index < 0 || index >= blocks.length) return
    setFocusId(block.id)
    void onMove(block, index)
  }
  const onHandleKey = (event: KeyboardEvent, block: BlockView, index: number) => {
    if (event.key === 'ArrowUp') move(block, index - 1)
    else if (event.key === 'ArrowDown') move(block, index + 1)
    else return
    event.preventDefault()
  }

  return (
    <Stack gap={6} role="list" aria-label={t('sessionsSection.blocks.label', { title })}>
      <Text size="xs" c="dimmed">
        {t('sessionsSection.blocks.moveHint')}
      </Text>
      {blocks.map((block, index) => {
        const pause = pauseKinds.includes(block.kind)
        return (
          <Paper
            key={block.id}
            role="listitem"
            data-testid="block-row"
            data-block={block.id}
            withBorder
            radius="sm"
            p="xs"
            draggable
            onDragStart={(e) => {
              setDragged(index)
              e.dataTransfer.effectAllowed = 'move'
              e.dataTransfer.setData('text/plain', String(block.id))
            }}
            onDragOver={(e) => {
              e.preventDefault()
              setOver(index)
            }}
            onDragLeave={() => setOver((o) => (o === index ? null : o))}
            onDrop={(e) => {
              e.preventDefault()
              const from = dragged
              setDragged(null)
              setOver(null)
              const moved = from === null ? undefined : blocks[from]
              if (moved && from !== index) move(moved, index)
            }}
            onDragEnd={() => {
              setDragged(null)
              setOver(null)
            }}
            bg={pause ? 'gray.0' : 'white'}
            style={{
              borderLeft: `4px solid var(--mantine-color-${flagged.has(block.id) ? 'orange-6' : pause ? 'gray-4' : 'blue-5'})`,
              outline:
                over === index && dragged !== index ? '2px dashed var(--mantine-color-blue-4)' : undefined,
              opacity: dragged === index ? 0.5 : 1,
            }}
          >
            <Group wrap="nowrap" gap="sm" align="flex-start">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('sessionsSection.blocks.handle', { title: name(block) })}
                ref={(el) => {
                  if (el) handles.current.set(block.id, el)
                  else handles.current.delete(block.id)
                }}
                onKeyDown={(e) => onHandleKey(e, block, index)}
                style={{ cursor: 'grab' }}
              >
                <IconGripVertical size={18} />
              </ActionIcon>
              <Stack gap={0} w={110} style={{ flexShrink: 0 }}>
                <Text fw={650} className="mono" data-testid="block-time">
                  {clock(block.start)}–{clock(block.end)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('sessionsSection.blocks.minutes', { count: block.duration })}
                </Text>
              </Stack>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Group gap={6} wrap="wrap">
                  <Text fw={pause ? 400 : 600} data-testid="block-title">
                    {name(block)}
                  </Text>
                  <Badge size="xs" variant="light" color={pause ? 'gray' : 'blue'} tt="none">
                    {t(`core.sessions.kind.${block.kind}`)}
                  </Badge>
                  {block.fixedStart !== null && (
                    <Badge size="xs" variant="outline" color="grape" tt="none">
                      {t('sessionsSection.blocks.fixed', { time: clock(block.fixedStart) })}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {[
                    block.room,
                    block.lead,
                    block.speakerNames.length > 0
                      ? t('sessionsSection.blocks.withSpeakers', { names: block.speakerNames.join(', ') })
                      : '',
                    block.ballotTitle ? t('sessionsSection.blocks.ballot', { title: block.ballotTitle }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <Group gap={2} wrap="nowrap">
                <Tooltip label={t('sessionsSection.blocks.up', { title: name(block) })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === 0}
                    aria-label={t('sessionsSection.blocks.up', { title: name(block) })}
                    onClick={() => move(block, index - 1)}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('sessionsSection.blocks.down', { title: name(block) })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === blocks.length - 1}
                    aria-label={t('sessionsSection.blocks.down', { title: name(block) })}
                    onClick={() => move(block, index + 1)}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </Tooltip>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('sessionsSection.blocks.edit', { title: name(block) })}
                  onClick={() => onEdit(block)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('sessionsSection.blocks.duplicate', { title: name(block) })}
                  onClick={() => onDuplicate(block)}
                >
                  <IconCopy size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('sessionsSection.blocks.delete', { title: name(block) })}
                  onClick={() => onDelete(block)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        )
      })}
    </Stack>
  )
}
