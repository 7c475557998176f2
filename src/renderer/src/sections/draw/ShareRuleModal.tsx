import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuotaTable, QuotaValueView } from '../../../../shared/quotas.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = {
  category: string | null
  values: QuotaValueView[]
  panelSize: number
  onClose: () => void
  beforeApply: () => Promise<void>
  onApplied: (table: QuotaTable) => void
}

/** Turns the population shares of one category into minimums and maximums, with a rounding rule. */
export function ShareRuleModal({ category, values, panelSize, onClose, beforeApply, onApplied }: Props) {
  const { t } = useTranslation()
  const [deviation, setDeviation] = useState(1)
  const [floor, setFloor] = useState(1)
  const [busy, setBusy] = useState(false)
  const shares = Object.fromEntries(
    values.flatMap((v) => (v.populationShare === null ? [] : [[v.value, v.populationShare]])),
  )
  const missing = values.filter((v) => v.populationShare === null).map((v) => v.value)

  async function apply() {
    if (!category) return
    setBusy(true)
    try {
      await beforeApply()
      onApplied(await call('quotas:applyShares', { category, shares, rule: { deviation, floor } }))
      onClose()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      opened={category !== null}
      onClose={onClose}
      title={t('quotas.shares.title', { category: category ?? '' })}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t('quotas.shares.intro', { size: panelSize })}</Text>
        {missing.length === values.length ? (
          <Alert color="orange">{t('quotas.shares.none')}</Alert>
        ) : (
          missing.length > 0 && (
            <Alert color="gray">{t('quotas.shares.missing', { values: missing.join(', ') })}</Alert>
          )
        )}
        <Group grow align="flex-start">
          <NumberInput
            label={t('quotas.shares.deviation')}
            description={t('quotas.shares.deviationHint')}
            min={0}
            max={100}
            value={deviation}
            onChange={(raw) => setDeviation(Math.max(0, Math.round(Number(raw) || 0)))}
          />
          <NumberInput
            label={t('quotas.shares.floor')}
            description={t('quotas.shares.floorHint')}
            min={0}
            max={100}
            value={floor}
            onChange={(raw) => setFloor(Math.max(0, Math.round(Number(raw) || 0)))}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void apply()} loading={busy} disabled={missing.length === values.length}>
            {t('quotas.shares.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
