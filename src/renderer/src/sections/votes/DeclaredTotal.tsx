import { Group, NumberInput, Text } from '@mantine/core'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useWholeNumber } from './use-formatters.ts'

type Props = { declared: number | null; cast: number; onChange: (declared: number | null) => void }

/** The ballots in the box, counted apart, checked against what the tables add up to. */
export const DeclaredTotal = memo(function DeclaredTotal({ declared, cast, onChange }: Props) {
  const { t } = useTranslation()
  const format = useWholeNumber()
  const [value, setValue] = useState<number | string>(declared ?? '')
  const differs = declared !== null && declared !== cast
  return (
    <Group align="flex-end" gap="lg">
      <NumberInput
        label={t('votes.counts.declared')}
        description={t('votes.counts.declaredHint')}
        value={value}
        onChange={(v) => {
          setValue(v)
          onChange(typeof v === 'number' ? v : null)
        }}
        min={0}
        allowDecimal={false}
        w={380}
      />
      <Text
        fw={600}
        c={differs ? 'red.7' : declared !== null ? 'teal.8' : 'dimmed'}
        data-testid="declared-check"
        pb={6}
      >
        {declared === null
          ? t('votes.counts.castSoFar', { count: cast, cast: format(cast) })
          : differs
            ? t('votes.counts.differs', { cast: format(cast), declared: format(declared) })
            : t('votes.counts.matches', { cast: format(cast) })}
      </Text>
    </Group>
  )
})
