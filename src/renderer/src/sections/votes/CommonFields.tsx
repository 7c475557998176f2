import {
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ballotKindFacts } from '../../../../shared/ballot-kinds.ts'
import { opensWhen, type BallotSpec, type BallotView } from '../../../../shared/votes.ts'
import { tieBreaks } from './ballot-presets.ts'

type Props = {
  spec: BallotSpec
  /** Other ballots this one may wait for. */
  others: BallotView[]
  members: number | null
  onChange: (patch: Partial<BallotSpec>) => void
}

/** What every ballot has: how papers come in, ties, quorum, and whether it waits for an earlier ballot. */
export function CommonFields({ spec, others, members, onChange }: Props) {
  const { t } = useTranslation()
  const modes = ballotKindFacts[spec.kind].entry
  const tie = spec.tieBreak || 'random'
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('votes.builder.entry')}
        </Text>
        {modes.length > 1 ? (
          <SegmentedControl
            value={spec.entry}
            onChange={(v) => onChange({ entry: v === 'papers' ? 'papers' : 'counts' })}
            data={modes.map((m) => ({ value: m, label: t(`votes.builder.entries.${m}.name`) }))}
            aria-label={t('votes.builder.entry')}
            w="fit-content"
          />
        ) : (
          <Text fw={600}>{t(`votes.builder.entries.${spec.entry}.name`)}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t(`votes.builder.entries.${spec.entry}.text`)}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Select
          label={t('votes.builder.tieBreak')}
          description={t(`votes.builder.tieBreaks.${tie as 'random'}.text`)}
          data={tieBreaks.map((b) => ({ value: b, label: t(`votes.builder.tieBreaks.${b}.name`) }))}
          value={tie}
          onChange={(v) => v && onChange({ tieBreak: v })}
          allowDeselect={false}
        />
        {tie === 'random' && (
          <TextInput
            label={t('votes.builder.seed')}
            description={t('votes.builder.seedHint')}
            value={spec.options.seed ?? ''}
            onChange={(e) => {
              const seed = e.currentTarget.value
              const { seed: _old, ...rest } = spec.options
              onChange({ options: seed.trim() === '' ? rest : { ...rest, seed } })
            }}
            classNames={{ input: 'mono' }}
          />
        )}
        <NumberInput
          label={t('votes.builder.quorum')}
          description={
            members === null
              ? t('votes.builder.quorumHint')
              : t('votes.builder.quorumHintMembers', { members, half: Math.floor(members / 2) + 1 })
          }
          value={spec.quorum ?? ''}
          onChange={(v) => onChange({ quorum: typeof v === 'number' ? v : null })}
          min={0}
          allowDecimal={false}
          placeholder={t('votes.builder.noQuorum')}
        />
      </SimpleGrid>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('votes.builder.opensAfter')}
          description={t('votes.builder.opensAfterHint')}
          placeholder={t('votes.builder.opensAtOnce')}
          data={others.map((b) => ({ value: String(b.id), label: b.spec.title }))}
          value={spec.opensAfter ? String(spec.opensAfter.ballotId) : null}
          onChange={(v) =>
            onChange({
              opensAfter:
                v === null ? null : { ballotId: Number(v), when: spec.opensAfter?.when ?? 'decided' },
            })
          }
          clearable
          w={360}
        />
        {spec.opensAfter && (
          <Select
            aria-label={t('votes.builder.opensWhen')}
            data={opensWhen.map((w) => ({ value: w, label: t(`votes.builder.when.${w}`) }))}
            value={spec.opensAfter.when}
            onChange={(v) => {
              const when = opensWhen.find((w) => w === v)
              if (when && spec.opensAfter) onChange({ opensAfter: { ...spec.opensAfter, when } })
            }}
            allowDeselect={false}
            w={260}
          />
        )}
      </Group>
    </Stack>
  )
}
