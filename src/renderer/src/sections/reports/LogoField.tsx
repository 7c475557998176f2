import { Button, Group, Image, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportSettings } from '../../../../shared/reports.ts'
import { call } from '../../api.ts'
import { useAppInfo } from '../../state/app-context.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = { logo: ReportSettings['logo']; onSaved: (settings: ReportSettings) => void }

/** The cover's logo: shown as it will print, chosen from a PNG or JPEG file, or taken away. */
export function LogoField({ logo, onSaved }: Props) {
  const { t } = useTranslation()
  const info = useAppInfo()
  // Without the system's dialogs (the browser version), the file's path is typed in.
  const [typing, setTyping] = useState(false)
  const [path, setPath] = useState('')

  // A refused file is said beside the field, where the organiser is looking.
  const [refusal, setRefusal] = useState<string | null>(null)

  const apply = (file: string | null) =>
    call('reports:setLogo', { file }).then(
      (saved) => {
        onSaved(saved)
        setTyping(false)
        setRefusal(null)
      },
      (error: unknown) => setRefusal(errorMessage(error)),
    )

  async function choose() {
    if (!info.nativeDialogs) {
      setTyping(true)
      return
    }
    const chosen = await call('dialog:choose', {
      kind: 'open',
      title: t('reportsSection.final.logo'),
      files: 'image',
    })
    if (chosen) await apply(chosen)
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('reportsSection.final.logo')}
      </Text>
      {logo ? (
        <Image
          src={`data:${logo.type};base64,${logo.base64}`}
          alt={t('reportsSection.final.logoAlt')}
          h={70}
          w="auto"
          fit="contain"
          style={{ alignSelf: 'flex-start' }}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('reportsSection.final.logoNone')}
        </Text>
      )}
      {typing ? (
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={t('reportsSection.final.logoFile')}
            value={path}
            onChange={(e) => setPath(e.currentTarget.value)}
            style={{ flex: 1 }}
            data-autofocus
          />
          <Button onClick={() => void apply(path)}>{t('reportsSection.final.logoUse')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setTyping(false)
              setRefusal(null)
            }}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      ) : (
        <Group gap="sm">
          <Button variant="default" size="xs" onClick={() => void choose().catch(notifyError)}>
            {t('reportsSection.final.logoChoose')}
          </Button>
          {logo && (
            <Button variant="subtle" color="red" size="xs" onClick={() => void apply(null)}>
              {t('reportsSection.final.logoRemove')}
            </Button>
          )}
        </Group>
      )}
      {refusal && (
        <Text size="sm" c="red.7" role="alert">
          {refusal}
        </Text>
      )}
    </Stack>
  )
}
