import { Text } from '@mantine/core'
import { IconClock } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DrawEstimate, DrawKind } from '../../../../shared/draws.ts'
import { call } from '../../api.ts'
import { formatNumber } from '../../format.ts'

/**
 * How long the lottery should take, before the organiser starts it. Silent when the estimate
 * cannot be made: preparing the draw then explains what is wrong.
 */
export function DrawEstimateNote({ kind }: { kind: DrawKind }) {
  const { t } = useTranslation()
  const [estimate, setEstimate] = useState<DrawEstimate | null>(null)
  useEffect(() => {
    call('draw:estimate', { kind }).then(setEstimate, () => setEstimate(null))
  }, [kind])
  if (!estimate) return null
  return (
    <Text size="sm" data-testid="draw-estimate">
      <IconClock size={16} style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
      {t(`draw.choose.estimate.${estimate.equalChance ? 'equal' : estimate.band}`, {
        people: formatNumber(estimate.people),
        classes: formatNumber(estimate.classes),
      })}
    </Text>
  )
}
