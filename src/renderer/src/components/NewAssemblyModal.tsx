import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../shared/contract.ts'
import { call, ApiError } from '../api.ts'
import { errorMessage } from '../i18n/errors.ts'
import { joinPath, safeFileName } from '../paths.ts'
import { useAppInfo } from '../state/app-context.ts'
import { notifyError } from '../state/notify-error.ts'

type Props = { opened: boolean; onClose: () => void; onCreated: (summary: ProjectSummary) => void }

/** Name the new assembly and choose where its file goes (defaults to the documents folder). */
export function NewAssemblyModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('newAssembly.title')} size="lg" centered>
      {opened && <NewAssemblyForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  )
}

function NewAssemblyForm({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const [name, setName] = useState('')
  const [chosenFile, setChosenFile] = useState<string | null>(null)
  const [errors, setErrors] = useState<{ name?: string; file?: string }>({})
  const [busy, setBusy] = useState(false)
  const derived = joinPath(
    info.documentsDir,
    `${safeFileName(name) || t('newAssembly.defaultName')}${info.fileExtension}`,
  )
  const file = chosenFile ?? derived

  async function choose() {
    try {
      const picked = await call('dialog:choose', {
        kind: 'save',
        title: t('newAssembly.dialogTitle'),
        defaultPath: file,
      })
      if (picked) setChosenFile(picked)
    } catch (error) {
      notifyError(error)
    }
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    const next: { name?: string; file?: string } = {}
    if (!name.trim()) next.name = t('newAssembly.nameRequired')
    if (!file.trim()) next.file = t('newAssembly.fileRequired')
    setErrors(next)
    if (next.name ?? next.file) return
    setBusy(true)
    try {
      onCreated(await call('project:create', { file: file.trim(), name: name.trim() }))
    } catch (error) {
      if (error instanceof ApiError && error.data.code === 'file-exists') {
        setErrors({ file: errorMessage(error) })
      } else if (error instanceof ApiError && error.data.params?.['field'] === 'name') {
        setErrors({ name: t('newAssembly.nameRequired') })
      } else notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('newAssembly.name')}
          placeholder={t('newAssembly.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          data-autofocus
          required
          size="md"
        />
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('newAssembly.file')}
            description={t('newAssembly.fileHint')}
            value={file}
            onChange={(event) => setChosenFile(event.currentTarget.value)}
            error={errors.file}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            style={{ flex: 1 }}
            required
          />
          {info.nativeDialogs && (
            <Button variant="default" onClick={() => void choose()}>
              {t('common.choose')}
            </Button>
          )}
        </Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
