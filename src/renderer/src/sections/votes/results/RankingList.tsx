import { Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatList } from './numbers.ts'
import { placesOf } from './result-model.ts'

/** The final order, places shared by tied options, winners marked. */
export function RankingList({ ranking, winners }: { ranking: string[][]; winners: string[] }) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} data-testid="result-ranking">
      <Text fw={600} size="sm">
        {t('results.ranking.title')}
      </Text>
      {placesOf(ranking).map(({ place: at, group }) => {
        const won = group.some((n) => winners.includes(n))
        return (
          <Group key={group.join('|')} gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" w={36} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('results.ranking.place', { place: at })}
            </Text>
            <Text size="sm" fw={won ? 700 : 400}>
              {formatList(group)}
            </Text>
            {group.length > 1 && (
              <Badge size="xs" variant="light" color="gray">
                {t('results.ranking.tied')}
              </Badge>
            )}
            {won && (
              <Badge size="xs" variant="filled" color="blue">
                {t('results.ranking.winner')}
              </Badge>
            )}
          </Group>
        )
      })}
    </Stack>
  )
}
