import { Badge, Group, NumberInput, Stack, Text } from '@mantine/core'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountView } from '../../../../shared/votes.ts'

type Props = {
  present: number | null
  /** Confirmed panel members, offered as the number present until attendance exists. */
  members: number | null
  quorum: number | null
  count: CountView
  onPresent: (present: number | null) => void
  disabled?: boolean | undefined
}

/** Who may vote: the members present and the quorum (the turnout is shown with the result). */
export const PresentPanel = memo(function PresentPanel({
  present,
  members,
  quorum,
  count,
  onPresent,
  disabled = false,
}: Props) {
  const { t } = useTranslation()
  const [value, setValue] = useState<number | string>(present ?? '')
  return (
    <Group align="flex-end" gap="xl" wrap="wrap" data-testid="present-panel">
      <NumberInput
        label={t('votes.present.label')}
        description={
          members !== null ? t('votes.present.members', { count: members }) : t('votes.present.hint')
        }
        value={value}
        onChange={(v) => {
          setValue(v)
          onPresent(typeof v === 'number' ? v : null)
        }}
        min={0}
        allowDecimal={false}
        w={260}
        disabled={disabled}
      />
      {quorum !== null && (
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('votes.present.quorum', { quorum })}
          </Text>
          {count.quorumMet === null ? (
            <Badge color="gray" variant="light" tt="none" size="lg">
              {t('votes.present.quorumUnknown')}
            </Badge>
          ) : (
            <Badge
              color={count.quorumMet ? 'teal' : 'red'}
              variant="light"
              tt="none"
              size="lg"
              data-testid="quorum"
            >
              {count.quorumMet ? t('votes.present.quorumMet') : t('votes.present.quorumNotMet')}
            </Badge>
          )}
        </Stack>
      )}
    </Group>
  )
})
