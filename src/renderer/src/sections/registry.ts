import {
  IconBallpen,
  IconCalendarEvent,
  IconFileText,
  IconId,
  IconScale,
  IconShieldCheck,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react'

/** The sections of an assembly, in the order a process runs. */
export const sectionIds = [
  'profile',
  'pool',
  'quotas',
  'people',
  'sessions',
  'votes',
  'reports',
  'audit',
] as const
export type SectionId = (typeof sectionIds)[number]
export const sectionIcons = {
  profile: IconId,
  pool: IconUsersGroup,
  quotas: IconScale,
  people: IconUsers,
  sessions: IconCalendarEvent,
  votes: IconBallpen,
  reports: IconFileText,
  audit: IconShieldCheck,
} as const
