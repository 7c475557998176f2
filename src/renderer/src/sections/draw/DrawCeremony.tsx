import { Alert, Stack, Stepper } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuotaTable } from '../../../../shared/quotas.ts'
import { ChooseStep } from './ChooseStep.tsx'
import { CommitmentStep } from './CommitmentStep.tsx'
import { DrawResult } from './DrawResult.tsx'
import { holdsSeat } from './people.ts'
import { SeedStep } from './SeedStep.tsx'
import type { DrawData } from './use-draw-data.ts'

const steps = ['choose', 'commit', 'seed', 'result'] as const

type Props = {
  data: DrawData
  quotas: QuotaTable | null
  onChanged: () => void
  /** Open on the choice of a replacement draw (asked for from People's confirmations). */
  startReplacement?: boolean
}

/**
 * The draw as a public ceremony: choose the method, commit to the lottery (read the codes out),
 * choose the seed in public, see the panel. A draw waiting for its seed always comes back here.
 */
export function DrawCeremony({ data, quotas, onChanged, startReplacement = false }: Props) {
  const { t } = useTranslation()
  const [choosing, setChoosing] = useState(startReplacement)
  const [seedPhase, setSeedPhase] = useState(false)
  const committed = data.draws.find((d) => d.status === 'committed')
  const latest = data.draws.filter((d) => d.status === 'completed').at(-1)
  const panelSize = quotas?.panelSize ?? latest?.panelSize ?? 0
  const held = data.members.filter(holdsSeat).length
  const kind = latest ? 'replacement' : 'initial'
  const seats = kind === 'initial' ? panelSize : Math.max(0, panelSize - held)

  const active = committed ? (seedPhase ? 2 : 1) : latest && !choosing ? steps.length : 0
  const changed = () => {
    setChoosing(false)
    setSeedPhase(false)
    onChanged()
  }

  if (data.pool.people.length === 0) return <Alert color="gray">{t('draw.noPool')}</Alert>

  return (
    <Stack gap="xl">
      <Stepper active={active} size="sm" allowNextStepsSelect={false} className="no-print">
        {steps.map((step) => (
          <Stepper.Step
            key={step}
            label={t(`draw.steps.${step}.label`)}
            description={t(`draw.steps.${step}.text`)}
          />
        ))}
      </Stepper>
      {active === 0 && (
        <ChooseStep
          kind={kind}
          seats={seats}
          onPrepared={changed}
          {...(latest ? { onBack: () => setChoosing(false) } : {})}
        />
      )}
      {active === 1 && committed && (
        <CommitmentStep
          draw={committed}
          poolSize={Object.keys(committed.probabilities).length || data.pool.people.length}
          onContinue={() => setSeedPhase(true)}
          onDiscarded={changed}
        />
      )}
      {active === 2 && committed && (
        <SeedStep
          draw={committed}
          onBack={() => setSeedPhase(false)}
          onDrawn={changed}
          onDiscarded={changed}
        />
      )}
      {active === steps.length && latest && (
        <DrawResult
          data={data}
          latest={latest}
          quotas={quotas}
          panelSize={panelSize}
          onChanged={onChanged}
          onReplace={() => setChoosing(true)}
        />
      )}
    </Stack>
  )
}
