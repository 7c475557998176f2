import type { MemberRecordInput } from '../../shared/people.ts'
import type { Project } from '../project/project.ts'
import { drawnMember } from './member-status.ts'
import { insertComment, writeRecord } from './people-repo.ts'

/** Saves a member's record: preferred name, contact details and channel, language, staff contact. */
export async function saveMemberRecord(
  project: Project,
  externalId: string,
  record: MemberRecordInput,
): Promise<void> {
  const { sqlite } = project
  const at = project.timestamp()
  await project.write(() => writeRecord(sqlite, drawnMember(sqlite, externalId).respondentId, record, at))
}

/** Adds a comment to a member's trail, with who wrote it and when; comments are never edited. */
export async function addMemberComment(
  project: Project,
  externalId: string,
  text: string,
  by: string,
): Promise<void> {
  const { sqlite } = project
  const at = project.timestamp()
  await project.write(() =>
    insertComment(sqlite, drawnMember(sqlite, externalId).respondentId, text.trim(), by.trim(), at),
  )
}
