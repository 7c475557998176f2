import { Alert, Button, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconWand } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { QuotaCheck } from '../../../../shared/quotas.ts'
import { say } from '../../i18n/say.ts'

type Props = { result: QuotaCheck; locked: boolean; applying: boolean; onApply: () => void }

/** The exact check's answer: feasible, or what stands in the way and the smallest change that fixes it. */
export function QuotaCheckResult({ result, locked, applying, onApply }: Props) {
  const { t } = useTranslation()
  const problems = [...result.pool, ...result.quota]
  if (result.feasible && problems.length === 0) {
    return (
      <Alert
        color="teal"
        icon={<IconCircleCheck size={20} />}
        title={t('quotas.result.feasible')}
        role="status"
      >
        {t('quotas.result.feasibleText')}
      </Alert>
    )
  }
  return (
    <Alert
      color={result.feasible ? 'yellow' : 'orange'}
      icon={<IconAlertTriangle size={20} />}
      title={result.feasible ? t('quotas.result.warnings') : t('quotas.result.infeasible')}
      role="alert"
      data-testid="quota-check-result"
    >
      <Stack gap="sm">
        {!result.feasible && problems.length === 0 && <Text size="sm">{t('quotas.result.together')}</Text>}
        {problems.length > 0 && (
          <List size="sm" spacing={4}>
            {problems.map((problem, i) => (
              <List.Item key={i}>{say(problem)}</List.Item>
            ))}
          </List>
        )}
        {result.relaxation && result.relaxation.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('quotas.result.relaxation')}
            </Text>
            <List size="sm" spacing={4} aria-label={t('quotas.result.relaxation')}>
              {result.relaxation.map((change) => (
                <List.Item key={`${change.category}:${change.value}:${change.bound}`}>
                  <Text span fw={500} title={say(change.sentence)}>
                    {t(`quotas.result.change.${change.bound}`, {
                      category: change.category,
                      value: change.value,
                      from: change.from,
                      to: change.to,
                    })}
                  </Text>
                </List.Item>
              ))}
            </List>
            {!locked && (
              <Button
                leftSection={<IconWand size={18} />}
                onClick={onApply}
                loading={applying}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('quotas.result.apply')}
              </Button>
            )}
          </Stack>
        )}
        {!result.feasible && !result.relaxation?.length && (
          <Text size="sm">{t('quotas.result.noRelaxation')}</Text>
        )}
      </Stack>
    </Alert>
  )
}
