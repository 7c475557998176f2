import { Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconPercentage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { QuotaValueView } from '../../../../shared/quotas.ts'
import { formatNumber, formatShare } from '../../format.ts'
import { BoundCell } from './BoundCell.tsx'
import { checkCategory, problemIn, shareTotal, valueProblem } from './category-checks.ts'
import type { QuotaEdit } from './use-quotas.ts'

type Props = {
  name: string
  values: QuotaValueView[]
  panelSize: number
  locked: boolean
  advanced: boolean
  onEdit: (value: string, edit: QuotaEdit) => void
  onShares: () => void
}

function toShare(raw: number | string): number | null {
  const n = typeof raw === 'number' ? raw : Number.parseFloat(raw.replace(',', '.'))
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null
}

/** One category's quotas: the pool beside each value, the population share, min and max. */
export function CategoryQuotaTable({ name, values, panelSize, locked, advanced, onEdit, onShares }: Props) {
  const { t } = useTranslation()
  const check = checkCategory(values, panelSize)
  const shares = shareTotal(values)
  const label = (field: string, value: string) => t('quotas.fieldLabel', { field, value, category: name })

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {name}
            </Title>
            <Group gap={6} wrap="nowrap" data-testid={`category-check-${name}`}>
              {check.kind === 'ok' ? (
                <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
              ) : (
                <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" aria-hidden />
              )}
              <Text size="sm" c={check.kind === 'ok' ? 'dimmed' : 'orange.9'}>
                {check.kind === 'ok' &&
                  t('quotas.check.ok', { min: check.minSum, max: check.maxSum, size: panelSize })}
                {check.kind === 'minTooHigh' &&
                  t('quotas.check.minTooHigh', { min: check.minSum, size: panelSize })}
                {check.kind === 'maxTooLow' &&
                  t('quotas.check.maxTooLow', { max: check.maxSum, size: panelSize })}
              </Text>
            </Group>
            {shares !== null && Math.abs(shares - 100) > 0.5 && (
              <Text size="sm" c="orange.9">
                {t('quotas.check.shares', { total: formatNumber(Math.round(shares * 10) / 10) })}
              </Text>
            )}
          </Stack>
          {!locked && (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPercentage size={16} />}
              onClick={onShares}
              aria-label={t('quotas.shares.buttonFor', { category: name })}
            >
              {t('quotas.shares.button')}
            </Button>
          )}
        </Group>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} aria-label={t('quotas.tableLabel', { category: name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quotas.columns.value')}</Table.Th>
                <Table.Th ta="right">{t('quotas.columns.pool')}</Table.Th>
                <Table.Th w={120}>{t('quotas.columns.population')}</Table.Th>
                <Table.Th ta="right">{t('quotas.columns.ideal')}</Table.Th>
                <Table.Th w={96}>{t('quotas.columns.min')}</Table.Th>
                <Table.Th w={96}>{t('quotas.columns.max')}</Table.Th>
                {advanced && <Table.Th w={96}>{t('quotas.columns.minFlex')}</Table.Th>}
                {advanced && <Table.Th w={96}>{t('quotas.columns.maxFlex')}</Table.Th>}
                <Table.Th>{t('quotas.columns.justification')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.map((v) => {
                const problem = valueProblem(v)
                return (
                  <Table.Tr key={v.value}>
                    <Table.Td>
                      <Text fw={500} size="sm">
                        {v.value}
                      </Text>
                      {problem && (
                        <Text size="xs" c="red.7" maw={220}>
                          {problem.kind === 'notEnoughPeople'
                            ? t('quotas.check.notEnoughPeople', { count: problem.pool })
                            : t(`quotas.check.${problem.kind}`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatNumber(v.poolCount)}{' '}
                      <Text span size="sm" c="dimmed">
                        ({formatShare(v.poolShare)})
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        hideControls
                        min={0}
                        max={100}
                        decimalScale={1}
                        suffix=" %"
                        readOnly={locked}
                        aria-label={label(t('quotas.columns.population'), v.value)}
                        value={v.populationShare ?? ''}
                        onChange={(raw) => onEdit(v.value, { populationShare: toShare(raw) })}
                      />
                    </Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {v.idealCount === null ? '—' : formatNumber(Math.round(v.idealCount * 10) / 10)}
                    </Table.Td>
                    <BoundCell
                      label={label(t('quotas.columns.min'), v.value)}
                      value={v.min}
                      locked={locked}
                      error={problemIn(problem, 'min')}
                      onChange={(min) => onEdit(v.value, { min: min ?? 0 })}
                    />
                    <BoundCell
                      label={label(t('quotas.columns.max'), v.value)}
                      value={v.max}
                      locked={locked}
                      error={problemIn(problem, 'max')}
                      onChange={(max) => onEdit(v.value, { max: max ?? 0 })}
                    />
                    {advanced && (
                      <BoundCell
                        label={label(t('quotas.columns.minFlex'), v.value)}
                        value={v.minFlex}
                        locked={locked}
                        error={problemIn(problem, 'minFlex')}
                        placeholder="0"
                        onChange={(minFlex) => onEdit(v.value, { minFlex })}
                      />
                    )}
                    {advanced && (
                      <BoundCell
                        label={label(t('quotas.columns.maxFlex'), v.value)}
                        value={v.maxFlex}
                        locked={locked}
                        error={problemIn(problem, 'maxFlex')}
                        placeholder={String(v.poolCount)}
                        onChange={(maxFlex) => onEdit(v.value, { maxFlex })}
                      />
                    )}
                    <Table.Td>
                      <TextInput
                        size="xs"
                        readOnly={locked}
                        maxLength={2000}
                        placeholder={locked ? '' : t('quotas.justificationPlaceholder')}
                        aria-label={label(t('quotas.columns.justification'), v.value)}
                        value={v.justification}
                        onChange={(event) => onEdit(v.value, { justification: event.currentTarget.value })}
                      />
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  )
}
