import { Alert, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core'
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView, CountView, Operator, PaperBallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'
import { describeError, describePaper } from './describe-paper.ts'
import { KeyLegend } from './KeyLegend.tsx'
import { PaperList } from './PaperList.tsx'
import { parsePaper, typedFor } from './paper-codes.ts'
import { nextFreeNumber, usePapers } from './use-papers.ts'

type Props = { ballot: BallotView; operator: Operator; onCount: (count: CountView) => void }

/**
 * One operator types the pile: the paper's number is filled in, the keys go in the box, Enter
 * saves the paper at once and moves to the next number. The list below shows what was typed.
 */
export function PaperEntry({ ballot, operator, onCount }: Props) {
  const { t } = useTranslation()
  const spec = ballot.spec
  const { papers, error, reload, put, drop } = usePapers(ballot.id, operator)
  const [number, setNumber] = useState<number | null>(null)
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const input = useRef<HTMLInputElement>(null)

  const remove = useCallback(
    (n: number) => {
      drop(n)
      queue.current = queue.current.then(async () => {
        try {
          onCount(await call('count:deletePaper', { ballotId: ballot.id, operator, number: n }))
        } catch (failure) {
          notifyError(failure)
          reload()
        }
      })
    },
    [ballot.id, operator, drop, reload, onCount],
  )
  const edit = useCallback(
    (paper: PaperBallotView) => {
      setNumber(paper.number)
      setTyped(typedFor(spec, paper.marks, paper.invalid))
      input.current?.focus()
    },
    [spec],
  )

  if (error) return <Alert color="red">{error}</Alert>
  if (!papers) return null
  const current =
    number ??
    nextFreeNumber(
      papers,
      papers.reduce((m, p) => Math.max(m, p.number), 0),
    )
  const existing = papers.find((p) => p.number === current)
  const parsed = parsePaper(spec, typed)

  /**
   * Enter takes the paper at once and moves on; the save runs behind, one after another, so the
   * operator can keep typing. If a save fails, the paper comes back into the box to be retyped.
   */
  function record() {
    if (!papers || parsed.kind === 'empty') return
    if (parsed.kind === 'error') {
      setProblem(describeError(t, parsed.error))
      return
    }
    const marks = parsed.kind === 'marks' ? parsed.marks : null
    const invalid = parsed.kind === 'invalid' ? parsed.invalid : null
    const paper = { number: current, marks, invalid, enteredAt: new Date().toISOString() }
    const text = typed
    put(paper)
    setNumber(nextFreeNumber([...papers, paper], current))
    setTyped('')
    setProblem(null)
    queue.current = queue.current.then(async () => {
      try {
        onCount(
          await call('count:savePaper', {
            ballotId: ballot.id,
            operator,
            number: paper.number,
            marks,
            invalid,
          }),
        )
      } catch (failure) {
        notifyError(failure)
        reload()
        setNumber(paper.number)
        setTyped(text)
      }
    })
  }

  const preview =
    parsed.kind === 'marks'
      ? describePaper(t, spec, parsed.marks, null)
      : parsed.kind === 'invalid'
        ? describePaper(t, spec, null, parsed.invalid)
        : parsed.kind === 'error'
          ? describeError(t, parsed.error)
          : t('votes.papers.waiting')

  return (
    <Stack gap="md" data-testid={`paper-entry-${operator}`}>
      <KeyLegend spec={spec} />
      <Group align="flex-start" gap="md" wrap="nowrap">
        <NumberInput
          label={t('votes.papers.number')}
          value={current}
          onChange={(v) => setNumber(typeof v === 'number' ? v : null)}
          min={1}
          allowDecimal={false}
          w={130}
          size="lg"
        />
        <Stack gap={4} style={{ flex: 1 }}>
          <TextInput
            ref={input}
            label={t('votes.papers.keys')}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value)
              setProblem(null)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                record()
              }
            }}
            size="lg"
            classNames={{ input: 'mono' }}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            data-autofocus
            error={problem}
          />
          <Text
            size="sm"
            c={
              parsed.kind === 'error' && parsed.error.code !== 'gradeCount'
                ? 'red.7'
                : parsed.kind === 'marks' || parsed.kind === 'invalid'
                  ? 'dark.7'
                  : 'dimmed'
            }
            data-testid="paper-preview"
          >
            {preview}
          </Text>
          {existing && (
            <Text size="sm" c="orange.8">
              {t('votes.papers.replaces', {
                number: current,
                paper: describePaper(t, spec, existing.marks, existing.invalid),
              })}
            </Text>
          )}
        </Stack>
      </Group>
      <Text size="sm" c="dimmed">
        {t('votes.papers.entered', { count: papers.length })}
      </Text>
      <PaperList
        spec={spec}
        operator={operator}
        papers={papers}
        current={current}
        onEdit={edit}
        onDelete={remove}
      />
    </Stack>
  )
}
