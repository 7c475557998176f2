import { ActionIcon, Group, Table, Text } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotSpec, Operator, PaperBallotView } from '../../../../shared/votes.ts'
import { describePaper } from './describe-paper.ts'
import { typedFor } from './paper-codes.ts'

type Props = {
  spec: BallotSpec
  operator: Operator
  papers: PaperBallotView[]
  /** The number in the entry box, highlighted when it is already typed. */
  current: number
  onEdit: (paper: PaperBallotView) => void
  onDelete: (number: number) => void
}

/** What one operator typed, newest first; redrawn when a paper is saved, not on every key. */
export const PaperList = memo(function PaperList({
  spec,
  operator,
  papers,
  current,
  onEdit,
  onDelete,
}: Props) {
  const { t } = useTranslation()
  if (papers.length === 0) return null
  return (
    <Table.ScrollContainer minWidth={560} mah={420}>
      <Table verticalSpacing={4} aria-label={t('votes.papers.listLabel', { operator })} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('votes.papers.columns.number')}</Table.Th>
            <Table.Th w={140}>{t('votes.papers.columns.typed')}</Table.Th>
            <Table.Th>{t('votes.papers.columns.meaning')}</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...papers].reverse().map((p) => (
            <Table.Tr
              key={p.number}
              bg={p.number === current ? 'var(--mantine-color-yellow-0)' : 'transparent'}
            >
              <Table.Td>{p.number}</Table.Td>
              <Table.Td className="mono">{typedFor(spec, p.marks, p.invalid)}</Table.Td>
              <Table.Td>
                <Text size="sm">{describePaper(t, spec, p.marks, p.invalid)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('votes.papers.edit', { number: p.number })}
                    onClick={() => onEdit(p)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('votes.papers.delete', { number: p.number })}
                    onClick={() => onDelete(p.number)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
})
