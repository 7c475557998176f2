import { Autocomplete, Badge, Card, Group, Loader, Radio, Stack, Table, Text, Title } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../format.ts'
import { isCategoryRole, valueOptions, type Draft, type KnownCategories, type MissingDraft } from './draft.ts'

type Props = {
  headers: string[]
  draft: Draft
  known: KnownCategories
  onValue: (column: number, key: string, value: string) => void
  onMissing: (column: number, missing: MissingDraft) => void
}

/** Shown at most; the rest follow the rule for unknown answers (a free-text column mapped by mistake). */
const MAX_ANSWERS = 300

/** Step 4: every distinct answer of each category column, and the category value it stands for. */
export function AnswersStep({ headers, draft, known, onValue, onMissing }: Props) {
  const { t } = useTranslation()
  const columns = draft.columns.flatMap((column, i) => (isCategoryRole(column.role) ? [{ column, i }] : []))
  if (columns.length === 0) {
    return (
      <Text c="dimmed" maw={720}>
        {t('pool.wizard.answers.none')}
      </Text>
    )
  }
  return (
    <Stack gap="lg">
      <Text c="dimmed" maw={860}>
        {t('pool.wizard.answers.intro')}
      </Text>
      {columns.map(({ column, i }) => {
        const category = column.category.trim()
        const header = headers[i] ?? ''
        const missing = draft.missing[i] ?? { kind: 'reject', value: '' }
        const values = draft.values[i]
        const options =
          column.role === 'age'
            ? column.bands.map((b) => b.value)
            : valueOptions(category, known, values, [missing.value])
        const answers = draft.answers[i]
        const unmapped = (answers ?? []).filter((a) => a.key !== '' && !values?.map[a.key]?.trim())
        const existing = known.find((c) => c.name === category)?.values
        const outcome = outcomes(answers ?? [], values?.map ?? {}, missing)
        return (
          <Card key={i} withBorder radius="md" padding="lg" component="section" aria-label={category}>
            <Stack gap="md">
              <Group justify="space-between" align="baseline">
                <Group gap="sm" align="baseline">
                  <Title order={3} size="h4">
                    {category}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('pool.wizard.answers.fromColumn', { header })}
                  </Text>
                </Group>
                {column.role === 'category' && answers && (
                  <Text size="sm" c={unmapped.length > 0 ? 'orange.8' : 'dimmed'}>
                    {unmapped.length > 0
                      ? t('pool.wizard.answers.unmapped', { count: unmapped.length })
                      : t('pool.wizard.answers.allMapped')}
                  </Text>
                )}
              </Group>
              {column.role === 'age' ? (
                <Text size="sm">{t('pool.wizard.answers.ageBands', { bands: options.join(', ') })}</Text>
              ) : !answers ? (
                <Group gap="xs">
                  <Loader size="xs" />
                  <Text size="sm" c="dimmed">
                    {t('pool.wizard.answers.loading')}
                  </Text>
                </Group>
              ) : (
                <Table
                  maw={960}
                  verticalSpacing={6}
                  horizontalSpacing="sm"
                  aria-label={t('pool.wizard.answers.tableLabel', { category })}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w="34%">{t('pool.wizard.answers.answer')}</Table.Th>
                      <Table.Th w={90} ta="right">
                        {t('pool.wizard.answers.people')}
                      </Table.Th>
                      <Table.Th w={40} />
                      <Table.Th>{t('pool.wizard.answers.value', { category })}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {answers.slice(0, MAX_ANSWERS).map((answer) => {
                      const value = values?.map[answer.key] ?? ''
                      return (
                        <Table.Tr key={answer.key}>
                          <Table.Td>
                            {answer.key === '' ? (
                              <Text size="sm" fs="italic" c="dimmed">
                                {t('pool.wizard.answers.empty')}
                              </Text>
                            ) : (
                              <Text size="sm" fw={550}>
                                {answer.raw}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                            {formatNumber(answer.count)}
                          </Table.Td>
                          <Table.Td c="dimmed">
                            <IconArrowRight size={16} aria-hidden style={{ display: 'block' }} />
                          </Table.Td>
                          <Table.Td>
                            {answer.key === '' ? (
                              <Text size="sm" c="dimmed">
                                {missingText(missing)}
                              </Text>
                            ) : (
                              <Group gap="xs" wrap="nowrap">
                                <Autocomplete
                                  aria-label={t('pool.wizard.answers.valueFor', {
                                    answer: answer.raw,
                                    category,
                                  })}
                                  placeholder={t('pool.wizard.answers.valuePlaceholder')}
                                  value={value}
                                  data={options}
                                  onChange={(next) => onValue(i, answer.key, next)}
                                  w={260}
                                  size="sm"
                                  error={value.trim() === ''}
                                />
                                {value.trim() === '' ? (
                                  <Text size="xs" c="orange.8">
                                    {missingText(missing)}
                                  </Text>
                                ) : (
                                  existing &&
                                  !existing.includes(value.trim()) && (
                                    <Badge variant="light" color="blue" tt="none" size="sm">
                                      {t('pool.wizard.answers.newValue')}
                                    </Badge>
                                  )
                                )}
                              </Group>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      )
                    })}
                  </Table.Tbody>
                </Table>
              )}
              {column.role === 'category' && answers && (
                <Text size="sm" data-testid={`outcome-${category}`}>
                  <Text span fw={600} size="sm">
                    {t('pool.wizard.answers.gives')}
                  </Text>{' '}
                  {[
                    ...outcome.values.map(([value, count]) => `${value} ${formatNumber(count)}`),
                    ...(outcome.rejected > 0
                      ? [t('pool.wizard.answers.rejectedRows', { count: outcome.rejected })]
                      : []),
                  ].join(' · ')}
                </Text>
              )}
              {answers && answers.length > MAX_ANSWERS && (
                <Text size="sm" c="dimmed">
                  {t('pool.wizard.answers.more', { count: answers.length - MAX_ANSWERS })}
                </Text>
              )}
              <Radio.Group
                label={t('pool.wizard.answers.policy', { category })}
                value={missing.kind}
                onChange={(kind) => onMissing(i, { ...missing, kind: kind === 'value' ? 'value' : 'reject' })}
              >
                <Stack gap="xs" mt={6}>
                  <Radio value="reject" label={t('pool.wizard.answers.reject')} />
                  <Group gap="sm" wrap="nowrap">
                    <Radio value="value" label={t('pool.wizard.answers.putIn')} />
                    <Autocomplete
                      aria-label={t('pool.wizard.answers.putInValue', { category })}
                      placeholder={t('pool.wizard.answers.putInPlaceholder')}
                      value={missing.value}
                      data={options}
                      onChange={(value) => onMissing(i, { kind: 'value', value })}
                      onFocus={() => onMissing(i, { ...missing, kind: 'value' })}
                      error={
                        missing.kind === 'value' && missing.value.trim() === ''
                          ? t('pool.wizard.answers.putInRequired')
                          : undefined
                      }
                      w={260}
                      size="sm"
                    />
                  </Group>
                </Stack>
              </Radio.Group>
            </Stack>
          </Card>
        )
      })}
    </Stack>
  )

  function missingText(missing: MissingDraft): string {
    return missing.kind === 'value' && missing.value.trim() !== ''
      ? t('pool.wizard.answers.goesTo', { value: missing.value.trim() })
      : t('pool.wizard.answers.rejected')
  }
}

/** How many people each value would get, and how many rows the rule for unknown answers rejects. */
function outcomes(
  answers: { key: string; count: number }[],
  map: Record<string, string>,
  missing: MissingDraft,
): { values: [string, number][]; rejected: number } {
  const fallback = missing.kind === 'value' ? missing.value.trim() : ''
  const counts = new Map<string, number>()
  let rejected = 0
  for (const answer of answers) {
    const value = (answer.key === '' ? '' : (map[answer.key] ?? '').trim()) || fallback
    if (value === '') rejected += answer.count
    else counts.set(value, (counts.get(value) ?? 0) + answer.count)
  }
  return { values: [...counts.entries()].sort((a, b) => b[1] - a[1]), rejected }
}
