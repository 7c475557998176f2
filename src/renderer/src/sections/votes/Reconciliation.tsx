import { Alert, Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  BallotView,
  Operator,
  PaperBallotView,
  PaperDifference,
  Reconciliation as ReconciliationData,
} from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notifyError } from '../../state/notify-error.ts'
import { describeError, describePaper } from './describe-paper.ts'
import { parsePaper, typedFor } from './paper-codes.ts'

type Props = { ballot: BallotView; onChanged: () => void }

/** Only the papers where the two entries differ, each settled in one click by reading the paper. */
export function Reconciliation({ ballot, onChanged }: Props) {
  const { t } = useTranslation()
  const [data, setData] = useState<ReconciliationData | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    call('count:reconcile', { ballotId: ballot.id }).then(
      (r) => {
        setError(null)
        setData(r)
      },
      (failure: unknown) => setError(errorMessage(failure)),
    )
  }, [ballot.id])
  useEffect(load, [load])

  const settle = useCallback(
    async (run: () => Promise<ReconciliationData | null>) => {
      try {
        const next = await run()
        if (next) setData(next)
        else load()
        onChanged()
      } catch (failure) {
        notifyError(failure)
      }
    },
    [load, onChanged],
  )

  if (error) return <Alert color="red">{error}</Alert>
  if (!data) return <Loader />
  return (
    <Stack gap="md" data-testid="reconciliation">
      <Text>
        {t('votes.reconcile.summary', {
          a: data.entriesA,
          b: data.entriesB,
          agreed: data.agreed,
          count: data.differences.length,
        })}
      </Text>
      {data.differences.length === 0 ? (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('votes.reconcile.noneTitle')}>
          {t('votes.reconcile.none')}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label={t('votes.reconcile.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('votes.papers.columns.number')}</Table.Th>
                <Table.Th>{t('votes.reconcile.operatorSays', { operator: 'A' })}</Table.Th>
                <Table.Th>{t('votes.reconcile.operatorSays', { operator: 'B' })}</Table.Th>
                <Table.Th w={360}>{t('votes.reconcile.paperSays')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.differences.map((d) => (
                <DifferenceRow key={d.number} ballot={ballot} difference={d} settle={settle} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}

type RowProps = {
  ballot: BallotView
  difference: PaperDifference
  settle: (run: () => Promise<ReconciliationData | null>) => Promise<void>
}

function DifferenceRow({ ballot, difference, settle }: RowProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const { number, a, b } = difference
  const spec = ballot.spec

  const cell = (paper: PaperBallotView | null) =>
    paper ? (
      <Stack gap={0}>
        <Text className="mono" fw={600}>
          {typedFor(spec, paper.marks, paper.invalid)}
        </Text>
        <Text size="sm" c="dimmed">
          {describePaper(t, spec, paper.marks, paper.invalid)}
        </Text>
      </Stack>
    ) : (
      <Text c="dimmed" fs="italic">
        {t('votes.reconcile.missing')}
      </Text>
    )

  const take = (paper: PaperBallotView) =>
    settle(() =>
      call('count:resolve', { ballotId: ballot.id, number, marks: paper.marks, invalid: paper.invalid }),
    )
  /** The number is on one entry only and there is no such paper: remove the stray entry. */
  const noPaper = (operator: Operator) =>
    settle(async () => {
      await call('count:deletePaper', { ballotId: ballot.id, operator, number })
      return null
    })

  function submitEdit() {
    const parsed = parsePaper(spec, typed)
    if (parsed.kind === 'error') {
      setProblem(describeError(t, parsed.error))
      return
    }
    if (parsed.kind === 'empty') return
    void settle(() =>
      call('count:resolve', {
        ballotId: ballot.id,
        number,
        marks: parsed.kind === 'marks' ? parsed.marks : null,
        invalid: parsed.kind === 'invalid' ? parsed.invalid : null,
      }),
    )
  }

  return (
    <Table.Tr data-testid={`difference-${number}`}>
      <Table.Td fw={700}>{number}</Table.Td>
      <Table.Td>{cell(a)}</Table.Td>
      <Table.Td>{cell(b)}</Table.Td>
      <Table.Td>
        {editing ? (
          <TextInput
            aria-label={t('votes.reconcile.typePaper', { number })}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value)
              setProblem(null)
            }}
            onKeyDown={(e) => e.key === 'Enter' && submitEdit()}
            error={problem}
            classNames={{ input: 'mono' }}
            autoFocus
            description={t('votes.reconcile.typeHint')}
          />
        ) : (
          <Group gap="xs">
            {a && (
              <Button size="xs" variant="light" onClick={() => void take(a)}>
                {t('votes.reconcile.takeA')}
              </Button>
            )}
            {b && (
              <Button size="xs" variant="light" onClick={() => void take(b)}>
                {t('votes.reconcile.takeB')}
              </Button>
            )}
            {(a === null || b === null) && (
              <Button size="xs" variant="subtle" color="red" onClick={() => void noPaper(a ? 'A' : 'B')}>
                {t('votes.reconcile.noPaper')}
              </Button>
            )}
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('votes.reconcile.edit')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  )
}
