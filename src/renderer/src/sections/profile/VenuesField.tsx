import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core'
import { useId } from 'react'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

type Props = {
  venues: string[]
  readOnly: boolean
  error: string | undefined
  onChange: (venues: string[], options?: { now?: boolean }) => void
  onBlur: () => void
}

/** The places where the panel meets: a list to add to and remove from. */
export function VenuesField({ venues, readOnly, error, onChange, onBlur }: Props) {
  const { t } = useTranslation()
  const labelId = useId()
  return (
    <Input.Wrapper label={t('profile.fields.venues')} labelElement="div" id={labelId}>
      <Stack gap="xs" mt={4} role="group" aria-labelledby={`${labelId}-label`}>
        {venues.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('profile.fields.noVenues')}
          </Text>
        )}
        {venues.map((venue, index) => (
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={t('profile.fields.venue', { number: index + 1 })}
              placeholder={t('profile.fields.venuePlaceholder')}
              value={venue}
              readOnly={readOnly}
              onChange={(event) =>
                onChange(venues.map((v, i) => (i === index ? event.currentTarget.value : v)))
              }
              onBlur={onBlur}
              style={{ flex: 1 }}
              autoFocus={venue === '' && index === venues.length - 1}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('profile.fields.removeVenue', { number: index + 1 })}
                onClick={() =>
                  onChange(
                    venues.filter((_, i) => i !== index),
                    { now: true },
                  )
                }
              >
                <IconTrash size={18} stroke={1.6} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {error && (
          <Text size="sm" c="red.7">
            {error}
          </Text>
        )}
        {!readOnly && (
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={16} />}
              onClick={() => onChange([...venues, ''])}
            >
              {t('profile.fields.addVenue')}
            </Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  )
}
