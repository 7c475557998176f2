import { ActionIcon, CopyButton, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

type Props = {
  label: string
  hash: string
  testId: string
  /** What the copy button says ("Copy the head hash"). */
  copyLabel: string
  /** A sentence under the hash on what to do with it. */
  hint?: string
}

/**
 * A hash to read aloud and compare by eye (a draw's commitments, the audit log's head): large,
 * monospace, in groups of eight, and copyable.
 */
export function HashBlock({ label, hash, testId, copyLabel, hint }: Props) {
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
              <Tooltip label={copied ? t('common.copied') : copyLabel} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'light'}
                  size="lg"
                  onClick={copy}
                  aria-label={copyLabel}
                  className="no-print"
                >
                  {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Paper>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  )
}
