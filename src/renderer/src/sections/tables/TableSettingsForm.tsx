import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TableSettingsInput, TablesView } from '../../../../shared/tables.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notify } from '../../state/notifications.ts'

type Props = { view: TablesView; onSaved: (view: TablesView) => void }

/**
 * The fields to diversify and cluster on, the table size, balance against new encounters, the seed.
 * The parent keys it by the saved settings, so a save starts a fresh draft.
 */
export function TableSettingsForm({ view, onSaved }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<TableSettingsInput>(view.settings)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const set = (patch: Partial<TableSettingsInput>) => setDraft((d) => ({ ...d, ...patch }))
  const fieldNames = view.fields.map((f) => ({ value: f.name, label: fieldLabel(f.name) }))
  const clusterChoices = [
    ...new Set(view.fields.filter((f) => draft.cluster.includes(f.name)).flatMap((f) => f.values)),
  ]
  const members = view.members.length
  const tables = draft.tableSize >= 2 ? Math.ceil(members / draft.tableSize) : 0
  const changed = JSON.stringify(draft) !== JSON.stringify(view.settings)

  function fieldLabel(name: string) {
    return name === 'language' ? t('tablesSection.settings.languageField') : name
  }

  async function save() {
    setBusy(true)
    setError(null)
    try {
      onSaved(await call('tables:saveSettings', draft))
      notify({ kind: 'success', message: t('tablesSection.settings.saved') })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={4}>{t('tablesSection.settings.title')}</Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <MultiSelect
            label={t('tablesSection.settings.diversify')}
            description={t('tablesSection.settings.diversifyHint')}
            data={fieldNames}
            value={draft.diversify}
            onChange={(diversify) => set({ diversify })}
          />
          <MultiSelect
            label={t('tablesSection.settings.cluster')}
            description={t('tablesSection.settings.clusterHint')}
            data={fieldNames}
            value={draft.cluster}
            onChange={(cluster) => set({ cluster, clusterValues: [] })}
          />
          <NumberInput
            label={t('tablesSection.settings.tableSize')}
            description={t('tablesSection.settings.tableSizeHint', { members, count: tables })}
            min={2}
            max={100}
            value={draft.tableSize}
            onChange={(v) => set({ tableSize: typeof v === 'number' ? v : 0 })}
          />
          <MultiSelect
            label={t('tablesSection.settings.clusterValues')}
            description={t('tablesSection.settings.clusterValuesHint')}
            data={clusterChoices}
            value={draft.clusterValues}
            onChange={(clusterValues) => set({ clusterValues })}
            disabled={draft.cluster.length === 0}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="tables-weight-label">
              {t('tablesSection.settings.weight')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('tablesSection.settings.weightHint')}
            </Text>
            <Slider
              aria-labelledby="tables-weight-label"
              min={0}
              max={4}
              step={0.25}
              value={draft.encounterWeight}
              onChange={(encounterWeight) => set({ encounterWeight })}
              label={(v) => v.toFixed(2)}
              marks={[{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }]}
            />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('tablesSection.settings.balanceOnly')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('tablesSection.settings.encountersMost')}
              </Text>
            </Group>
          </Stack>
          <TextInput
            label={t('tablesSection.settings.seed')}
            description={t('tablesSection.settings.seedHint')}
            value={draft.seed}
            onChange={(e) => set({ seed: e.currentTarget.value })}
          />
        </SimpleGrid>
        {error && <Alert color="red">{error}</Alert>}
        <Group>
          <Button onClick={() => void save()} loading={busy} disabled={!changed}>
            {t('tablesSection.settings.save')}
          </Button>
          {changed && (
            <Text size="sm" c="dimmed">
              {t('tablesSection.settings.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  )
}
