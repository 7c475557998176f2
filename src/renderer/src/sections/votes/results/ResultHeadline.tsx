import { Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconCheck, IconEqual, IconMinus, IconTrophy, IconX } from '@tabler/icons-react'
import type { Headline } from './headline.ts'

const looks = {
  passed: { color: 'blue', Icon: IconCheck },
  failed: { color: 'orange', Icon: IconX },
  decided: { color: 'blue', Icon: IconTrophy },
  tie: { color: 'yellow', Icon: IconEqual },
  none: { color: 'gray', Icon: IconMinus },
} as const

/** The result in one large line, then the rule and the base in plain sentences. */
export function ResultHeadline({ headline }: { headline: Headline }) {
  const { color, Icon } = looks[headline.tone]
  return (
    <Group gap="md" align="flex-start" wrap="nowrap" data-testid="result-headline" data-tone={headline.tone}>
      <ThemeIcon size={44} radius="xl" color={color} variant="filled" aria-hidden>
        <Icon size={26} />
      </ThemeIcon>
      <Stack gap={4}>
        <Text fz={24} fw={700} lh={1.25}>
          {headline.title}
        </Text>
        {headline.lines.map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
      </Stack>
    </Group>
  )
}
