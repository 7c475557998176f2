import { List, ScrollArea, Stack, Table, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ThresholdBasis } from '../../../../../shared/tally-result.ts'
import { sayRecorded } from '../../../i18n/say.ts'
import { formatList, formatVotes } from './numbers.ts'
import { stateAt, type Stage } from './result-model.ts'

type Props = { stages: Stage[]; candidates: string[]; thresholdOf?: ThresholdBasis | undefined }

const signed = (v: number) => (v > 0 ? `+${formatVotes(v)}` : `−${formatVotes(-v)}`)

function change(stages: Stage[], index: number, name: string): number | null {
  const before = stages[index - 1]?.tally[name]
  const now = stages[index]?.tally[name]
  if (before === undefined || now === undefined) return null
  const d = Math.round((now - before) * 100) / 100
  return d === 0 ? null : d
}

/** Where the votes of a stage's elected or eliminated candidates went, as the count reports it or as the next round shows. */
function movedAfter(stages: Stage[], index: number): Record<string, number> {
  const now = stages[index]
  const next = stages[index + 1]
  if (!now || !next) return {}
  const out: Record<string, number> = {}
  for (const [name, votes] of Object.entries(next.tally)) {
    const d = Math.round((votes - (now.tally[name] ?? 0)) * 100) / 100
    if (d > 0) out[name] = d
  }
  for (const [reason, votes] of Object.entries(next.inactive)) {
    const d = Math.round((votes - (now.inactive[reason] ?? 0)) * 100) / 100
    if (d > 0) out[`#${reason}`] = d
  }
  return out
}

function transferText(t: TFunction, to: Record<string, number>): string {
  const parts = Object.entries(to)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, v]) => {
      const key = name.startsWith('#') ? name.slice(1) : name
      const label =
        name.startsWith('#') || key === 'exhausted' || key === 'residual surplus'
          ? inactiveLabel(t, key)
          : name
      return `${label} ${signed(v)}`
    })
  return parts.join(', ')
}

export function inactiveLabel(t: TFunction, reason: string): string {
  return t(`results.rounds.inactive.${reason}`, { defaultValue: reason })
}

/** What happened at each round, in sentences: who was elected or went out, and where their votes went. */
export function stageSentences(t: TFunction, stages: Stage[], withTransfers = true): string[][] {
  return stages.map((stage, i) => {
    const lines: string[] = []
    const moved = movedAfter(stages, i)
    const reported = stage.transfers.length > 0
    for (const name of stage.elected)
      lines.push(
        t(
          stage.threshold !== undefined && (stage.tally[name] ?? 0) < stage.threshold
            ? 'results.rounds.sentenceElectedBelow'
            : 'results.rounds.sentenceElected',
          {
            name,
            votes: formatVotes(stage.tally[name] ?? 0),
            threshold: formatVotes(stage.threshold ?? 0),
          },
        ),
      )
    if (stage.eliminated.length > 0)
      lines.push(
        t('results.rounds.sentenceEliminated', {
          names: formatList(stage.eliminated.map((n) => `${n} (${formatVotes(stage.tally[n] ?? 0)})`)),
          count: stage.eliminated.length,
        }),
      )
    if (!withTransfers) return lines
    if (reported)
      for (const transfer of stage.transfers) {
        const text = transferText(t, transfer.to)
        if (text) lines.push(t('results.rounds.sentenceTransfer', { name: transfer.from, text }))
      }
    else if (Object.keys(moved).length > 0 && (stage.elected.length > 0 || stage.eliminated.length > 0))
      lines.push(
        t(stage.eliminated.length > 0 ? 'results.rounds.sentenceMoved' : 'results.rounds.sentenceSurplus', {
          text: transferText(t, moved),
        }),
      )
    if (stage.note) lines.push(sayRecorded(stage.note))
    return lines
  })
}

/** The round-by-round table: candidates × rounds, with gains and losses, who was elected and who went out. */
export function RoundsTable({ stages, candidates, thresholdOf }: Props) {
  const { t } = useTranslation()
  // Every kind the count reports that is ever above zero, and always the exhausted ballots, so
  // an observer sees they were counted even when there were none.
  const reported = [...new Set(stages.flatMap((s) => Object.keys(s.inactive)))]
  const reasons = reported.filter(
    (reason) => reason === 'exhaustedChoices' || stages.some((s) => (s.inactive[reason] ?? 0) > 0),
  )
  const sentences = stageSentences(t, stages)
  return (
    <Stack gap="sm">
      <ScrollArea type="auto" offsetScrollbars>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing="xs"
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
          data-testid="result-rounds-table"
          aria-label={t('results.rounds.tableTitle')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th
                style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}
              >
                {t('results.rounds.candidate')}
              </Table.Th>
              {stages.map((s) => (
                <Table.Th key={s.index} ta="right">
                  {t('results.rounds.round', { round: s.index + 1 })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((name) => (
              <Table.Tr key={name}>
                <Table.Td
                  fw={stages.some((s) => s.elected.includes(name)) ? 700 : 400}
                  style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}
                >
                  {name}
                </Table.Td>
                {stages.map((s, i) => {
                  const state = stateAt(stages, i, name)
                  const votes = s.tally[name]
                  if (state === 'out' || votes === undefined)
                    return (
                      <Table.Td key={s.index} ta="right" c="dimmed">
                        —
                      </Table.Td>
                    )
                  const d = change(stages, i, name)
                  const bg =
                    state === 'electedNow'
                      ? 'var(--mantine-color-blue-1)'
                      : state === 'elected'
                        ? 'var(--mantine-color-blue-0)'
                        : state === 'eliminatedNow'
                          ? 'var(--mantine-color-orange-1)'
                          : undefined
                  return (
                    <Table.Td key={s.index} ta="right" style={{ background: bg }}>
                      <Text span size="sm" fw={state === 'electedNow' ? 700 : 500}>
                        {formatVotes(votes)}
                      </Text>
                      {d !== null && (
                        <Text span size="xs" c={d > 0 ? 'blue.8' : 'orange.9'} ml={6}>
                          {signed(d)}
                        </Text>
                      )}
                      {state === 'electedNow' && (
                        <Text
                          span
                          size="sm"
                          fw={700}
                          c="blue.9"
                          ml={4}
                          aria-label={t('results.rounds.electedNow')}
                        >
                          ✓
                        </Text>
                      )}
                      {state === 'eliminatedNow' && (
                        <Text
                          span
                          size="sm"
                          fw={700}
                          c="orange.9"
                          ml={4}
                          aria-label={t('results.rounds.eliminatedNow')}
                        >
                          ✕
                        </Text>
                      )}
                    </Table.Td>
                  )
                })}
              </Table.Tr>
            ))}
            {reasons.map((reason) => (
              <Table.Tr key={reason} style={{ background: 'var(--mantine-color-gray-0)' }}>
                <Table.Td
                  c="dimmed"
                  style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-gray-0)' }}
                >
                  {inactiveLabel(t, reason)}
                </Table.Td>
                {stages.map((s) => (
                  <Table.Td key={s.index} ta="right" c="dimmed">
                    {s.inactive[reason] !== undefined ? formatVotes(s.inactive[reason]) : '0'}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {stages.some((s) => s.threshold !== undefined) && (
              <Table.Tr style={{ background: 'var(--mantine-color-gray-0)' }}>
                <Table.Td
                  fw={600}
                  style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-gray-0)' }}
                >
                  {t('results.rounds.threshold')}
                </Table.Td>
                {stages.map((s) => (
                  <Table.Td key={s.index} ta="right" fw={600}>
                    {s.threshold !== undefined ? formatVotes(s.threshold) : '—'}
                  </Table.Td>
                ))}
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {thresholdOf && (
        <Text size="sm" data-testid="result-threshold-of">
          {t(`results.rounds.thresholdOf.${thresholdOf}`)}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('results.rounds.howToRead')}
      </Text>
      <Text fw={600} size="sm">
        {t('results.rounds.whatHappened')}
      </Text>
      <List size="sm" spacing={4} listStyleType="none" data-testid="result-rounds-story">
        {sentences.map((lines, i) => (
          <List.Item key={i}>
            <Text span size="sm" fw={600}>
              {t('results.rounds.round', { round: i + 1 })}
              {': '}
            </Text>
            {lines.length > 0 ? lines.join(' ') : t('results.rounds.nothing')}
          </List.Item>
        ))}
      </List>
    </Stack>
  )
}
