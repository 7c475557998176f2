import { Modal, Radio, Stack, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { languages, type Language } from '../../../shared/contract.ts'

type Props = {
  opened: boolean
  onClose: () => void
  language: Language
  onLanguage: (language: Language) => void
}

/** The settings of this computer: for now, the language of the app. */
export function SettingsModal({ opened, onClose, language, onLanguage }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('settings.title')} centered>
      <Radio.Group
        label={t('settings.language')}
        description={t('settings.languageHint')}
        value={language}
        onChange={(value) => {
          const next = languages.find((l) => l === value)
          if (next) onLanguage(next)
        }}
      >
        <Stack gap="xs" mt="sm">
          <Group gap="lg">
            {languages.map((l) => (
              <Radio key={l} value={l} label={t(`settings.languages.${l}`)} lang={l} />
            ))}
          </Group>
        </Stack>
      </Radio.Group>
    </Modal>
  )
}
