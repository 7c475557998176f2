import { Card, Group, NumberInput, Progress, Stack, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { phases, type PhaseTotals } from '../../../../shared/sessions.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'
import { hours } from './clock.ts'

const colours = { learning: 'blue', deliberation: 'grape', decision: 'teal' } as const

/** Hours of learning, deliberation and decision as a bar against the good-practice minimum, which can be changed. */
export function PhaseTotalsBar({ totals, onChange }: { totals: PhaseTotals; onChange: () => void }) {
  const { t } = useTranslation()
  const goalMinutes = totals.goal.minHours * 60
  const scale = Math.max(goalMinutes, totals.totalMinutes, 1)
  const met = totals.totalMinutes >= goalMinutes && totals.days >= totals.goal.minDays
  const save = (goal: PhaseTotals['goal']) => {
    call('sessions:setGoal', goal).then(onChange, notifyError)
  }
  return (
    <Card withBorder radius="md" padding="md" data-testid="phase-totals">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Stack gap={2}>
            <Text fw={650}>{t('sessionsSection.totals.title')}</Text>
            <Text size="sm">
              {t('sessionsSection.totals.summary', {
                hours: hours(totals.totalMinutes),
                days: totals.days,
                minHours: totals.goal.minHours,
                minDays: totals.goal.minDays,
              })}{' '}
              <Text span c={met ? 'teal' : 'orange'} fw={600} size="sm">
                {met ? t('sessionsSection.totals.met') : t('sessionsSection.totals.short')}
              </Text>
            </Text>
          </Stack>
          <Group gap="xs">
            <NumberInput
              size="xs"
              w={120}
              label={t('sessionsSection.totals.minHours')}
              min={0}
              max={1000}
              defaultValue={totals.goal.minHours}
              onBlur={(e) => {
                const value = Number(e.currentTarget.value)
                if (Number.isFinite(value) && value !== totals.goal.minHours)
                  save({ ...totals.goal, minHours: value })
              }}
            />
            <NumberInput
              size="xs"
              w={120}
              label={t('sessionsSection.totals.minDays')}
              min={0}
              max={100}
              allowDecimal={false}
              defaultValue={totals.goal.minDays}
              onBlur={(e) => {
                const value = Number(e.currentTarget.value)
                if (Number.isInteger(value) && value !== totals.goal.minDays)
                  save({ ...totals.goal, minDays: value })
              }}
            />
          </Group>
        </Group>
        <div style={{ position: 'relative' }}>
          <Progress.Root size={22} aria-label={t('sessionsSection.totals.title')}>
            {phases.map((phase) => (
              <Tooltip
                key={phase}
                label={`${t(`sessionsSection.phases.${phase}`)}: ${t('sessionsSection.totals.hours', { hours: hours(totals.minutes[phase]) })}`}
              >
                <Progress.Section value={(totals.minutes[phase] / scale) * 100} color={colours[phase]}>
                  <Progress.Label>
                    {hours(totals.minutes[phase]) > 0 ? hours(totals.minutes[phase]) : ''}
                  </Progress.Label>
                </Progress.Section>
              </Tooltip>
            ))}
          </Progress.Root>
          <div
            aria-hidden
            style={{
              position: 'absolute',
              top: -3,
              bottom: -3,
              left: `${(goalMinutes / scale) * 100}%`,
              borderLeft: '2px dashed var(--mantine-color-dark-4)',
            }}
          />
        </div>
        <Group gap="md">
          {phases.map((phase) => (
            <Group key={phase} gap={6}>
              <div
                style={{
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: `var(--mantine-color-${colours[phase]}-6)`,
                }}
              />
              <Text size="xs">
                {t(`sessionsSection.phases.${phase}`)} —{' '}
                {t('sessionsSection.totals.hours', { hours: hours(totals.minutes[phase]) })}
              </Text>
            </Group>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('sessionsSection.totals.perMember')}
        </Text>
      </Stack>
    </Card>
  )
}
