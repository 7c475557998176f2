import { Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CategorySummary } from '../../../../shared/pool.ts'
import { formatNumber, formatShare } from '../../format.ts'

/** The pool by category: how many people gave each value and their share, next to the target (once quotas exist). */
export function CategoryPanel({ summary }: { summary: CategorySummary[] }) {
  const { t } = useTranslation()
  if (summary.length === 0) return <Text c="dimmed">{t('pool.byCategory.none')}</Text>
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={860}>
        {t('pool.byCategory.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {summary.map((category) => (
          <Card
            key={category.name}
            withBorder
            radius="md"
            padding="md"
            component="section"
            aria-label={category.name}
          >
            <Title order={3} size="h5" mb="xs">
              {category.name}
            </Title>
            <Table
              verticalSpacing={6}
              horizontalSpacing="xs"
              aria-label={t('pool.byCategory.tableLabel', { category: category.name })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pool.byCategory.value')}</Table.Th>
                  <Table.Th w={150}>{t('pool.byCategory.share')}</Table.Th>
                  <Table.Th ta="right" w={70}>
                    {t('pool.byCategory.count')}
                  </Table.Th>
                  <Table.Th ta="right">
                    <Tooltip label={t('pool.byCategory.targetHint')} withArrow multiline maw={260}>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {t('pool.byCategory.target')}
                        <IconInfoCircle size={14} aria-hidden />
                      </Group>
                    </Tooltip>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {category.values.map((value) => (
                  <Table.Tr key={value.value}>
                    <Table.Td>
                      <Text size="sm">{value.value}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={8} wrap="nowrap">
                        <Progress
                          value={value.share * 100}
                          size="md"
                          radius="sm"
                          style={{ flex: 1 }}
                          aria-label={`${category.name}: ${value.value}`}
                        />
                        <Text size="sm" w={44} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatShare(value.share)}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatNumber(value.count)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {value.targetShare === null ? (
                        <Tooltip label={t('pool.byCategory.targetHint')} withArrow multiline maw={260}>
                          <Text span c="dimmed" aria-label={t('pool.byCategory.noTarget')}>
                            —
                          </Text>
                        </Tooltip>
                      ) : (
                        <Stack gap={0} align="flex-end">
                          <Text size="sm">{formatShare(value.targetShare)}</Text>
                          {value.shortfall !== null && value.shortfall > 0 ? (
                            <Text size="xs" c="orange.8" fw={600}>
                              {t('pool.byCategory.shortfall', {
                                count: value.shortfall,
                                number: formatNumber(value.shortfall),
                              })}
                            </Text>
                          ) : (
                            <Text size="xs" c="teal.8">
                              {t('pool.byCategory.onTarget')}
                            </Text>
                          )}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  )
}
