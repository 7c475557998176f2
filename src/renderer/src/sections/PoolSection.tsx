import { Alert, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconChartBar, IconFileImport, IconHome, IconTable, IconUserPlus } from '@tabler/icons-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../format.ts'
import { notify } from '../state/notifications.ts'
import { AddPersonModal } from './pool/AddPersonModal.tsx'
import { CategoryPanel } from './pool/CategoryPanel.tsx'
import { EmptyPool } from './pool/EmptyPool.tsx'
import { filterPool, householdCount, householdSizes, searchIndex } from './pool/filter-pool.ts'
import { HouseholdsView, sharedHouseholds } from './pool/HouseholdsView.tsx'
import { PersonDrawer } from './pool/PersonDrawer.tsx'
import { PoolTable } from './pool/PoolTable.tsx'
import { PoolToolbar } from './pool/PoolToolbar.tsx'
import { usePoolData } from './pool/use-pool-data.ts'
import { ImportWizard } from './pool/wizard/ImportWizard.tsx'

type Tab = 'people' | 'categories' | 'households'

/** The pool: everyone who registered, searchable, by category and by household; import and manual entry. */
export function PoolSection() {
  const { t } = useTranslation()
  const { data, error, reload } = usePoolData()
  const [tab, setTab] = useState<Tab>('people')
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<string[]>([])
  const [personId, setPersonId] = useState<number | null>(null)
  const [wizard, setWizard] = useState(false)
  const [adding, setAdding] = useState(false)

  const people = useMemo(() => data?.table.people ?? [], [data])

  const sizes = useMemo(() => householdSizes(people), [people])
  const households = useMemo(() => householdCount(people, sizes), [people, sizes])
  const shared = useMemo(() => sharedHouseholds(people).length, [people])
  const deferredQuery = useDeferredValue(query)
  // The search index is built on the first search, not on every load.
  const searching = deferredQuery.trim() !== ''
  const index = useMemo(() => (searching ? searchIndex(people) : []), [people, searching])
  const rows = useMemo(
    () => filterPool(people, index, deferredQuery, filters),
    [people, index, deferredQuery, filters],
  )

  if (error) {
    return (
      <Alert color="red" title={t('errors.title')} maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{error}</Text>
          <Button size="xs" variant="light" color="red" onClick={reload}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    )
  }
  if (!data) return <Loader />

  const empty = people.length === 0
  return (
    <Stack gap="md" h="calc(100vh - 64px - 2 * var(--mantine-spacing-xl))" data-testid="pool-section">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={2}>{t('pool.title')}</Title>
          {empty ? (
            <Text c="dimmed">{t('pool.intro')}</Text>
          ) : (
            <Text c="dimmed" data-testid="pool-count">
              {t('pool.count', { count: people.length, number: formatNumber(people.length) })}
              {' · '}
              {t('pool.householdCount', { count: households, number: formatNumber(households) })}
            </Text>
          )}
        </Stack>
        {!empty && (
          <Group gap="sm" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconUserPlus size={18} />}
              onClick={() => setAdding(true)}
            >
              {t('pool.add')}
            </Button>
            <Button leftSection={<IconFileImport size={18} />} onClick={() => setWizard(true)}>
              {t('pool.import')}
            </Button>
          </Group>
        )}
      </Group>

      {empty ? (
        <EmptyPool onImport={() => setWizard(true)} onAdd={() => setAdding(true)} />
      ) : (
        <Tabs
          value={tab}
          onChange={(next) => setTab(next === 'categories' || next === 'households' ? next : 'people')}
          keepMounted={false}
          style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        >
          <Tabs.List>
            <Tabs.Tab value="people" leftSection={<IconTable size={16} />}>
              {t('pool.tabs.people')}
            </Tabs.Tab>
            <Tabs.Tab value="categories" leftSection={<IconChartBar size={16} />}>
              {t('pool.tabs.categories')}
            </Tabs.Tab>
            <Tabs.Tab value="households" leftSection={<IconHome size={16} />}>
              {t('pool.tabs.households', { count: shared, number: formatNumber(shared) })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="people" pt="md" style={{ flex: 1, minHeight: 0 }}>
            <Stack gap="sm" h="100%">
              <PoolToolbar
                categories={data.table.categories}
                query={query}
                onQuery={setQuery}
                filters={filters}
                onFilters={setFilters}
                shown={rows.length}
                total={people.length}
              />
              <div style={{ flex: 1, minHeight: 0 }}>
                <PoolTable table={data.table} rows={rows} householdSizes={sizes} onOpen={setPersonId} />
              </div>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="categories" pt="md" pb="xl" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
            <CategoryPanel summary={data.summary} />
          </Tabs.Panel>
          <Tabs.Panel value="households" pt="md" style={{ flex: 1, minHeight: 0 }}>
            <HouseholdsView people={people} onOpen={setPersonId} />
          </Tabs.Panel>
        </Tabs>
      )}

      <PersonDrawer personId={personId} onClose={() => setPersonId(null)} onOpen={setPersonId} />
      <AddPersonModal
        opened={adding}
        categories={data.table.categories}
        onClose={() => setAdding(false)}
        onAdded={(person) => {
          setAdding(false)
          notify({
            kind: 'success',
            message: t('pool.addPerson.done', {
              name: `${person.firstName} ${person.lastName}`.trim() || person.externalId,
            }),
          })
          reload()
        }}
      />
      <ImportWizard
        opened={wizard}
        categories={data.table.categories}
        onClose={() => setWizard(false)}
        onImported={() => {
          reload()
          setTab('people')
        }}
      />
    </Stack>
  )
}
