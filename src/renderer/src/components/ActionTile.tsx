import { Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import { useId, type ReactNode } from 'react'
import classes from './ActionTile.module.css'

type Props = { icon: ReactNode; title: string; hint: string; onClick: () => void; primary?: boolean }

/** A large, clearly labelled action for the start screen. */
export function ActionTile({ icon, title, hint, onClick, primary = false }: Props) {
  const hintId = useId()
  return (
    <UnstyledButton
      className={classes.tile}
      data-primary={primary || undefined}
      onClick={onClick}
      aria-describedby={hintId}
    >
      <Group wrap="nowrap" gap="md" align="center">
        <ThemeIcon size={48} radius="md" variant={primary ? 'filled' : 'light'}>
          {icon}
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={650} size="lg" lh={1.3}>
            {title}
          </Text>
          <Text size="sm" c="dimmed" id={hintId}>
            {hint}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  )
}
