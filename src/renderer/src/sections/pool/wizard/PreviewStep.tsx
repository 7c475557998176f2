import { Alert, Badge, Card, Group, NativeSelect, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle, IconBookmark, IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportPreview } from '../../../../../shared/pool.ts'
import { formatNumber } from '../../../format.ts'

type Props = { preview: ImportPreview; busy: boolean; onSheet: (sheet: string) => void }

const SHOWN_ROWS = 10

/** Step 2: what was read, how it was read, and the first rows as the app sees them. */
export function PreviewStep({ preview, busy, onSheet }: Props) {
  const { t } = useTranslation()
  const { detected } = preview
  // The core names the delimiter ('comma', 'semicolon', 'tab'); older builds sent the character.
  const delimiter = (d: string) =>
    d === ',' || d === 'comma'
      ? t('pool.wizard.preview.comma')
      : d === ';' || d === 'semicolon'
        ? t('pool.wizard.preview.semicolon')
        : d === '\t' || d === 'tab'
          ? t('pool.wizard.preview.tab')
          : d
  return (
    <Stack gap="md">
      {preview.rowCount === 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={20} />} role="alert">
          {t('pool.wizard.preview.noRows')}
        </Alert>
      )}
      <Card withBorder radius="md" padding="md">
        <Group gap="xl" wrap="wrap" align="flex-end">
          <Group gap="sm" wrap="nowrap">
            <IconFileSpreadsheet size={28} stroke={1.4} color="var(--mantine-color-teal-7)" />
            <Stack gap={0}>
              <Text fw={650}>{preview.fileName.replace(/^[0-9a-f-]{36}-/, '')}</Text>
              <Text size="sm" c="dimmed">
                {t('pool.wizard.preview.rows', {
                  count: preview.rowCount,
                  number: formatNumber(preview.rowCount),
                })}
                {' · '}
                {t('pool.wizard.preview.columns', { count: preview.headers.length })}
              </Text>
            </Stack>
          </Group>
          <Fact
            label={t('pool.wizard.preview.format')}
            value={preview.format === 'xlsx' ? 'Excel (XLSX)' : 'CSV'}
          />
          {detected.encoding && <Fact label={t('pool.wizard.preview.encoding')} value={detected.encoding} />}
          {detected.delimiter && (
            <Fact label={t('pool.wizard.preview.delimiter')} value={delimiter(detected.delimiter)} />
          )}
          {detected.sheets && detected.sheets.length > 1 ? (
            <NativeSelect
              label={t('pool.wizard.preview.sheet')}
              value={detected.sheet ?? detected.sheets[0] ?? ''}
              data={detected.sheets}
              disabled={busy}
              onChange={(event) => onSheet(event.currentTarget.value)}
              w={220}
            />
          ) : (
            detected.sheet && <Fact label={t('pool.wizard.preview.sheet')} value={detected.sheet} />
          )}
        </Group>
      </Card>
      {preview.remembered ? (
        <Alert color="teal" variant="light" icon={<IconBookmark size={20} />}>
          {t('pool.wizard.preview.remembered')}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('pool.wizard.preview.suggested')}
        </Text>
      )}
      <Card withBorder radius="md" padding={0}>
        <ScrollArea type="auto" offsetScrollbars>
          <Table
            striped
            withColumnBorders
            verticalSpacing={6}
            horizontalSpacing="sm"
            fz="sm"
            aria-label={t('pool.wizard.preview.tableLabel')}
            style={{ whiteSpace: 'nowrap' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th c="dimmed" w={56}>
                  {t('pool.wizard.preview.row')}
                </Table.Th>
                {preview.headers.map((header, i) => (
                  <Table.Th key={i}>
                    {header || (
                      <Badge variant="light" color="gray">
                        {i + 1}
                      </Badge>
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sample.slice(0, SHOWN_ROWS).map((row, r) => (
                <Table.Tr key={r}>
                  <Table.Td c="dimmed">{r + 2}</Table.Td>
                  {preview.headers.map((_, c) => (
                    <Table.Td key={c} maw={240} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                      {row[c] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Card>
      {preview.rowCount > SHOWN_ROWS && (
        <Text size="sm" c="dimmed">
          {t('pool.wizard.preview.more', {
            number: formatNumber(preview.rowCount - SHOWN_ROWS),
            count: preview.rowCount - SHOWN_ROWS,
          })}
        </Text>
      )}
    </Stack>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={550}>
        {value}
      </Text>
    </Stack>
  )
}
