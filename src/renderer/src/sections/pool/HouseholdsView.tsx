import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { IconHome } from '@tabler/icons-react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PoolRow } from '../../../../shared/pool.ts'
import { call } from '../../api.ts'
import classes from './HouseholdsView.module.css'

type Props = { people: PoolRow[]; onOpen: (id: number) => void }

/** Addresses shared by two or more people, for review: the draw takes at most one person per household. */
export function HouseholdsView({ people, onOpen }: Props) {
  const { t } = useTranslation()
  const groups = useMemo(() => sharedHouseholds(people), [people])
  const addresses = useRef(new Map<number, string>())
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack returns fresh functions each render; nothing here is memoised by a compiler
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 8,
  })

  if (groups.length === 0) return <Text c="dimmed">{t('pool.households.none')}</Text>
  return (
    <Stack gap="sm" h="100%">
      <Text size="sm" c="dimmed">
        {t('pool.households.intro')}
      </Text>
      <div ref={scroller} className={classes.scroller} role="list" aria-label={t('pool.households.label')}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const group = groups[item.index]
            if (!group) return null
            return (
              <div
                key={item.key}
                role="listitem"
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={classes.item}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <Group gap="md" wrap="nowrap" align="flex-start">
                  <Badge
                    variant="light"
                    color="orange"
                    tt="none"
                    size="lg"
                    leftSection={<IconHome size={14} />}
                    style={{ flex: 'none' }}
                  >
                    {t('pool.households.people', { count: group.members.length })}
                  </Badge>
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <HouseholdAddress first={group.members[0]} cache={addresses.current} />
                    <Group gap={6} wrap="wrap">
                      {group.members.map((member, i) => (
                        <Text key={member.id} size="sm" span>
                          <Anchor component="button" size="sm" onClick={() => onOpen(member.id)}>
                            {member.name || member.externalId}
                          </Anchor>
                          <Text span size="xs" c="dimmed" className="mono">
                            {' '}
                            ({member.externalId})
                          </Text>
                          {i < group.members.length - 1 ? ',' : ''}
                        </Text>
                      ))}
                    </Group>
                  </Stack>
                </Group>
              </div>
            )
          })}
        </div>
      </div>
    </Stack>
  )
}

/** The address is not in the compact pool table: it is read from the first member, once. */
function HouseholdAddress({ first, cache }: { first: PoolRow | undefined; cache: Map<number, string> }) {
  const [address, setAddress] = useState(() => (first ? cache.get(first.id) : undefined))
  useEffect(() => {
    if (!first || cache.has(first.id)) return
    let live = true
    call('pool:person', { id: first.id }).then(
      (person) => {
        const text = [person.address, person.postcode].filter(Boolean).join(', ')
        cache.set(first.id, text)
        if (live) setAddress(text)
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [cache, first])
  return (
    <Text fw={600} size="sm" truncate>
      {address ?? first?.postcode ?? ''}
      {address === undefined && '…'}
    </Text>
  )
}

export function sharedHouseholds(people: PoolRow[]): { household: number; members: PoolRow[] }[] {
  const byHousehold = new Map<number, PoolRow[]>()
  for (const person of people) {
    if (person.household === 0) continue
    const members = byHousehold.get(person.household)
    if (members) members.push(person)
    else byHousehold.set(person.household, [person])
  }
  return [...byHousehold.entries()]
    .filter(([, members]) => members.length > 1)
    .map(([household, members]) => ({ household, members }))
    .sort((a, b) => b.members.length - a.members.length || a.household - b.household)
}
