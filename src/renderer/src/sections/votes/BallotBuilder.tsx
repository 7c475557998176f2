import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ballotKindFacts, type BallotKind } from '../../../../shared/ballot-kinds.ts'
import {
  ballotSpecSchema,
  type BallotSpec,
  type BallotView,
  type RecommendationView,
} from '../../../../shared/votes.ts'
import { issueMessage } from '../../../../shared/messages.ts'
import { call } from '../../api.ts'
import { say } from '../../i18n/say.ts'
import { notifyError } from '../../state/notify-error.ts'
import { defaultSpec } from './ballot-presets.ts'
import { CommonFields } from './CommonFields.tsx'
import { KindFields } from './KindFields.tsx'
import { KindPicker } from './KindPicker.tsx'
import { LinesInput } from './LinesInput.tsx'
import { RankingFields } from './RankingFields.tsx'
import { ScaleFields } from './ScaleFields.tsx'
import { useBuilderTexts } from './use-builder-texts.ts'
import { YesNoFields } from './YesNoFields.tsx'

type Props = {
  rec: RecommendationView | null
  /** The ballot being changed; null for a new one. */
  ballot: BallotView | null
  others: BallotView[]
  members: number | null
  onSaved: (ballot: BallotView) => void
  onCancel: () => void
}

/** Builds a ballot of any kind, with the settings each kind needs and a sentence on each. */
export function BallotBuilder({ rec, ballot, others, members, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const texts = useBuilderTexts(rec?.code ?? t('votes.builder.defaults.proposal'))
  const [spec, setSpec] = useState<BallotSpec>(
    () =>
      ballot?.spec ??
      defaultSpec('yes-no', rec ? t('votes.builder.defaultTitle', { code: rec.code }) : '', texts),
  )
  const [linesKey, setLinesKey] = useState(0)
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const change = (patch: Partial<BallotSpec>) =>
    setSpec((current) => {
      const next = { ...current, ...patch }
      if (next.kind === 'yes-no' && patch.candidates)
        next.options = { ...next.options, pass_options: patch.candidates.slice(0, 1) }
      return next
    })

  function changeKind(kind: BallotKind) {
    const fresh = defaultSpec(kind, spec.title, texts)
    setSpec({
      ...fresh,
      quorum: spec.quorum,
      opensAfter: spec.opensAfter,
      candidates:
        kind === 'yes-no' || kind === 'scale'
          ? fresh.candidates
          : spec.kind === 'yes-no'
            ? []
            : spec.candidates,
      entry: ballotKindFacts[kind].entry.includes(spec.entry) ? spec.entry : fresh.entry,
    })
    setLinesKey((n) => n + 1)
  }

  async function save() {
    const candidate: BallotSpec = { ...spec, tieBreak: spec.tieBreak || 'random' }
    const parsed = ballotSpecSchema.safeParse(candidate)
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((issue) => say(issueMessage(issue))))
      return
    }
    setProblems([])
    setBusy(true)
    try {
      const saved = ballot
        ? await call('ballots:update', { id: ballot.id, spec: parsed.data })
        : await call('ballots:create', { recommendationId: rec?.id ?? null, spec: parsed.data })
      onSaved(saved)
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  const optionsLabel = spec.kind === 'scale' ? 'proposals' : spec.kind === 'yes-no' ? 'answers' : 'options'
  return (
    <Stack gap="lg" maw={980} pb="xl" data-testid="ballot-builder">
      <Group gap="sm">
        <Button variant="subtle" leftSection={<IconArrowLeft size={18} />} onClick={onCancel}>
          {t('votes.back')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Title order={2}>
          {ballot
            ? t('votes.builder.editTitle')
            : rec
              ? t('votes.builder.newTitleFor', { code: rec.code })
              : t('votes.builder.newTitle')}
        </Title>
        {rec && (
          <Text c="dimmed" lineClamp={2} maw={820}>
            {rec.text}
          </Text>
        )}
      </Stack>
      <TextInput
        label={t('votes.builder.title')}
        description={t('votes.builder.titleHint')}
        value={spec.title}
        onChange={(e) => change({ title: e.currentTarget.value })}
        maw={640}
      />
      <KindPicker value={spec.kind} onChange={changeKind} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Text fw={650}>{t(`votes.kinds.${spec.kind}.name`)}</Text>
          <LinesInput
            key={`options-${linesKey}`}
            label={t(`votes.builder.lines.${optionsLabel}.label`)}
            description={t(`votes.builder.lines.${optionsLabel}.hint`)}
            value={spec.candidates}
            onChange={(candidates) => change({ candidates })}
          />
          {spec.kind === 'yes-no' && (
            <YesNoFields
              spec={spec}
              onOptions={(patch) => change({ options: { ...spec.options, ...patch } })}
            />
          )}
          {spec.kind === 'scale' && (
            <ScaleFields key={linesKey} spec={spec} scaleTexts={texts.scale} onChange={change} />
          )}
          {spec.kind === 'ranking' && <RankingFields spec={spec} onChange={change} />}
          <KindFields key={`kind-${linesKey}`} spec={spec} onChange={change} />
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="lg">
        <CommonFields
          spec={spec}
          others={others.filter((b) => b.id !== ballot?.id)}
          members={members}
          onChange={change}
        />
      </Card>
      {problems.length > 0 && (
        <Alert color="red" title={t('votes.builder.problems')}>
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={busy}>
          {ballot ? t('votes.builder.saveChanges') : t('votes.builder.create')}
        </Button>
      </Group>
    </Stack>
  )
}
