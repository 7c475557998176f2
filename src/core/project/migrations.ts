import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

const pool: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('category')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('position', 'integer', (c) => c.notNull())
      // Where empty or unknown answers go; null = such rows are rejected.
      .addColumn('missing_value', 'text')
      .execute()
    await db.schema
      .createTable('category_value')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id').onDelete('cascade'))
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addUniqueConstraint('category_value_unique', ['category_id', 'value'])
      .execute()
    await db.schema
      .createTable('pool_import')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('respondent')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('external_id', 'text', (c) => c.notNull().unique())
      .addColumn('first_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('last_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone2', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('household_key', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('consent', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('import_id', 'integer', (c) => c.references('pool_import.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('respondent_household').on('respondent').column('household_key').execute()
    await db.schema
      .createTable('respondent_value')
      .addColumn('respondent_id', 'integer', (c) =>
        c.notNull().references('respondent.id').onDelete('cascade'),
      )
      .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id').onDelete('cascade'))
      .addColumn('value_id', 'integer', (c) => c.notNull().references('category_value.id'))
      .addPrimaryKeyConstraint('respondent_value_pk', ['respondent_id', 'category_id'])
      .execute()
    await db.schema.createIndex('respondent_value_value').on('respondent_value').column('value_id').execute()
    await db.schema
      .createTable('import_mapping')
      .addColumn('headers_key', 'text', (c) => c.primaryKey())
      .addColumn('mapping', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
  },
}

const quotas: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('quota')
      .addColumn('value_id', 'integer', (c) =>
        c.primaryKey().references('category_value.id').onDelete('cascade'),
      )
      .addColumn('min', 'integer', (c) => c.notNull())
      .addColumn('max', 'integer', (c) => c.notNull())
      .addColumn('min_flex', 'integer')
      .addColumn('max_flex', 'integer')
      .addColumn('population_share', 'real')
      .addColumn('justification', 'text', (c) => c.notNull().defaultTo(''))
      .execute()
    await db.schema
      .createTable('draw_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('panel_size', 'integer')
      .addColumn('quotas_locked_at', 'text')
      .execute()
    await sql`INSERT INTO draw_settings (id) VALUES (1)`.execute(db)
  },
}

const draws: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('draw')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('algorithm', 'text', (c) => c.notNull())
      .addColumn('panel_size', 'integer', (c) => c.notNull())
      .addColumn('lottery_size', 'integer')
      .addColumn('reserve_count', 'integer', (c) => c.notNull())
      .addColumn('input_hash', 'text', (c) => c.notNull())
      .addColumn('lottery_hash', 'text')
      // Canonical JSON of the exact inputs, so `verify` can re-run the draw.
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('lottery', 'text')
      .addColumn('stats', 'text')
      .addColumn('committed_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('seed', 'text')
      .addColumn('seeded_at', 'text')
      .addColumn('ticket', 'integer')
      .addColumn('selected', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('reserves', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute()
    await db.schema
      .createTable('panel_member')
      .addColumn('respondent_id', 'integer', (c) =>
        c.primaryKey().references('respondent.id').onDelete('cascade'),
      )
      .addColumn('draw_id', 'integer', (c) => c.notNull().references('draw.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('reserve_rank', 'integer')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
  },
}

const votes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('recommendation')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('theme', 'text', (c) => c.notNull().defaultTo(''))
      // The current wording; every wording is also in recommendation_version.
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('drafting_group', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('recommendation_version')
      .addColumn('recommendation_id', 'integer', (c) =>
        c.notNull().references('recommendation.id').onDelete('cascade'),
      )
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('recommendation_version_pk', ['recommendation_id', 'version'])
      .execute()
    await db.schema
      .createTable('minority_statement')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('recommendation_id', 'integer', (c) =>
        c.notNull().references('recommendation.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('supporters', 'integer')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('ballot')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('recommendation_id', 'integer', (c) =>
        c.references('recommendation.id').onDelete('set null'),
      )
      // JSON: the BallotSpec (shared/votes.ts).
      .addColumn('spec', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('vote_count')
      .addColumn('ballot_id', 'integer', (c) => c.notNull().references('ballot.id').onDelete('cascade'))
      .addColumn('count_no', 'integer', (c) => c.notNull())
      // entering | final | superseded
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('present', 'integer')
      .addColumn('declared_total', 'integer')
      // JSON: TableCount[] of a `counts` entry.
      .addColumn('tables', 'text', (c) => c.notNull().defaultTo('[]'))
      // Canonical JSON of the recorded TallyResult, and its SHA-256 (as in the audit log).
      .addColumn('result', 'text')
      .addColumn('result_hash', 'text')
      // A `random` tie-break's seed, and the lots an earlier count or an imported file recorded (JSON).
      .addColumn('tie_seed', 'text')
      .addColumn('tie_breaks', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finalised_at', 'text')
      .addPrimaryKeyConstraint('vote_count_pk', ['ballot_id', 'count_no'])
      .execute()
    await db.schema
      .createTable('paper_ballot')
      .addColumn('ballot_id', 'integer', (c) => c.notNull())
      .addColumn('count_no', 'integer', (c) => c.notNull())
      .addColumn('operator', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      // JSON: PaperMarks, or null for a blank or spoiled paper.
      .addColumn('marks', 'text')
      .addColumn('invalid_kind', 'text')
      .addColumn('invalid_reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('entered_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('paper_ballot_pk', ['ballot_id', 'count_no', 'operator', 'number'])
      .addForeignKeyConstraint(
        'paper_ballot_count',
        ['ballot_id', 'count_no'],
        'vote_count',
        ['ballot_id', 'count_no'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute()
  },
}

const sessions: Migration = {
  async up(db: Kysely<unknown>) {
    // The one sessions table: attendance and table plans hang on it too.
    await db.schema
      .createTable('session')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      // Minutes after midnight.
      .addColumn('start_min', 'integer', (c) => c.notNull())
      .addColumn('end_min', 'integer', (c) => c.notNull())
      .addColumn('venue', 'text', (c) => c.notNull().defaultTo(''))
      // in-person | online | hybrid
      .addColumn('mode', 'text', (c) => c.notNull().defaultTo('in-person'))
      // JSON: one or two of learning | deliberation | decision.
      .addColumn('phases', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('session_date').on('session').columns(['date', 'start_min']).execute()
    await db.schema
      .createTable('session_block')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('session_id', 'integer', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      // Where the block starts after recomputation (minutes after midnight); a fixed one keeps fixed_start.
      .addColumn('start_min', 'integer', (c) => c.notNull())
      .addColumn('duration_min', 'integer', (c) => c.notNull())
      .addColumn('fixed_start', 'integer')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('room', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('materials', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('av_needs', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('interpretation', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('staff_note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('ballot_id', 'integer', (c) => c.references('ballot.id').onDelete('set null'))
      .execute()
    await db.schema
      .createIndex('session_block_session')
      .on('session_block')
      .columns(['session_id', 'position'])
      .execute()
    await db.schema
      .createTable('speaker')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
      // expert | advocate | stakeholder | witness
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('declaration', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('briefing_sent_on', 'text')
      .addColumn('slides_received', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('publish_consent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('fee', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('expenses', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('block_speaker')
      .addColumn('block_id', 'integer', (c) => c.notNull().references('session_block.id').onDelete('cascade'))
      // No cascade: a speaker on a block cannot vanish (deleting says where they speak).
      .addColumn('speaker_id', 'integer', (c) => c.notNull().references('speaker.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('block_speaker_pk', ['block_id', 'speaker_id'])
      .execute()
    await db.schema.createIndex('block_speaker_speaker').on('block_speaker').column('speaker_id').execute()
    await db.schema
      .createTable('block_facilitator')
      .addColumn('block_id', 'integer', (c) => c.notNull().references('session_block.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('block_facilitator_pk', ['block_id', 'position'])
      .execute()
    await db.schema
      .createTable('member_question')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      // No cascade: a session with questions asked in it cannot vanish.
      .addColumn('session_id', 'integer', (c) => c.references('session.id'))
      .addColumn('table_label', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('speaker_id', 'integer', (c) => c.references('speaker.id'))
      .addColumn('to_secretariat', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('answer', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('answered_on', 'text')
      .addColumn('shared_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('agenda_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('min_hours', 'real', (c) => c.notNull())
      .addColumn('min_days', 'integer', (c) => c.notNull())
      // a4 | letter: the paper printed documents use.
      .addColumn('paper_size', 'text', (c) => c.notNull())
      .execute()
    await sql`insert into agenda_settings (id, min_hours, min_days, paper_size) values (1, 30, 4, 'a4')`.execute(
      db,
    )
  },
}

const people: Migration = {
  async up(db: Kysely<unknown>) {
    // A drawn person's record; their status stays in panel_member (one status, the draw's and People's).
    await db.schema
      .createTable('member_record')
      .addColumn('respondent_id', 'integer', (c) =>
        c.primaryKey().references('respondent.id').onDelete('cascade'),
      )
      .addColumn('preferred_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      // email | phone | sms | post | in-person, or null when not said.
      .addColumn('channel', 'text')
      .addColumn('language', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('staff_contact', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('member_status_change')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('respondent_id', 'integer', (c) =>
        c.notNull().references('respondent.id').onDelete('cascade'),
      )
      .addColumn('from_status', 'text', (c) => c.notNull())
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('by_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('member_status_change_member')
      .on('member_status_change')
      .column('respondent_id')
      .execute()
    await db.schema
      .createTable('member_comment')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('respondent_id', 'integer', (c) =>
        c.notNull().references('respondent.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('by_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('member_comment_member')
      .on('member_comment')
      .column('respondent_id')
      .execute()
    // Attendance hangs on the one sessions table.
    await db.schema
      .createTable('attendance')
      .addColumn('respondent_id', 'integer', (c) =>
        c.notNull().references('respondent.id').onDelete('cascade'),
      )
      .addColumn('session_id', 'integer', (c) => c.notNull().references('session.id'))
      // present | late | left-early | absent
      .addColumn('state', 'text', (c) => c.notNull())
      // Minutes after midnight.
      .addColumn('arrived_min', 'integer')
      .addColumn('left_min', 'integer')
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('by_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('attendance_pk', ['respondent_id', 'session_id'])
      .execute()
    await db.schema.createIndex('attendance_session').on('attendance').column('session_id').execute()
  },
}

/** Table plans: the settings, pins and pairs, and each session's seats with its record. */
const tables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('table_plan_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      // JSON arrays of field names (categories, imported fields, or the member's language).
      .addColumn('diversify', 'text', (c) => c.notNull())
      .addColumn('cluster', 'text', (c) => c.notNull())
      // JSON array: the cluster values that gather; empty: every value but the most common one.
      .addColumn('cluster_values', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('table_size', 'integer', (c) => c.notNull())
      .addColumn('encounter_weight', 'real', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    // A pin (session null: every session), or a pair kept apart or together.
    await db.schema
      .createTable('table_rule')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      // pin | apart | together
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('respondent_id', 'integer', (c) =>
        c.notNull().references('respondent.id').onDelete('cascade'),
      )
      .addColumn('other_id', 'integer', (c) => c.references('respondent.id').onDelete('cascade'))
      .addColumn('session_id', 'integer', (c) => c.references('session.id').onDelete('cascade'))
      // 1-based table number of a pin.
      .addColumn('table_no', 'integer')
      .execute()
    await db.schema
      .createTable('table_plan')
      .addColumn('session_id', 'integer', (c) => c.primaryKey().references('session.id').onDelete('cascade'))
      .addColumn('table_count', 'integer', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull())
      // sha256 of the canonical seating, as the audit log records it.
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('planned_at', 'text', (c) => c.notNull())
      // When it was last changed by a re-seat or a move, or null.
      .addColumn('changed_at', 'text')
      .execute()
    await db.schema
      .createTable('table_seat')
      .addColumn('session_id', 'integer', (c) =>
        c.notNull().references('table_plan.session_id').onDelete('cascade'),
      )
      .addColumn('respondent_id', 'integer', (c) =>
        c.notNull().references('respondent.id').onDelete('cascade'),
      )
      // 1-based.
      .addColumn('table_no', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('table_seat_pk', ['session_id', 'respondent_id'])
      .execute()
  },
}

/** A count's members present follow the attendance of a session, unless a number is typed in. */
const presentFromAttendance: Migration = {
  async up(db: Kysely<unknown>) {
    // The session whose attendance gives the members present; null = the ballot's own session.
    // No foreign key: a deleted session leaves the count to its own session or a typed number.
    await db.schema.alterTable('vote_count').addColumn('present_session_id', 'integer').execute()
    // 1 = the number in `present` was typed in and overrides attendance.
    await db.schema
      .alterTable('vote_count')
      .addColumn('present_typed', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    // Counts from before attendance existed keep the number that was typed.
    await sql`update vote_count set present_typed = 1 where present is not null`.execute(db)
  },
}

/** The contact log: each attempt to reach a drawn person, and the groups whose members are called first. */
const contactLog: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('contact_attempt')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('respondent_id', 'integer', (c) =>
        c.notNull().references('respondent.id').onDelete('cascade'),
      )
      // The day of the attempt (YYYY-MM-DD).
      .addColumn('date', 'text', (c) => c.notNull())
      // email | phone | sms | post | in-person
      .addColumn('channel', 'text', (c) => c.notNull())
      // reached | no-answer | left-message | wrong-details
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('next_action', 'text', (c) => c.notNull().defaultTo(''))
      // The day of the next action, or null when none is planned.
      .addColumn('next_date', 'text')
      // The staff member who made the attempt (a free name until a staff directory exists).
      .addColumn('staff', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('by_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('contact_attempt_member')
      .on('contact_attempt')
      .column('respondent_id')
      .execute()
    // Category values (by name, so a re-import keeps them) whose members are called first.
    await db.schema
      .createTable('contact_priority')
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('contact_priority_pk', ['category', 'value'])
      .execute()
  },
}

/** The final report's choices: sections, the organiser's texts and the cover's logo. */
const reportSettings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('report_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      // JSON array of the sections printed (shared/reports.ts), in print order.
      .addColumn('sections', 'text', (c) => c.notNull())
      .addColumn('foreword', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('members_statement', 'text', (c) => c.notNull())
      // image/png or image/jpeg, with the image's bytes; both null without a logo.
      .addColumn('logo_type', 'text')
      .addColumn('logo', 'blob')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
  },
}

/**
 * Every schema change, in order, imported statically (a bundle cannot scan a folder).
 * Never edit a migration that has shipped: add a new one. The format version of a file is the
 * number of migrations applied to it.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('project_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('assembly_profile')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('remit', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('commissioning_body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('process_type', 'text', (c) => c.notNull().defaultTo('citizens-assembly'))
        .addColumn('target_panel_size', 'integer')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('venues', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('locked_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('audit_entry')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .execute()

      // Append-only: these stop accidents; the hash chain (checked by `verify`) detects the rest.
      await sql`CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END`.execute(db)
      await sql`CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END`.execute(db)
    },
  },
  '0002_pool': pool,
  '0003_quotas': quotas,
  '0004_draws': draws,
  '0005_votes': votes,
  '0006_sessions': sessions,
  '0007_people': people,
  '0008_tables': tables,
  '0009_present_from_attendance': presentFromAttendance,
  '0010_contact_log': contactLog,
  '0011_report_settings': reportSettings,
}

export const FORMAT_VERSION = Object.keys(migrations).length
