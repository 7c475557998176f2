import { Button, Card, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecommendationView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = { rec: RecommendationView; onChanged: (rec: RecommendationView) => void }

/** Statements by members who disagree, kept with the recommendation and its report. */
export function MinorityStatements({ rec, onChanged }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [supporters, setSupporters] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)

  async function add() {
    setBusy(true)
    try {
      onChanged(await call('recs:addMinority', { recommendationId: rec.id, text, supporters }))
      setText('')
      setSupporters(null)
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      <Text fw={650}>{t('votes.minority.title')}</Text>
      {rec.minorityStatements.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('votes.minority.none')}
        </Text>
      )}
      {rec.minorityStatements.map((s) => (
        <Card key={s.id} withBorder padding="sm" radius="md">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.text}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {s.supporters === null
              ? formatDateTime(s.at)
              : t('votes.minority.signed', { count: s.supporters, when: formatDateTime(s.at) })}
          </Text>
        </Card>
      ))}
      <Textarea
        label={t('votes.minority.add')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group align="flex-end">
        <NumberInput
          label={t('votes.minority.supporters')}
          value={supporters ?? ''}
          onChange={(v) => setSupporters(typeof v === 'number' ? v : null)}
          min={0}
          allowDecimal={false}
          w={200}
        />
        <Button variant="light" onClick={() => void add()} loading={busy} disabled={text.trim() === ''}>
          {t('votes.minority.save')}
        </Button>
      </Group>
    </Stack>
  )
}
