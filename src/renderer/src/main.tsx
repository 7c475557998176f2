import './app.css'
import { MantineProvider } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { ErrorBoundary } from './components/ErrorBoundary.tsx'
import { setupI18n } from './i18n/setup.ts'
import { theme } from './theme.ts'

const root = document.getElementById('root')
if (root) {
  void setupI18n().then(() => {
    createRoot(root).render(
      <StrictMode>
        <MantineProvider theme={theme} defaultColorScheme="light">
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </MantineProvider>
      </StrictMode>,
    )
  })
}
