import { Group, ThemeIcon, Title } from '@mantine/core'
import { IconBuildingBank } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The app's name with its mark. */
export function BrandMark({ size = 'lg' }: { size?: 'lg' | 'sm' }) {
  const { t } = useTranslation()
  const big = size === 'lg'
  return (
    <Group gap={big ? 'sm' : 8} wrap="nowrap">
      <ThemeIcon size={big ? 44 : 30} radius="md" variant="filled" aria-hidden>
        <IconBuildingBank size={big ? 26 : 18} stroke={1.6} />
      </ThemeIcon>
      <Title order={big ? 1 : 4} fz={big ? 32 : 17}>
        {t('app.name')}
      </Title>
    </Group>
  )
}
