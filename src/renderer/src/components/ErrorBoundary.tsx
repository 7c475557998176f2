import { Alert, Button, Center, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type Props = { children: ReactNode }
type State = { error: Error | null }

/**
 * If a screen fails to draw, says so plainly and offers a reload instead of a blank window.
 * (React only offers error boundaries as class components.)
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render(): ReactNode {
    return this.state.error ? <Crashed message={this.state.error.message} /> : this.props.children
  }
}

function Crashed({ message }: { message: string }) {
  const { t } = useTranslation()
  return (
    <Center h="100vh" p="xl">
      <Alert color="red" icon={<IconAlertTriangle size={22} />} title={t('crash.title')} maw={560}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('crash.text')}</Text>
          <Text size="xs" c="dimmed" className="mono">
            {message}
          </Text>
          <Button color="red" variant="light" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </Button>
        </Stack>
      </Alert>
    </Center>
  )
}
