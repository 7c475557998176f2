import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ballotKinds, type BallotKind } from '../../../../shared/ballot-kinds.ts'

type Props = { value: BallotKind; onChange: (kind: BallotKind) => void; disabled?: boolean | undefined }

/** What kind of ballot: each with a sentence on when assemblies use it. */
export function KindPicker({ value, onChange, disabled = false }: Props) {
  const { t } = useTranslation()
  return (
    <Radio.Group
      label={t('votes.builder.kind')}
      value={value}
      onChange={(next) => {
        const kind = ballotKinds.find((k) => k === next)
        if (kind) onChange(kind)
      }}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mt="xs">
        {ballotKinds.map((kind) => (
          <Radio.Card
            key={kind}
            value={kind}
            radius="md"
            p="sm"
            withBorder
            disabled={disabled}
            aria-label={t(`votes.kinds.${kind}.name`)}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator disabled={disabled} />
              <Stack gap={2}>
                <Text fw={600}>{t(`votes.kinds.${kind}.name`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`votes.kinds.${kind}.text`)}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  )
}
