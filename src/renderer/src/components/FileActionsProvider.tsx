import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language, ProjectSummary } from '../../../shared/contract.ts'
import { api, ApiError, call } from '../api.ts'
import { baseName } from '../paths.ts'
import { FileActionsContext, useAppInfo, type FileActions } from '../state/app-context.ts'
import { notify } from '../state/notifications.ts'
import { notifyError } from '../state/notify-error.ts'
import { flushPendingSaves } from '../state/pending-saves.ts'
import { DemoProgressModal, type DemoProgress } from './DemoProgressModal.tsx'
import { NewAssemblyModal } from './NewAssemblyModal.tsx'
import { OpenModal } from './OpenModal.tsx'
import { RestoreBackupModal } from './RestoreBackupModal.tsx'
import { SaveCopyModal } from './SaveCopyModal.tsx'
import { SettingsModal } from './SettingsModal.tsx'

type Props = {
  summary: ProjectSummary | null
  onOpened: (summary: ProjectSummary) => void
  onClosed: () => void
  language: Language
  onLanguage: (language: Language) => void
  children: ReactNode
}

type Dialog = 'new' | 'open' | 'saveCopy' | 'restore' | 'settings' | null
type Demo = { jobId: string; progress: DemoProgress | null; cancelling: boolean }

/**
 * Owns the file actions (new, open, demo, save a copy, restore, close) and their dialogs, so the
 * start screen, the assembly's File menu and the native menu all run the very same code.
 */
export function FileActionsProvider({ summary, onOpened, onClosed, language, onLanguage, children }: Props) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [demo, setDemo] = useState<Demo | null>(null)
  const demoJob = useRef<string | null>(null)

  const actions = useMemo<FileActions>(() => {
    const opened = (next: ProjectSummary) => {
      setDialog(null)
      onOpened(next)
    }
    const openFile = async (file: string) => {
      try {
        await flushPendingSaves()
        opened(await call('project:open', { file }))
      } catch (error) {
        notifyError(error)
      }
    }
    return {
      newAssembly: () => setDialog('new'),
      open: () => {
        if (!info.nativeDialogs) {
          setDialog('open')
          return
        }
        call('dialog:choose', { kind: 'open', title: t('openFile.dialogTitle') }).then(
          (file) => (file ? openFile(file) : undefined),
          notifyError,
        )
      },
      openFile,
      openDemo: () => {
        if (demoJob.current) return
        const jobId = crypto.randomUUID()
        demoJob.current = jobId
        setDemo({ jobId, progress: null, cancelling: false })
        flushPendingSaves()
          .then(() => call('project:openDemo', { jobId }))
          .then(opened, (error: unknown) => {
            if (error instanceof ApiError && error.data.code === 'cancelled')
              notify({ kind: 'info', message: t('demo.cancelled') })
            else notifyError(error)
          })
          .finally(() => {
            demoJob.current = null
            setDemo(null)
          })
      },
      saveCopy: () => {
        if (!summary) return
        if (!info.nativeDialogs) {
          setDialog('saveCopy')
          return
        }
        const defaultPath = summary.file.replace(/(\.[^./\\]+)?$/, ` ${t('saveCopy.suffix')}$1`)
        flushPendingSaves()
          .then(() => call('dialog:choose', { kind: 'save', title: t('saveCopy.dialogTitle'), defaultPath }))
          .then(async (file) => {
            if (!file) return
            const result = await call('project:saveCopy', { file, overwrite: true })
            notify({ kind: 'success', message: t('saveCopy.done', { file: baseName(result.file) }) })
          })
          .catch(notifyError)
      },
      restoreBackup: () => {
        if (summary) setDialog('restore')
      },
      close: async () => {
        try {
          await flushPendingSaves()
          await call('project:close', undefined)
          setDialog(null)
          onClosed()
        } catch (error) {
          notifyError(error)
        }
      },
      openSettings: () => setDialog('settings'),
    }
  }, [info.nativeDialogs, onClosed, onOpened, summary, t])

  // The native menu runs the same actions as the buttons.
  useEffect(() => {
    const runners = {
      new: actions.newAssembly,
      open: actions.open,
      openDemo: actions.openDemo,
      saveCopy: actions.saveCopy,
      restoreBackup: actions.restoreBackup,
    }
    return api.on('menu:command', (command) => {
      if (command.command === 'openRecent') void actions.openFile(command.file)
      else if (command.command === 'close') void actions.close()
      else runners[command.command]()
    })
  }, [actions])

  useEffect(
    () =>
      api.on('job:progress', (event) => {
        if (event.jobId !== demoJob.current) return
        setDemo((current) => (current ? { ...current, progress: event } : current))
      }),
    [],
  )

  function cancelDemo() {
    if (!demo) return
    setDemo({ ...demo, cancelling: true })
    // The job may just have finished: then there is nothing to cancel and nothing to say.
    void api.invoke('job:cancel', { jobId: demo.jobId })
  }

  const closeDialog = () => setDialog(null)
  return (
    <FileActionsContext.Provider value={actions}>
      {children}
      <NewAssemblyModal
        opened={dialog === 'new'}
        onClose={closeDialog}
        onCreated={(next) => {
          setDialog(null)
          onOpened(next)
        }}
      />
      <OpenModal opened={dialog === 'open'} onClose={closeDialog} onOpen={actions.openFile} />
      <SaveCopyModal
        opened={dialog === 'saveCopy'}
        onClose={closeDialog}
        assemblyName={summary?.name ?? ''}
      />
      <RestoreBackupModal
        opened={dialog === 'restore'}
        onClose={closeDialog}
        onRestored={(next) => {
          setDialog(null)
          onOpened(next)
        }}
      />
      <SettingsModal
        opened={dialog === 'settings'}
        onClose={closeDialog}
        language={language}
        onLanguage={onLanguage}
      />
      <DemoProgressModal
        opened={demo !== null}
        progress={demo?.progress ?? null}
        cancelling={demo?.cancelling ?? false}
        onCancel={cancelDemo}
      />
    </FileActionsContext.Provider>
  )
}
