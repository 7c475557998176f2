import { Button, Group, MultiSelect, Text, TextInput } from '@mantine/core'
import { IconFilter, IconSearch, IconX } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { PoolTable } from '../../../../shared/pool.ts'
import { formatNumber } from '../../format.ts'
import { filterKey } from './filter-pool.ts'

type Props = {
  categories: PoolTable['categories']
  query: string
  onQuery: (query: string) => void
  filters: string[]
  onFilters: (filters: string[]) => void
  shown: number
  total: number
}

/** Search by name, e-mail, id or postcode, and keep only some category values. */
export function PoolToolbar({ categories, query, onQuery, filters, onFilters, shown, total }: Props) {
  const { t } = useTranslation()
  const data = useMemo(
    () =>
      categories.map((category, c) => ({
        group: category.name,
        items: category.values.map((value, v) => ({
          value: filterKey(c, v),
          label: `${category.name}: ${value}`,
        })),
      })),
    [categories],
  )
  return (
    <Group gap="md" align="flex-end" wrap="nowrap">
      <TextInput
        label={t('pool.search')}
        placeholder={t('pool.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        w={320}
        type="search"
      />
      {categories.length > 0 && (
        <MultiSelect
          label={t('pool.filter')}
          placeholder={filters.length === 0 ? t('pool.filterPlaceholder') : undefined}
          leftSection={<IconFilter size={16} />}
          data={data}
          value={filters}
          onChange={onFilters}
          searchable
          clearable
          maxDropdownHeight={360}
          style={{ flex: 1, minWidth: 0 }}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {(filters.length > 0 || query !== '') && (
        <Button
          variant="subtle"
          leftSection={<IconX size={16} />}
          onClick={() => {
            onFilters([])
            onQuery('')
          }}
          style={{ flex: 'none' }}
        >
          {t('pool.clearFilter')}
        </Button>
      )}
      <Text size="sm" c="dimmed" pb={8} style={{ whiteSpace: 'nowrap' }} role="status">
        {shown === total
          ? t('pool.showingAll', { count: total, number: formatNumber(total) })
          : t('pool.showing', { shown: formatNumber(shown), number: formatNumber(total), count: total })}
      </Text>
    </Group>
  )
}
