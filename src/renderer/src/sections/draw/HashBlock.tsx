import { ActionIcon, CopyButton, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** A commitment hash, large, monospace, in groups of eight to read aloud, and copyable. */
export function HashBlock({ label, hash, testId }: { label: string; hash: string; testId: string }) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <Stack gap={6}>
      <Text fw={600} id={id}>
        {label}
      </Text>
      <Paper withBorder radius="sm" bg="gray.0" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text
            className="mono"
            fz={18}
            fw={500}
            lh={1.5}
            aria-labelledby={id}
            data-testid={testId}
            style={{ letterSpacing: '0.03em', wordSpacing: '0.25em' }}
          >
            {hash.match(/.{1,8}/g)?.join(' ') ?? hash}
          </Text>
          <CopyButton value={hash} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('common.copied') : t('draw.commit.copy', { label })} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'light'}
                  size="lg"
                  onClick={copy}
                  aria-label={t('draw.commit.copy', { label })}
                  className="no-print"
                >
                  {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Paper>
    </Stack>
  )
}
