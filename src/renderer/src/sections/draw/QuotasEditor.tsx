import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NumberInput,
  Progress,
  Stack,
  Switch,
  Text,
} from '@mantine/core'
import { IconChecklist, IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuotaCheck, QuotaRow, QuotaTable } from '../../../../shared/quotas.ts'
import { call } from '../../api.ts'
import { SaveIndicator } from '../../components/SaveIndicator.tsx'
import { formatDateTime } from '../../format.ts'
import { toErrorData } from '../../i18n/errors.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { useJob } from '../pool/wizard/use-job.ts'
import { CategoryQuotaTable } from './CategoryQuotaTable.tsx'
import { LockButton } from '../../components/LockButton.tsx'
import { QuotaCheckResult } from './QuotaCheckResult.tsx'
import { QuotaFiles } from './QuotaFiles.tsx'
import { ShareRuleModal } from './ShareRuleModal.tsx'
import { quotaRow, type QuotasEditorState } from './use-quotas.ts'

/** The quota targets: panel size, a table per category, the exact check and its fix, files, the lock. */
export function QuotasEditor({ quotas }: { quotas: QuotasEditorState }) {
  const { t } = useTranslation()
  const { table, status, editRow, setPanelSize, flush, replace } = quotas
  const job = useJob()
  const [result, setResult] = useState<QuotaCheck | null>(null)
  const [applying, setApplying] = useState(false)
  const [advanced, setAdvanced] = useState(false)
  const [sharesFor, setSharesFor] = useState<string | null>(null)

  if (!table) return <Loader />
  const locked = table.lockedAt !== null
  const panelSize = table.panelSize ?? 0

  async function check() {
    setResult(null)
    try {
      await flush()
      setResult(await job.run((jobId) => call('quotas:check', { jobId })))
    } catch (error) {
      if (toErrorData(error).code === 'cancelled') return
      notifyError(error)
    }
  }

  async function applyRelaxation(current: QuotaTable, found: QuotaCheck) {
    setApplying(true)
    try {
      await flush()
      const rows: QuotaRow[] = []
      for (const change of found.relaxation ?? []) {
        const view = current.categories
          .find((c) => c.name === change.category)
          ?.values.find((v) => v.value === change.value)
        if (!view) continue
        const row = rows.find((r) => r.category === change.category && r.value === change.value)
        const base = row ?? quotaRow(view)
        base[change.bound] = change.to
        if (!row) rows.push(base)
      }
      replace(await call('quotas:save', { rows }))
      notify({ kind: 'success', message: t('quotas.result.applied', { count: rows.length }) })
      await check()
    } catch (error) {
      notifyError(error)
    } finally {
      setApplying(false)
    }
  }

  const sharesCategory = table.categories.find((c) => c.name === sharesFor)
  return (
    <Stack gap="lg" data-testid="quotas-editor">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Group align="flex-end" gap="lg">
          <NumberInput
            label={t('quotas.panelSize')}
            description={t('quotas.panelSizeHint')}
            min={1}
            max={10_000}
            w={260}
            readOnly={locked}
            value={table.panelSize ?? ''}
            onChange={(raw) => {
              const n = Math.round(Number(raw))
              if (!Number.isFinite(n) || n < 1) return
              setResult(null)
              setPanelSize(n)
            }}
          />
          {locked ? (
            <Badge
              size="lg"
              color="orange"
              variant="light"
              leftSection={<IconLock size={14} />}
              tt="none"
              data-testid="quotas-locked"
            >
              {t('quotas.lock.badge', { when: formatDateTime(table.lockedAt ?? '') })}
            </Badge>
          ) : (
            <SaveIndicator status={status} />
          )}
        </Group>
        <Group gap="sm">
          <QuotaFiles locked={locked} beforeImport={flush} onImported={replace} />
          {!locked && (
            <LockButton
              texts="quotas.lock"
              lock={async () => {
                await flush()
                return call('quotas:lock', undefined)
              }}
              onLocked={replace}
            />
          )}
          <Button
            leftSection={<IconChecklist size={18} />}
            onClick={() => void check()}
            loading={job.running}
            disabled={panelSize < 1}
          >
            {t('quotas.checkButton')}
          </Button>
        </Group>
      </Group>

      {locked && (
        <Alert color="orange" variant="light" icon={<IconLock size={20} />}>
          {t('quotas.lock.lockedText')}
        </Alert>
      )}

      {job.running && (
        <Stack gap={6} role="status" aria-live="polite">
          <Progress value={100} striped animated aria-label={t('quotas.checking')} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('quotas.checking')}
            </Text>
            <Button size="xs" variant="subtle" color="gray" onClick={job.cancel} loading={job.cancelling}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {result && (
        <QuotaCheckResult
          result={result}
          locked={locked}
          applying={applying}
          onApply={() => void applyRelaxation(table, result)}
        />
      )}

      {table.categories.length === 0 ? (
        <Alert color="gray">{t('quotas.noCategories')}</Alert>
      ) : (
        <>
          <Switch
            label={t('quotas.advanced')}
            description={t('quotas.advancedHint')}
            checked={advanced}
            onChange={(event) => setAdvanced(event.currentTarget.checked)}
          />
          {table.categories.map((category) => (
            <CategoryQuotaTable
              key={category.name}
              name={category.name}
              values={category.values}
              panelSize={panelSize}
              locked={locked}
              advanced={advanced}
              onEdit={(value, edit) => {
                // An answer about other quotas would mislead.
                setResult(null)
                editRow(category.name, value, edit)
              }}
              onShares={() => setSharesFor(category.name)}
            />
          ))}
        </>
      )}

      <ShareRuleModal
        category={sharesCategory ? sharesCategory.name : null}
        values={sharesCategory?.values ?? []}
        panelSize={panelSize}
        onClose={() => setSharesFor(null)}
        beforeApply={flush}
        onApplied={(next) => {
          replace(next)
          notify({ kind: 'success', message: t('quotas.shares.done', { category: sharesFor ?? '' }) })
        }}
      />
    </Stack>
  )
}
