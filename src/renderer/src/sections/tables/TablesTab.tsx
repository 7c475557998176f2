import { Alert, Button, Card, Group, Loader, MultiSelect, Progress, Stack, Text, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { tablePrintKinds, type TablePrintKind, type TablesView } from '../../../../shared/tables.ts'
import { call } from '../../api.ts'
import { errorMessage, toErrorData } from '../../i18n/errors.ts'
import { useJob } from '../pool/wizard/use-job.ts'
import { SeatingBoard } from './SeatingBoard.tsx'
import { TableRules } from './TableRules.tsx'
import { TableSettingsForm } from './TableSettingsForm.tsx'
import { TablesPrintModal } from './TablesPrintModal.tsx'

/**
 * Table plans: the settings, pins and pairs, "Plan the sessions" in a worker with progress and
 * Cancel, then each session's tables with their mix and the scores, moved by drag and drop.
 */
export function TablesTab() {
  const { t } = useTranslation()
  const [view, setView] = useState<TablesView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string[] | null>(null)
  const [shown, setShown] = useState<number | null>(null)
  const [printing, setPrinting] = useState<TablePrintKind | null>(null)
  const job = useJob()

  const reload = useCallback(() => {
    call('tables:view', undefined).then(setView, (e: unknown) => setError(errorMessage(e)))
  }, [])
  useEffect(reload, [reload])

  if (error) return <Alert color="red">{error}</Alert>
  if (!view) return <Loader />
  if (view.sessions.length === 0) return <Alert color="gray">{t('tablesSection.noSessions')}</Alert>

  const sessionIds = chosen ?? view.sessions.map((s) => String(s.id))
  const planned = view.sessions.filter((s) => s.tables !== null)
  const current = planned.find((s) => s.id === shown) ?? planned[0]

  async function plan() {
    setRefused(null)
    try {
      const next = await job.run((jobId) => call('tables:plan', { jobId, sessions: sessionIds.map(Number) }))
      setView(next)
      setShown(Number(sessionIds[0]))
    } catch (e) {
      if (toErrorData(e).code !== 'cancelled') setRefused(errorMessage(e))
    }
  }

  const progress = job.progress
  return (
    <Stack gap="lg">
      <Stack gap={4} maw={760}>
        <Title order={3}>{t('tablesSection.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('tablesSection.intro')}
        </Text>
      </Stack>
      <TableSettingsForm key={JSON.stringify(view.settings)} view={view} onSaved={setView} />
      <TableRules view={view} onChanged={setView} />
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group align="flex-end" wrap="wrap">
            <MultiSelect
              label={t('tablesSection.plan.sessions')}
              data={view.sessions.map((s) => ({ value: String(s.id), label: `${s.date} · ${s.title}` }))}
              value={sessionIds}
              onChange={setChosen}
              w={520}
              disabled={job.running}
            />
            <Button onClick={() => void plan()} loading={job.running} disabled={sessionIds.length === 0}>
              {t('tablesSection.plan.run')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('tablesSection.plan.hint')}
          </Text>
          {job.running && (
            <Group gap="sm" aria-live="polite">
              <Progress
                value={progress && progress.total ? (100 * progress.done) / progress.total : 0}
                w={300}
                aria-label={t('tablesSection.plan.progressLabel')}
              />
              <Text size="sm">
                {progress
                  ? t('tablesSection.plan.progress', {
                      done: Math.min(progress.done + 1, progress.total),
                      total: progress.total,
                    })
                  : t('tablesSection.plan.starting')}
              </Text>
              <Button variant="default" size="xs" onClick={job.cancel} loading={job.cancelling}>
                {t('common.cancel')}
              </Button>
            </Group>
          )}
          {refused && (
            <Alert color="red" title={t('tablesSection.plan.refused')} data-testid="tables-refused">
              {refused}
            </Alert>
          )}
        </Stack>
      </Card>
      {current && (
        <Group gap="sm">
          {tablePrintKinds.map((kind) => (
            <Button key={kind} variant="default" onClick={() => setPrinting(kind)}>
              {t(`tablesSection.print.buttons.${kind}`)}
            </Button>
          ))}
        </Group>
      )}
      <TablesPrintModal kind={printing} onClose={() => setPrinting(null)} />
      {current ? (
        <SeatingBoard
          key={current.id}
          view={view}
          session={current}
          sessions={planned}
          onSession={setShown}
          onChanged={setView}
        />
      ) : (
        <Alert color="gray">{t('tablesSection.nothingPlanned')}</Alert>
      )}
    </Stack>
  )
}
