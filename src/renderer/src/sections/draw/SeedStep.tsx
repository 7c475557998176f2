import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core'
import { IconArrowLeft, IconDice5, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DrawView } from '../../../../shared/draws.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'
import { DiscardDrawButton } from './DiscardDrawButton.tsx'
import { generateSeed } from './seed.ts'

type Props = {
  draw: DrawView
  onBack: () => void
  onDrawn: (draw: DrawView) => void
  onDiscarded: () => void
}

/** Step 3: the seed chosen in public (dice, lottery numbers, or generated), recorded exactly as typed. */
export function SeedStep({ draw, onBack, onDrawn, onDiscarded }: Props) {
  const { t } = useTranslation()
  const [seed, setSeed] = useState('')
  const [busy, setBusy] = useState(false)

  async function complete() {
    setBusy(true)
    try {
      onDrawn(await call('draw:complete', { drawId: draw.id, seed }))
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="lg" maw={760}>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Text>{t('draw.seed.intro')}</Text>
          <Textarea
            label={t('draw.seed.label')}
            description={t('draw.seed.hint')}
            autosize
            minRows={2}
            maxLength={500}
            value={seed}
            onChange={(event) => setSeed(event.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 20 } }}
          />
          <Group>
            <Button
              variant="default"
              leftSection={<IconDice5 size={18} />}
              onClick={() => setSeed(generateSeed())}
            >
              {t('draw.seed.generate')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('draw.seed.generateHint')}
            </Text>
          </Group>
        </Stack>
      </Card>
      <Group justify="space-between">
        <Group>
          <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={onBack}>
            {t('draw.seed.back')}
          </Button>
          <Button
            size="md"
            leftSection={<IconUsersGroup size={18} />}
            onClick={() => void complete()}
            loading={busy}
            disabled={seed.trim() === ''}
          >
            {t('draw.seed.draw')}
          </Button>
        </Group>
        <DiscardDrawButton drawId={draw.id} onDiscarded={onDiscarded} />
      </Group>
    </Stack>
  )
}
