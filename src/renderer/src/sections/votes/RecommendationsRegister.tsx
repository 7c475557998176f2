import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView, RecommendationView } from '../../../../shared/votes.ts'
import { BallotStateBadge, StatusBadge } from './badges.tsx'
import { compareCodes } from './use-votes.ts'

type Props = {
  recommendations: RecommendationView[]
  ballots: BallotView[]
  onOpen: (rec: RecommendationView) => void
  onOpenBallot: (ballotId: number) => void
  onCreate: () => void
}

/** Every recommendation by theme: its number, status, version and the ballots on it with their outcome. */
export function RecommendationsRegister({ recommendations, ballots, onOpen, onOpenBallot, onCreate }: Props) {
  const { t } = useTranslation()
  const themes = new Map<string, RecommendationView[]>()
  for (const rec of [...recommendations].sort((a, b) => compareCodes(a.code, b.code))) {
    const list = themes.get(rec.theme) ?? []
    list.push(rec)
    themes.set(rec.theme, list)
  }
  const byId = new Map(ballots.map((b) => [b.id, b]))

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={650} size="lg">
          {t('votes.register.title', { count: recommendations.length })}
        </Text>
        <Button leftSection={<IconPlus size={18} />} onClick={onCreate}>
          {t('votes.register.create')}
        </Button>
      </Group>
      {recommendations.length === 0 ? (
        <Text c="dimmed">{t('votes.register.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing={8} aria-label={t('votes.register.tableLabel')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('votes.register.columns.code')}</Table.Th>
                <Table.Th>{t('votes.register.columns.text')}</Table.Th>
                <Table.Th w={150}>{t('votes.register.columns.status')}</Table.Th>
                <Table.Th w={80} ta="right">
                  {t('votes.register.columns.version')}
                </Table.Th>
                <Table.Th w={300}>{t('votes.register.columns.ballots')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...themes].map(([theme, recs]) => (
                <Fragment key={theme}>
                  <Table.Tr bg="var(--mantine-color-gray-0)">
                    <Table.Td colSpan={5}>
                      <Text fw={650} size="sm" c="dimmed" tt="uppercase">
                        {theme || t('votes.register.noTheme')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {recs.map((rec) => (
                    <Table.Tr key={rec.id} data-testid={`rec-${rec.code}`}>
                      <Table.Td className="mono" fw={600}>
                        <Anchor component="button" onClick={() => onOpen(rec)} fw={650}>
                          {rec.code}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text
                          size="sm"
                          lineClamp={2}
                          style={{ cursor: 'pointer' }}
                          onClick={() => onOpen(rec)}
                        >
                          {rec.text}
                        </Text>
                        {rec.minorityStatements.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('votes.register.minority', { count: rec.minorityStatements.length })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={rec.status} />
                      </Table.Td>
                      <Table.Td ta="right">
                        {t('votes.register.versionShort', { version: rec.version })}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {rec.ballotIds.map((id) => {
                            const ballot = byId.get(id)
                            if (!ballot) return null
                            return (
                              <Group key={id} gap={6} wrap="nowrap">
                                <BallotStateBadge ballot={ballot} />
                                <Anchor
                                  component="button"
                                  size="sm"
                                  onClick={() => onOpenBallot(id)}
                                  ta="left"
                                >
                                  {ballot.spec.title}
                                </Anchor>
                              </Group>
                            )
                          })}
                          {rec.ballotIds.length === 0 && (
                            <Text size="sm" c="dimmed">
                              {t('votes.register.noBallot')}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
