import { Alert, Button, Card, Group, SimpleGrid, Spoiler, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconDownload, IconInfoCircle } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../../shared/pool.ts'
import { call } from '../../../api.ts'
import { formatNumber } from '../../../format.ts'
import { notifyError } from '../../../state/notify-error.ts'
import { problemText, ProblemsTable, type Problem } from './ProblemsTable.tsx'

type Props = {
  report: ImportReport
  fileName: string
  /** The header of the id column: the core names it 'id' in duplicate-id problems. */
  done: boolean
}

/** The validation report: what the import would do (or did), and every problem by row and column. */
export function ReportView({ report, fileName, done }: Props) {
  const { t } = useTranslation()
  const [exporting, setExporting] = useState(false)
  const problems = useMemo<Problem[]>(
    () =>
      [
        ...report.rejected.map((p) => ({ ...p, kind: 'rejected' as const })),
        ...report.warnings.map((p) => ({ ...p, kind: 'warning' as const })),
      ].sort((a, b) => a.row - b.row),
    [report],
  )
  const rejectedRows = useMemo(() => new Set(report.rejected.map((p) => p.row)).size, [report])
  const warningRows = useMemo(() => new Set(report.warnings.map((p) => p.row)).size, [report])

  async function exportCsv() {
    setExporting(true)
    try {
      const csv = await call('pool:problemsCsv', {
        problems: problems.map((problem) => ({
          row: problem.row,
          column: problem.column,
          reason: `${problem.kind === 'warning' ? `${t('pool.report.warningPrefix')} ` : ''}${problemText(t, problem)}`,
        })),
      })
      const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = t('pool.report.csvName', {
        file: fileName.replace(/^[0-9a-f-]{36}-/, '').replace(/\.[^.]+$/, ''),
      })
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (error) {
      notifyError(error)
    } finally {
      setExporting(false)
    }
  }

  const stats: { key: string; label: string; value: number; color?: string; hint?: string }[] = [
    { key: 'added', label: t('pool.report.added'), value: report.added, color: 'teal.8' },
    { key: 'updated', label: t('pool.report.updated'), value: report.updated },
    { key: 'unchanged', label: t('pool.report.unchanged'), value: report.unchanged },
    { key: 'gone', label: t('pool.report.gone'), value: report.gone.length, hint: t('pool.report.goneHint') },
    {
      key: 'rejected',
      label: t('pool.report.rejected'),
      value: rejectedRows,
      ...(rejectedRows > 0 ? { color: 'red.8' } : {}),
    },
    {
      key: 'warnings',
      label: t('pool.report.warnings'),
      value: warningRows,
      ...(warningRows > 0 ? { color: 'yellow.9' } : {}),
    },
    { key: 'duplicates', label: t('pool.report.duplicates'), value: report.duplicates },
    { key: 'households', label: t('pool.report.households'), value: report.households },
  ]

  return (
    <Stack gap="md">
      {done ? (
        <Alert
          color="teal"
          icon={<IconCircleCheck size={22} />}
          title={t('pool.report.doneTitle')}
          role="status"
        >
          {t('pool.report.doneText', { count: report.imported, number: formatNumber(report.imported) })}
        </Alert>
      ) : (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={22} />}
          title={t('pool.report.checkedTitle')}
        >
          {t('pool.report.intro', { count: report.imported, number: formatNumber(report.imported) })}
        </Alert>
      )}
      <SimpleGrid
        cols={{ base: 2, sm: 4 }}
        spacing="sm"
        role="list"
        aria-label={t('pool.report.summaryLabel')}
      >
        {stats.map((stat) => (
          <Card
            key={stat.key}
            withBorder
            radius="md"
            padding="sm"
            role="listitem"
            aria-label={`${stat.label}: ${stat.value}`}
          >
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {stat.label}
            </Text>
            <Text
              size="xl"
              fw={700}
              c={stat.color ?? 'dark.7'}
              data-testid={`report-${stat.key}`}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {formatNumber(stat.value)}
            </Text>
            {stat.hint && stat.value > 0 && (
              <Text size="xs" c="dimmed">
                {stat.hint}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
      {report.gone.length > 0 && (
        <Card withBorder radius="md" padding="md">
          <Text size="sm" fw={600}>
            {t('pool.report.goneList', { count: report.gone.length })}
          </Text>
          <Spoiler maxHeight={48} showLabel={t('pool.report.showAll')} hideLabel={t('pool.report.showLess')}>
            <Text size="sm" className="mono" c="dimmed">
              {report.gone.join(', ')}
            </Text>
          </Spoiler>
        </Card>
      )}
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {problems.length === 0
            ? t('pool.report.noProblems')
            : t('pool.report.problems', { count: problems.length, number: formatNumber(problems.length) })}
        </Title>
        {problems.length > 0 && (
          <Button
            variant="default"
            leftSection={<IconDownload size={18} />}
            onClick={() => void exportCsv()}
            loading={exporting}
          >
            {t('pool.report.export')}
          </Button>
        )}
      </Group>
      {problems.length > 0 && <ProblemsTable problems={problems} />}
    </Stack>
  )
}
