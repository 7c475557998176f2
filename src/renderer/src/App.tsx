import { Center, Loader, Stack, Text } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, Language, ProjectSummary } from '../../shared/contract.ts'
import { call } from './api.ts'
import { FileActionsProvider } from './components/FileActionsProvider.tsx'
import { Toasts } from './components/Toasts.tsx'
import { errorMessage } from './i18n/errors.ts'
import { applyLanguage } from './i18n/setup.ts'
import { AssemblyScreen } from './screens/AssemblyScreen.tsx'
import { StartScreen } from './screens/StartScreen.tsx'
import { AppInfoContext } from './state/app-context.ts'
import { notifyError } from './state/notify-error.ts'

type Boot = { info: AppInfo }

/** Loads what the app needs, then shows the start screen or the open assembly. */
export function App() {
  const { t } = useTranslation()
  const [boot, setBoot] = useState<Boot | null>(null)
  const [bootError, setBootError] = useState<string | null>(null)
  const [summary, setSummary] = useState<ProjectSummary | null>(null)
  const [language, setLanguage] = useState<Language>('en')
  const [revision, setRevision] = useState(0)

  useEffect(() => {
    Promise.all([
      call('app:info', undefined),
      call('settings:get', undefined),
      call('project:current', undefined),
    ]).then(
      async ([info, settings, current]) => {
        await applyLanguage(settings.language)
        setLanguage(settings.language)
        setSummary(current)
        setBoot({ info })
      },
      (error: unknown) => setBootError(errorMessage(error)),
    )
  }, [])

  useEffect(() => {
    document.title = summary ? t('app.windowTitle', { fileName: summary.fileName }) : t('app.name')
  }, [summary, t])

  const onOpened = useCallback((next: ProjectSummary) => {
    setSummary(next)
    setRevision((r) => r + 1)
  }, [])
  const onClosed = useCallback(() => setSummary(null), [])
  const onLanguage = useCallback((next: Language) => {
    setLanguage(next)
    void applyLanguage(next)
    call('settings:set', { language: next }).catch(notifyError)
  }, [])

  if (!boot) {
    return (
      <Center h="100vh" data-app-state="loading">
        <Stack align="center" gap="sm">
          {bootError ? (
            <Text c="red" role="alert" maw={480} ta="center">
              {bootError}
            </Text>
          ) : (
            <>
              <Loader />
              <Text c="dimmed">{t('app.loading')}</Text>
            </>
          )}
        </Stack>
      </Center>
    )
  }

  return (
    <AppInfoContext.Provider value={boot.info}>
      <div data-app-state="loaded">
        <FileActionsProvider
          summary={summary}
          onOpened={onOpened}
          onClosed={onClosed}
          language={language}
          onLanguage={onLanguage}
        >
          {summary ? (
            <AssemblyScreen key={`${summary.file}#${revision}`} summary={summary} onSummary={setSummary} />
          ) : (
            <StartScreen />
          )}
        </FileActionsProvider>
        <Toasts />
      </div>
    </AppInfoContext.Provider>
  )
}
