import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../shared/contract.ts'
import { processTypes, type ProfileState } from '../../../shared/profile.ts'
import { call } from '../api.ts'
import { SaveIndicator } from '../components/SaveIndicator.tsx'
import { formatDateTime, formatDayLong } from '../format.ts'
import { flushPendingSaves } from '../state/pending-saves.ts'
import { LockButton } from '../components/LockButton.tsx'
import { useProfileEditor } from './profile/use-profile-editor.ts'
import { VenuesField } from './profile/VenuesField.tsx'

type Props = { summary: ProjectSummary; onSummary: (summary: ProjectSummary) => void }

const languageSuggestions = ['English', 'Français', 'Nederlands', 'Deutsch', 'Español', 'Italiano', 'Cymraeg']

/** The assembly profile: what the process is, who asked for it, when and where. Saved as you type. */
export function ProfileSection({ summary, onSummary }: Props) {
  const { t } = useTranslation()
  const editor = useProfileEditor((saved) => {
    if (saved.name !== summary.name) onSummary({ ...summary, name: saved.name })
  })
  const { profile, status, fieldErrors: errors, edit, flush } = editor

  if (editor.loadError) {
    return (
      <Alert color="red" title={t('errors.title')} maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{editor.loadError}</Text>
          <Button size="xs" variant="light" color="red" onClick={editor.reload}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    )
  }
  if (!profile) return <Loader />

  const locked = profile.lockedAt !== null
  const blur = () => void flush()
  const text = (
    field: 'name' | 'commissioningBody' | 'organisation' | 'contactName' | 'contactEmail' | 'contactPhone',
  ) => ({
    value: profile[field],
    error: errors[field],
    readOnly: locked,
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => edit({ [field]: event.currentTarget.value }),
    onBlur: blur,
  })

  function onLocked(next: ProfileState) {
    editor.setProfile((current) => (current ? { ...current, lockedAt: next.lockedAt } : next))
    call('project:current', undefined).then(
      (current) => current && onSummary(current),
      () => undefined,
    )
  }

  return (
    <Stack gap="lg" maw={960} pb="xl" className={locked ? 'profile-locked' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{t('profile.title')}</Title>
            {locked && (
              <Badge color="orange" variant="light" size="lg" tt="none" leftSection={<IconLock size={14} />}>
                {t('profile.lock.lockedBadge', { when: formatDateTime(profile.lockedAt ?? '') })}
              </Badge>
            )}
          </Group>
          <Text c="dimmed">{t('profile.intro')}</Text>
        </Stack>
        <Group gap="md" wrap="nowrap">
          <SaveIndicator status={status} />
          {!locked && (
            <LockButton
              texts="profile.lock"
              lock={async () => {
                await flushPendingSaves()
                return call('profile:lock', undefined)
              }}
              onLocked={onLocked}
            />
          )}
        </Group>
      </Group>

      {locked && (
        <Alert color="orange" variant="light" icon={<IconLock size={20} />}>
          {t('profile.lock.lockedText', { when: formatDateTime(profile.lockedAt ?? '') })}
        </Alert>
      )}

      <ProfileCard title={t('profile.sections.about')}>
        <TextInput label={t('profile.fields.name')} size="md" {...text('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('profile.fields.processType')}
            value={profile.processType}
            disabled={locked}
            data={processTypes.map((type) => ({ value: type, label: t(`profile.processTypes.${type}`) }))}
            onChange={(event) => {
              const next = processTypes.find((type) => type === event.currentTarget.value)
              if (next) edit({ processType: next }, { now: true })
            }}
          />
          <NumberInput
            label={t('profile.fields.targetPanelSize')}
            description={t('profile.fields.targetPanelSizeHint')}
            value={profile.targetPanelSize ?? ''}
            error={errors.targetPanelSize}
            readOnly={locked}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            onChange={(value) => edit({ targetPanelSize: typeof value === 'number' ? value : null })}
            onBlur={blur}
          />
        </SimpleGrid>
        <Textarea
          label={t('profile.fields.question')}
          description={t('profile.fields.questionHint')}
          value={profile.question}
          error={errors.question}
          readOnly={locked}
          autosize
          minRows={2}
          onChange={(event) => edit({ question: event.currentTarget.value })}
          onBlur={blur}
        />
        <Textarea
          label={t('profile.fields.remit')}
          description={t('profile.fields.remitHint')}
          value={profile.remit}
          error={errors.remit}
          readOnly={locked}
          autosize
          minRows={3}
          onChange={(event) => edit({ remit: event.currentTarget.value })}
          onBlur={blur}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('profile.fields.commissioningBody')}
            description={t('profile.fields.commissioningBodyHint')}
            {...text('commissioningBody')}
          />
          <TagsInput
            label={t('profile.fields.languages')}
            description={t('profile.fields.languagesHint')}
            value={profile.languages}
            error={errors.languages}
            readOnly={locked}
            data={languageSuggestions}
            clearable={!locked}
            onChange={(languages) => edit({ languages }, { now: true })}
          />
        </SimpleGrid>
      </ProfileCard>

      <ProfileCard title={t('profile.sections.dates')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('profile.fields.startDate')}
            value={profile.startDate ?? ''}
            description={profile.startDate ? formatDayLong(profile.startDate) : ' '}
            error={errors.startDate}
            readOnly={locked}
            onChange={(event) => edit({ startDate: event.currentTarget.value || null })}
            onBlur={blur}
          />
          <TextInput
            type="date"
            label={t('profile.fields.endDate')}
            value={profile.endDate ?? ''}
            description={profile.endDate ? formatDayLong(profile.endDate) : ' '}
            error={errors.endDate}
            readOnly={locked}
            onChange={(event) => edit({ endDate: event.currentTarget.value || null })}
            onBlur={blur}
          />
        </SimpleGrid>
        <VenuesField
          venues={profile.venues}
          readOnly={locked}
          error={errors.venues}
          onChange={(venues, options) => edit({ venues }, options)}
          onBlur={blur}
        />
      </ProfileCard>

      <ProfileCard title={t('profile.sections.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('profile.fields.organisation')} {...text('organisation')} />
          <TextInput label={t('profile.fields.contactName')} autoComplete="name" {...text('contactName')} />
          <TextInput
            label={t('profile.fields.contactEmail')}
            type="email"
            autoComplete="email"
            {...text('contactEmail')}
          />
          <TextInput
            label={t('profile.fields.contactPhone')}
            type="tel"
            autoComplete="tel"
            {...text('contactPhone')}
          />
        </SimpleGrid>
      </ProfileCard>
    </Stack>
  )
}

function ProfileCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={3} size="h5" c="dark.6">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  )
}
