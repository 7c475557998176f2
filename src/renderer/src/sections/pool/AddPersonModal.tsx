import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '../../../../shared/errors.ts'
import type { PersonDetail, PoolTable, ProblemCode } from '../../../../shared/pool.ts'
import { ApiError, call } from '../../api.ts'
import { errorText } from '../../i18n/errors.ts'
import { notifyError } from '../../state/notify-error.ts'
import { problemText } from './wizard/ProblemsTable.tsx'

type Props = {
  opened: boolean
  categories: PoolTable['categories']
  onClose: () => void
  onAdded: (person: PersonDetail) => void
}

type TextField = 'externalId' | 'firstName' | 'lastName' | 'email' | 'phone' | 'address' | 'postcode'
type Form = Record<TextField, string> & { consent: boolean; values: Record<string, string> }

/** The backend names the column it refused, as an import would ('Id', 'Consent', a category…). */
const fieldOfColumn: Record<string, TextField | 'consent'> = {
  id: 'externalId',
  'first name': 'firstName',
  name: 'firstName',
  'last name': 'lastName',
  email: 'email',
  phone: 'phone',
  address: 'address',
  postcode: 'postcode',
  consent: 'consent',
}

/** A registration taken by phone or on paper, checked exactly like an imported row. */
export function AddPersonModal({ opened, categories, onClose, onAdded }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('pool.addPerson.title')} size="xl" centered>
      {opened && <AddPersonForm categories={categories} onClose={onClose} onAdded={onAdded} />}
    </Modal>
  )
}

function AddPersonForm({ categories, onClose, onAdded }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const [form, setForm] = useState<Form>({
    externalId: '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    address: '',
    postcode: '',
    consent: false,
    values: {},
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  const text = (field: TextField) => ({
    value: form[field],
    error: errors[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value
      setForm((f) => ({ ...f, [field]: value }))
      setErrors(({ [field]: _, ...rest }) => rest)
    },
  })

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const values = Object.fromEntries(Object.entries(form.values).filter(([, v]) => v !== ''))
      onAdded(await call('pool:addPerson', { ...form, values }))
    } catch (error) {
      const column = error instanceof ApiError ? error.data.params?.['field'] : undefined
      if (error instanceof ApiError && typeof column === 'string') {
        setErrors({ [fieldFor(column, categories)]: fieldMessage(column, fieldError(error.data)) })
      } else notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  /** The error in the UI's language: a row problem by its code, else the error's own message. */
  function fieldError(data: AppErrorData): string {
    const code = data.params?.['problem']
    if (typeof code !== 'string') return errorText(new ApiError(data))
    const params: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(data.params ?? {}))
      if (typeof value === 'string' || typeof value === 'number') params[name] = value
    return problemText(t, { row: 1, column: '', reason: data.message, code: code as ProblemCode, params })
  }

  function fieldMessage(column: string, message: string): string {
    const field = fieldFor(column, categories)
    if (field === 'consent') return t('pool.addPerson.consentRequired')
    if (field === 'externalId') return t('pool.addPerson.idTaken')
    if (field.startsWith('category:')) return t('pool.addPerson.valueRequired')
    return message
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('pool.addPerson.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('pool.addPerson.firstName')} data-autofocus {...text('firstName')} />
          <TextInput label={t('pool.addPerson.lastName')} {...text('lastName')} />
          <TextInput label={t('pool.addPerson.email')} type="email" {...text('email')} />
          <TextInput label={t('pool.addPerson.phone')} type="tel" {...text('phone')} />
          <TextInput label={t('pool.addPerson.address')} {...text('address')} />
          <TextInput label={t('pool.addPerson.postcode')} {...text('postcode')} />
          <TextInput
            label={t('pool.addPerson.id')}
            description={t('pool.addPerson.idHint')}
            classNames={{ input: 'mono' }}
            {...text('externalId')}
          />
        </SimpleGrid>
        {categories.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h6">
              {t('pool.addPerson.categories')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              {categories.map((category) => (
                <NativeSelect
                  key={category.id}
                  label={category.name}
                  value={form.values[category.name] ?? ''}
                  error={errors[`category:${category.name}`]}
                  data={[
                    { value: '', label: t('pool.addPerson.noValue') },
                    ...category.values.map((v) => ({ value: v, label: v })),
                  ]}
                  onChange={(event) => {
                    const value = event.currentTarget.value
                    setForm((f) => ({ ...f, values: { ...f.values, [category.name]: value } }))
                    setErrors(({ [`category:${category.name}`]: _, ...rest }) => rest)
                  }}
                />
              ))}
            </SimpleGrid>
          </Stack>
        )}
        <Checkbox
          label={t('pool.addPerson.consent')}
          checked={form.consent}
          error={errors['consent']}
          onChange={(event) => {
            const consent = event.currentTarget.checked
            setForm((f) => ({ ...f, consent }))
            setErrors(({ consent: _, ...rest }) => rest)
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('pool.addPerson.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function fieldFor(column: string, categories: PoolTable['categories']): string {
  const category = categories.find((c) => c.name === column)
  if (category) return `category:${category.name}`
  return fieldOfColumn[column.toLowerCase()] ?? 'firstName'
}
