import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** One choice: its name, a sentence on what it does, and anything said beside the name. */
export type Choice<T extends string> = { value: T; name: string; text: string; aside?: ReactNode }

type Props<T extends string> = {
  label: string
  value: T
  choices: readonly Choice<T>[]
  onChange: (value: T) => void
  /** Two columns of smaller cards (kinds, methods), or one column (the draw's algorithms). */
  columns?: 1 | 2
  disabled?: boolean
}

/** A choice among a few options, each a card with its name and a sentence on what it does. */
export function ChoiceCards<T extends string>({
  label,
  value,
  choices,
  onChange,
  columns = 2,
  disabled = false,
}: Props<T>) {
  const cards = choices.map((choice) => (
    <Radio.Card
      key={choice.value}
      value={choice.value}
      radius="md"
      p={columns === 2 ? 'sm' : 'md'}
      withBorder
      disabled={disabled}
      aria-label={choice.name}
    >
      <Group wrap="nowrap" align="flex-start" gap={columns === 2 ? 'sm' : 'md'}>
        <Radio.Indicator disabled={disabled} />
        <Stack gap={2}>
          <Text fw={600}>
            {choice.name}
            {choice.aside}
          </Text>
          <Text size="sm" c="dimmed">
            {choice.text}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  ))
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(next) => {
        const chosen = choices.find((c) => c.value === next)
        if (chosen) onChange(chosen.value)
      }}
    >
      {columns === 2 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mt="xs">
          {cards}
        </SimpleGrid>
      ) : (
        <Stack gap="sm" mt="xs">
          {cards}
        </Stack>
      )}
    </Radio.Group>
  )
}
