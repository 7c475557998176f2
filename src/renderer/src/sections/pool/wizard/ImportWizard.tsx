import { Box, Button, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core'
import { IconArrowLeft, IconArrowRight, IconDatabaseImport, IconListCheck } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportPreview, ImportReport } from '../../../../../shared/pool.ts'
import { matchAnswers } from '../../../../../shared/answer-match.ts'
import { ApiError, call } from '../../../api.ts'
import { formatNumber } from '../../../format.ts'
import { notify } from '../../../state/notifications.ts'
import { notifyError } from '../../../state/notify-error.ts'
import { AnswersStep } from './AnswersStep.tsx'
import { ChooseFileStep } from './ChooseFileStep.tsx'
import {
  buildMapping,
  columnIssues,
  isCategoryRole,
  draftFromPreview,
  missingIssues,
  defaultMissing,
  type Draft,
  type KnownCategories,
} from './draft.ts'
import { MapColumnsStep } from './MapColumnsStep.tsx'
import { PreviewStep } from './PreviewStep.tsx'
import { ReportView } from './ReportView.tsx'
import { useJob } from './use-job.ts'

type Props = {
  opened: boolean
  categories: KnownCategories
  onClose: () => void
  onImported: (report: ImportReport) => void
}

const STEPS = ['file', 'preview', 'columns', 'answers', 'check', 'done'] as const
type Step = 0 | 1 | 2 | 3 | 4 | 5

/** The import wizard: file, preview, columns, answers, a full check before anything is written, then the import. */
export function ImportWizard({ opened, categories, onClose, onImported }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      fullScreen
      title={t('pool.wizard.title')}
      closeOnClickOutside={false}
      // Escape closes an answer's list of values, never the whole wizard and its mapping.
      closeOnEscape={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ body: { paddingBottom: 0 } }}
    >
      {opened && <WizardBody categories={categories} onClose={onClose} onImported={onImported} />}
    </Modal>
  )
}

function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function WizardBody({ categories, onClose, onImported }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const job = useJob()
  const [step, setStep] = useState<Step>(0)
  const [file, setFile] = useState<string | null>(null)
  const [sheet, setSheet] = useState<string | undefined>(undefined)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [reading, setReading] = useState(false)
  const [fileError, setFileError] = useState<unknown>(null)
  const [referenceDate, setReferenceDate] = useState(today)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [imported, setImported] = useState<ImportReport | null>(null)

  useEffect(() => {
    call('profile:get', undefined).then(
      (profile) => {
        if (profile.startDate) setReferenceDate(profile.startDate)
      },
      () => undefined,
    )
  }, [])

  async function readPreview(path: string, chosenSheet?: string) {
    setReading(true)
    try {
      const next = await call(
        'pool:preview',
        chosenSheet === undefined ? { file: path } : { file: path, sheet: chosenSheet },
      )
      setFile(path)
      setSheet(chosenSheet ?? next.detected.sheet)
      setPreview(next)
      setDraft(draftFromPreview(next, referenceDate))
      setReport(null)
      setFileError(null)
      setStep(1)
    } catch (error) {
      if (chosenSheet === undefined) setFileError(error)
      else notifyError(error)
    } finally {
      setReading(false)
    }
  }

  const withSheet = useCallback(
    <T extends object>(input: T) => (sheet === undefined ? input : { ...input, sheet }),
    [sheet],
  )

  /** Loads the distinct answers of every category column that has none yet, and suggests values. */
  async function prepareAnswers(current: Draft) {
    if (!file) return
    const needed = current.columns.flatMap((column, i) =>
      column.role === 'category' && current.answers[i] === undefined ? [i] : [],
    )
    const loaded = await Promise.all(
      needed.map(async (i) => [i, await call('pool:answers', withSheet({ file, column: i }))] as const),
    ).catch((error: unknown) => {
      notifyError(error)
      return []
    })
    setDraft((d) => {
      if (!d) return d
      const answers: Draft['answers'] = { ...d.answers }
      for (const [i, list] of loaded) answers[i] = list
      const values = { ...d.values }
      const missing = { ...d.missing }
      d.columns.forEach((column, i) => {
        const category = column.category.trim()
        const list = answers[i]
        if (isCategoryRole(column.role) && missing[i] === undefined)
          missing[i] = defaultMissing(category, categories, list ?? [])
        if (column.role !== 'category' || !list || values[i]?.category === category) return
        const existing = categories.find((c) => c.name === category)?.values ?? []
        const learned = preview?.learned[category] ?? {}
        values[i] = { category, map: matchAnswers(list, { category, existing, learned }) }
      })
      return { ...d, answers, values, missing }
    })
  }

  async function check(mappingDraft: Draft) {
    if (!file) return
    setStep(4)
    setReport(null)
    try {
      const mapping = buildMapping(mappingDraft)
      setReport(await job.run((jobId) => call('pool:check', withSheet({ jobId, file, mapping }))))
    } catch (error) {
      setStep(3)
      if (error instanceof ApiError && error.data.code === 'cancelled')
        notify({ kind: 'info', message: t('pool.wizard.checkCancelled') })
      else notifyError(error)
    }
  }

  async function runImport() {
    if (!file || !draft) return
    try {
      const mapping = buildMapping(draft)
      const result = await job.run((jobId) => call('pool:import', withSheet({ jobId, file, mapping })))
      setImported(result)
      setStep(5)
      onImported(result)
    } catch (error) {
      if (error instanceof ApiError && error.data.code === 'cancelled')
        notify({ kind: 'info', message: t('pool.wizard.importCancelled') })
      else notifyError(error)
    }
  }

  const issues = draft ? columnIssues(draft.columns) : []
  const missing = draft ? missingIssues(draft) : []
  const stageText = (stage: string) => t(`demo.stages.${stage}`, { defaultValue: stage })

  return (
    <Stack gap={0} mih="calc(100vh - 70px)">
      <Box px="md" pb="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Stepper
          active={step === 5 ? STEPS.length : step}
          onStepClick={(next) => {
            if (next < step && step < 5 && !job.running) setStep(next as Step)
          }}
          size="sm"
          allowNextStepsSelect={false}
        >
          {STEPS.map((key) => (
            <Stepper.Step key={key} label={t(`pool.wizard.steps.${key}`)} />
          ))}
        </Stepper>
      </Box>

      <Box p="md" style={{ flex: 1 }} maw={1240} w="100%" mx="auto">
        {step === 0 && (
          <ChooseFileStep
            busy={reading}
            error={fileError}
            onError={setFileError}
            onChosen={(path) => void readPreview(path)}
          />
        )}
        {step === 1 && preview && (
          <PreviewStep
            preview={preview}
            busy={reading}
            onSheet={(next) => file && void readPreview(file, next)}
          />
        )}
        {step === 2 && preview && draft && (
          <MapColumnsStep
            preview={preview}
            columns={draft.columns}
            known={categories}
            referenceDate={referenceDate}
            onChange={(index, column) =>
              setDraft((d) =>
                d ? { ...d, columns: d.columns.map((c, i) => (i === index ? column : c)) } : d,
              )
            }
          />
        )}
        {step === 3 && preview && draft && (
          <AnswersStep
            headers={preview.headers}
            draft={draft}
            known={categories}
            onValue={(column, key, value) =>
              setDraft((d) => {
                const current = d?.values[column]
                if (!d || !current) return d
                return {
                  ...d,
                  values: { ...d.values, [column]: { ...current, map: { ...current.map, [key]: value } } },
                }
              })
            }
            onMissing={(column, policy) =>
              setDraft((d) => (d ? { ...d, missing: { ...d.missing, [column]: policy } } : d))
            }
          />
        )}
        {step === 4 && job.running && (
          <Stack gap="md" maw={560} mx="auto" pt="xl">
            <Text fw={650} size="lg">
              {imported === null && report === null ? t('pool.wizard.checking') : t('pool.wizard.importing')}
            </Text>
            <Progress
              value={
                job.progress && job.progress.total > 0 ? (100 * job.progress.done) / job.progress.total : 100
              }
              striped={!job.progress}
              animated
              size="lg"
              aria-label={t('pool.wizard.progress')}
            />
            <Text size="sm" c="dimmed" role="status">
              {job.progress ? stageText(job.progress.stage) : t('demo.starting')}
            </Text>
          </Stack>
        )}
        {step === 4 && !job.running && report && preview && (
          <ReportView report={report} fileName={preview.fileName} done={false} />
        )}
        {step === 5 && imported && preview && (
          <ReportView report={imported} fileName={preview.fileName} done />
        )}
      </Box>

      <Group
        justify="space-between"
        p="md"
        pos="sticky"
        bottom={0}
        bg="white"
        style={{ borderTop: '1px solid var(--mantine-color-gray-2)', zIndex: 3 }}
      >
        <Group gap="sm">
          {step > 0 && step < 4 && (
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={18} />}
              onClick={() => setStep((step - 1) as Step)}
            >
              {t('pool.wizard.back')}
            </Button>
          )}
          {step === 4 && !job.running && (
            <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={() => setStep(3)}>
              {t('pool.wizard.changeMapping')}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          {step < 4 && (
            <Button variant="subtle" color="gray" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          )}
          {step === 1 && (
            <Button
              rightSection={<IconArrowRight size={18} />}
              onClick={() => setStep(2)}
              disabled={reading || preview?.rowCount === 0}
            >
              {t('pool.wizard.next')}
            </Button>
          )}
          {step === 2 && draft && (
            <Button
              rightSection={<IconArrowRight size={18} />}
              disabled={issues.length > 0}
              onClick={() => {
                setStep(3)
                void prepareAnswers(draft)
              }}
            >
              {t('pool.wizard.next')}
            </Button>
          )}
          {step === 3 && draft && (
            <Button
              leftSection={<IconListCheck size={18} />}
              disabled={missing.length > 0}
              onClick={() => void check(draft)}
            >
              {t('pool.wizard.check')}
            </Button>
          )}
          {step === 4 && job.running && (
            <Button variant="default" onClick={job.cancel} loading={job.cancelling}>
              {t('common.cancel')}
            </Button>
          )}
          {step === 4 && !job.running && report && (
            <>
              <Button variant="default" onClick={onClose}>
                {t('pool.wizard.cancelNothing')}
              </Button>
              <Button
                leftSection={<IconDatabaseImport size={18} />}
                disabled={report.imported === 0}
                onClick={() => void runImport()}
              >
                {t('pool.wizard.import', { count: report.imported, number: formatNumber(report.imported) })}
              </Button>
            </>
          )}
          {step === 5 && <Button onClick={onClose}>{t('pool.wizard.seePool')}</Button>}
        </Group>
      </Group>
    </Stack>
  )
}
