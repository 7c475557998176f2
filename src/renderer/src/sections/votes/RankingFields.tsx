import { NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  irvRules,
  methodFacts,
  methodsOfKind,
  quotaKinds,
  stvTransfers,
  unrankedRules,
} from '../../../../shared/counting-methods.ts'
import type { BallotSpec } from '../../../../shared/votes.ts'
import { ChoiceCards } from '../../components/ChoiceCards.tsx'
import { rankedOptions } from './ballot-presets.ts'

type Props = { spec: BallotSpec; onChange: (patch: Partial<BallotSpec>) => void }

const rankedMethods = methodsOfKind('ranking')

/** A ranked ballot: the counting method, the seats and the rule variants of that method. */
export function RankingFields({ spec, onChange }: Props) {
  const { t } = useTranslation()
  const method = spec.method
  const setOption = (patch: BallotSpec['options']) => onChange({ options: { ...spec.options, ...patch } })
  const select = (
    name: string,
    value: string | undefined,
    values: readonly string[],
    onPick: (v: string) => void,
  ) => (
    <Select
      label={t(`votes.builder.ranked.${name}` as 'votes.builder.ranked.strength')}
      data={values.map((v) => ({
        value: v,
        label: t(`votes.builder.ranked.values.${v}` as 'votes.builder.ranked.values.winning'),
      }))}
      value={value ?? values[0] ?? null}
      onChange={(v) => v && onPick(v)}
      allowDeselect={false}
    />
  )
  const facts = methodFacts(method)
  const unranked = spec.rules.unranked ?? facts.unranked[0]

  return (
    <Stack gap="md">
      <ChoiceCards
        label={t('votes.builder.method')}
        value={method}
        choices={rankedMethods.map((m) => ({
          value: m,
          name: t(`votes.methods.${m}.name`),
          text: t(`votes.methods.${m as 'irv'}.text`),
        }))}
        onChange={(chosen) => {
          const chosenFacts = methodFacts(chosen)
          onChange({
            method: chosen,
            seats: chosenFacts.multiSeat ? Math.max(spec.seats, 2) : 1,
            options: rankedOptions(chosen, spec.options.seed),
            rules: { ...spec.rules, unranked: chosenFacts.unranked[0] },
          })
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {facts.multiSeat && (
          <NumberInput
            label={t('votes.builder.seats')}
            value={spec.seats}
            onChange={(v) => typeof v === 'number' && onChange({ seats: v })}
            min={1}
            max={100}
            allowDecimal={false}
          />
        )}
        {method === 'irv' &&
          select('irvRule', spec.options.irv_rule, irvRules, (v) => setOption({ irv_rule: v }))}
        {method === 'stv' &&
          select('transfer', spec.options.transfer, stvTransfers, (v) =>
            onChange({
              options: {
                seed: spec.options.seed,
                transfer: v,
                ...(v === 'gregory' ? { quota: 'droop' } : {}),
              },
            }),
          )}
        {(method === 'cpo_stv' || (method === 'stv' && spec.options.transfer === 'gregory')) &&
          select(
            'quota',
            spec.options.quota,
            method === 'cpo_stv' ? [quotaKinds[1], quotaKinds[0], quotaKinds[2], quotaKinds[3]] : quotaKinds,
            (v) => setOption({ quota: v }),
          )}
        {method === 'stv' &&
          (spec.options.transfer === 'meek' || spec.options.transfer === 'warren') &&
          select('defeatBatch', spec.options.defeat_batch, ['safe', 'none'], (v) =>
            setOption({ defeat_batch: v }),
          )}
        {method === 'stv' &&
          spec.options.transfer === 'wigm' &&
          select('integerQuota', String(spec.options.integer_quota ?? false), ['false', 'true'], (v) =>
            setOption({ integer_quota: v === 'true' }),
          )}
        {method === 'stv' &&
          (spec.options.transfer === 'meek' || spec.options.transfer === 'wigm') &&
          select('arithmetic', spec.options.arithmetic ?? 'guarded', ['guarded', 'rational'], (v) =>
            setOption({ arithmetic: v === 'rational' ? 'rational' : 'guarded' }),
          )}
        {facts.strengths.length > 0 &&
          select('strength', spec.options.strength, facts.strengths, (v) =>
            setOption({ strength: facts.strengths.find((s) => s === v) }),
          )}
        {method === 'ranked_pairs' &&
          select('equalDefeats', spec.options.equal_defeats, ['candidate-order', 'all-orders'], (v) =>
            setOption({ equal_defeats: v === 'all-orders' ? 'all-orders' : 'candidate-order' }),
          )}
        {facts.unranked.length > 1 &&
          select('unranked', unranked, facts.unranked, (v) =>
            onChange({ rules: { ...spec.rules, unranked: unrankedRules.find((r) => r === v) } }),
          )}
        {method === 'borda' &&
          select('bordaStart', String(spec.options.borda_start ?? 1), ['1', '0'], (v) =>
            setOption({ borda_start: Number(v) }),
          )}
      </SimpleGrid>
      {method === 'stv' && (
        <Text size="sm" c="dimmed">
          {t(`votes.builder.ranked.transferText.${(spec.options.transfer ?? 'scotland') as 'scotland'}`)}
        </Text>
      )}
    </Stack>
  )
}
