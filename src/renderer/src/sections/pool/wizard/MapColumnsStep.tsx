import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { IconAlertTriangle, IconArrowBackUp, IconInfoCircle, IconSparkles } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportPreview } from '../../../../../shared/pool.ts'
import { AgeBandsEditor } from './AgeBandsEditor.tsx'
import {
  bandsFor,
  columnIssues,
  defaultCategoryName,
  isCategoryRole,
  type ColumnDraft,
  type KnownCategories,
  type RoleKey,
} from './draft.ts'

type Props = {
  preview: ImportPreview
  columns: ColumnDraft[]
  known: KnownCategories
  referenceDate: string
  onChange: (index: number, column: ColumnDraft) => void
}

const roleGroups: { group: 'person' | 'contact' | 'address' | 'categories' | 'other'; roles: RoleKey[] }[] = [
  { group: 'person', roles: ['id', 'firstName', 'lastName', 'fullName', 'consent'] },
  { group: 'contact', roles: ['email', 'phone', 'phone2'] },
  { group: 'address', roles: ['address', 'postcode'] },
  { group: 'categories', roles: ['category', 'age'] },
  { group: 'other', roles: ['note', 'ignore'] },
]

/** Step 3: what each column of the file means. */
export function MapColumnsStep({ preview, columns, known, referenceDate, onChange }: Props) {
  const { t } = useTranslation()
  const issues = columnIssues(columns)
  const hasId = columns.some((c) => c.role === 'id')
  const hasConsent = columns.some((c) => c.role === 'consent')
  const roleData = roleGroups.map(({ group, roles }) => ({
    group: t(`pool.wizard.map.groups.${group}`),
    items: roles.map((role) => ({ value: role, label: t(`pool.wizard.roles.${role}`) })),
  }))
  const knownNames = known.map((c) => c.name)
  const proposals = preview.proposed
  const kept = proposals.filter((p) => columns[p.column]?.role === p.role)

  function setRole(index: number, role: RoleKey) {
    const column = columns[index]
    if (!column) return
    const header = preview.headers[index] ?? ''
    let category = column.category
    if (isCategoryRole(role) && category.trim() === '') {
      category =
        role === 'age'
          ? defaultCategoryName(/age|âge/i.test(header) ? header : 'Age', known)
          : defaultCategoryName(header, known)
    }
    const bands = role === 'age' && column.role !== 'age' ? bandsFor(category, known) : column.bands
    onChange(index, {
      ...column,
      role,
      category,
      bands,
      referenceDate: column.referenceDate || referenceDate,
    })
  }

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('pool.wizard.map.intro')}</Text>
      {issues.map((issue, i) => (
        <Alert key={i} color="red" icon={<IconAlertTriangle size={20} />} role="alert">
          {issue.kind === 'manyIds'
            ? t('pool.wizard.map.issues.manyIds')
            : issue.kind === 'sameCategory'
              ? t('pool.wizard.map.issues.sameCategory', { category: issue.category })
              : issue.kind === 'noCategoryName'
                ? t('pool.wizard.map.issues.noCategoryName', { header: preview.headers[issue.column] ?? '' })
                : t('pool.wizard.map.issues.bands', { header: preview.headers[issue.column] ?? '' })}
        </Alert>
      ))}
      {proposals.length > 0 && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconSparkles size={20} />}
          title={t('pool.wizard.map.proposedTitle', { count: kept.length })}
          data-testid="proposed-categories"
        >
          <Stack gap="xs">
            <Text size="sm">
              {kept.length > 0
                ? t('pool.wizard.map.proposedText', {
                    columns: kept
                      .map((p) => t('pool.wizard.map.quoted', { text: preview.headers[p.column] ?? '' }))
                      .join(', '),
                  })
                : t('pool.wizard.map.proposedNone')}
            </Text>
            {kept.length > 0 && (
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconArrowBackUp size={16} />}
                  onClick={() => {
                    for (const p of kept) {
                      const column = columns[p.column]
                      if (column) onChange(p.column, { ...column, role: 'note' })
                    }
                  }}
                >
                  {t('pool.wizard.map.undoAll')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {!hasId && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('pool.wizard.map.noId')}
        </Alert>
      )}
      {!hasConsent && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('pool.wizard.map.noConsent')}
        </Alert>
      )}
      <Card withBorder radius="md" padding={0}>
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('pool.wizard.map.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">{t('pool.wizard.map.column')}</Table.Th>
              <Table.Th w="26%">{t('pool.wizard.map.role')}</Table.Th>
              <Table.Th>{t('pool.wizard.map.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.map((column, i) => {
              const header = preview.headers[i] ?? ''
              const samples = [
                ...new Set(preview.sample.map((row) => row[i]?.trim() ?? '').filter(Boolean)),
              ].slice(0, 3)
              const proposal = proposals.find((p) => p.column === i)
              const isNew =
                isCategoryRole(column.role) &&
                column.category.trim() !== '' &&
                !knownNames.includes(column.category.trim())
              return (
                <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {header || t('pool.wizard.map.unnamed', { number: i + 1 })}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {samples.length > 0 ? samples.join(' · ') : t('pool.wizard.map.emptyColumn')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('pool.wizard.map.roleFor', { header })}
                      value={column.role}
                      data={roleData}
                      onChange={(event) => {
                        const role = roleGroups
                          .flatMap((g) => g.roles)
                          .find((r) => r === event.currentTarget.value)
                        if (role) setRole(i, role)
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    {proposal && (
                      <Group gap="xs" mb={6} wrap="nowrap">
                        <Badge variant="light" color="blue" tt="none" size="sm">
                          {t(`pool.wizard.map.because.${proposal.because}`)}
                        </Badge>
                        {column.role === proposal.role ? (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            leftSection={<IconArrowBackUp size={14} />}
                            aria-label={t('pool.wizard.map.undoFor', { header })}
                            onClick={() => onChange(i, { ...column, role: 'note' })}
                          >
                            {t('pool.wizard.map.undo')}
                          </Button>
                        ) : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={t('pool.wizard.map.redoFor', { header })}
                            onClick={() => onChange(i, { ...column, role: proposal.role })}
                          >
                            {t('pool.wizard.map.redo')}
                          </Button>
                        )}
                      </Group>
                    )}
                    {isCategoryRole(column.role) ? (
                      <Stack gap="xs">
                        <Group gap="xs" align="flex-end" wrap="nowrap">
                          <Autocomplete
                            label={
                              <Group gap={6} component="span">
                                {t('pool.wizard.map.category')}
                                {isNew && (
                                  <Badge variant="light" color="blue" tt="none" size="xs" component="span">
                                    {t('pool.wizard.map.newCategory')}
                                  </Badge>
                                )}
                              </Group>
                            }
                            aria-label={t('pool.wizard.map.categoryFor', { header })}
                            value={column.category}
                            data={knownNames}
                            onChange={(category) => onChange(i, { ...column, category })}
                            w={240}
                            size="sm"
                          />
                          {column.role === 'age' && (
                            <TextInput
                              type="date"
                              label={t('pool.wizard.map.referenceDate')}
                              aria-label={t('pool.wizard.map.referenceDateFor', { header })}
                              value={column.referenceDate}
                              onChange={(event) =>
                                onChange(i, {
                                  ...column,
                                  referenceDate: event.currentTarget.value || referenceDate,
                                })
                              }
                              w={170}
                              size="sm"
                            />
                          )}
                        </Group>
                        {column.role === 'age' && (
                          <>
                            <Text size="xs" c="dimmed">
                              {t('pool.wizard.map.ageHint')}
                            </Text>
                            <AgeBandsEditor
                              header={header}
                              bands={column.bands}
                              onChange={(bands) => onChange(i, { ...column, bands })}
                            />
                          </>
                        )}
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed" pt={6}>
                        {t(`pool.wizard.roleHints.${column.role}`)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  )
}
