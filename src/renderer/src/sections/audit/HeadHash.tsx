import { ActionIcon, CopyButton, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The audit chain's head hash, large, monospace and copyable: the value printed on reports. */
export function HeadHash({ hash }: { hash: string }) {
  const { t } = useTranslation()
  return (
    <Stack gap={6}>
      <Text fw={600} id="audit-head-label">
        {t('audit.head')}
      </Text>
      <Paper withBorder radius="sm" bg="gray.0" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text
            className="mono"
            fz={17}
            fw={500}
            lh={1.5}
            aria-labelledby="audit-head-label"
            data-testid="audit-head"
            style={{ letterSpacing: '0.02em' }}
          >
            {groups(hash)}
          </Text>
          <CopyButton value={hash} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('common.copied') : t('audit.copyHead')} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'light'}
                  size="lg"
                  onClick={copy}
                  aria-label={t('audit.copyHead')}
                >
                  {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('audit.headHint')}
      </Text>
    </Stack>
  )
}

/** Splits the hash into groups of eight so it can be read aloud and compared by eye. */
function groups(hash: string): string {
  return hash.match(/.{1,8}/g)?.join(' ') ?? hash
}
