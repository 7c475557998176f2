/**
 * The tables of an assembly project file, written once: a row of each table as SQLite returns it.
 * The migrations (migrations.ts) create these tables; repositories type their statements with `Row`.
 */
export type ProjectDatabase = {
  project_meta: {
    key: string
    value: string
  }
  assembly_profile: {
    id: number
    name: string
    question: string
    remit: string
    commissioning_body: string
    process_type: string
    target_panel_size: number | null
    start_date: string | null
    end_date: string | null
    /** JSON array of strings. */
    venues: string
    /** JSON array of strings. */
    languages: string
    organisation: string
    contact_name: string
    contact_email: string
    contact_phone: string
    locked_at: string | null
    updated_at: string
  }
  audit_entry: {
    seq: number
    at: string
    kind: string
    /** Canonical JSON (RFC 8785). */
    payload: string
    prev_hash: string
    hash: string
  }
  category: {
    id: number
    name: string
    position: number
    missing_value: string | null
  }
  category_value: {
    id: number
    category_id: number
    value: string
    position: number
  }
  pool_import: {
    id: number
    at: string
    file_name: string
    /** JSON: the import report. */
    summary: string
  }
  respondent: {
    id: number
    external_id: string
    first_name: string
    last_name: string
    email: string
    phone: string
    phone2: string
    address: string
    postcode: string
    household_key: string
    consent: string
    /** JSON object: the columns kept as note fields. */
    notes: string
    import_id: number | null
    created_at: string
    updated_at: string
  }
  respondent_value: {
    respondent_id: number
    category_id: number
    value_id: number
  }
  import_mapping: {
    headers_key: string
    mapping: string
    updated_at: string
  }
  quota: {
    value_id: number
    min: number
    max: number
    min_flex: number | null
    max_flex: number | null
    population_share: number | null
    justification: string
  }
  draw_settings: {
    id: number
    panel_size: number | null
    quotas_locked_at: string | null
  }
  draw: {
    id: number
    kind: string
    algorithm: string
    panel_size: number
    lottery_size: number | null
    reserve_count: number
    input_hash: string
    lottery_hash: string | null
    input: string
    lottery: string | null
    stats: string | null
    committed_at: string
    status: string
    seed: string | null
    seeded_at: string | null
    ticket: number | null
    selected: string
    reserves: string
  }
  panel_member: {
    respondent_id: number
    draw_id: number
    role: string
    reserve_rank: number | null
    status: string
    updated_at: string
  }
  recommendation: {
    id: number
    code: string
    theme: string
    text: string
    version: number
    drafting_group: string
    status: string
    created_at: string
    updated_at: string
  }
  recommendation_version: {
    recommendation_id: number
    version: number
    text: string
    at: string
  }
  minority_statement: {
    id: number
    recommendation_id: number
    text: string
    supporters: number | null
    at: string
  }
  ballot: {
    id: number
    recommendation_id: number | null
    /** JSON: the BallotSpec. */
    spec: string
    created_at: string
  }
  vote_count: {
    ballot_id: number
    count_no: number
    status: string
    reason: string
    present: number | null
    declared_total: number | null
    /** JSON: TableCount[]. */
    tables: string
    /** Canonical JSON of the recorded TallyResult. */
    result: string | null
    result_hash: string | null
    tie_seed: string | null
    /** JSON: RecordedTieBreak[] replayed by this count. */
    tie_breaks: string
    started_at: string
    finalised_at: string | null
    /** The session whose attendance gives the members present; null = the ballot's own session. */
    present_session_id: number | null
    /** 1 = `present` was typed in and overrides attendance. */
    present_typed: number
  }
  paper_ballot: {
    ballot_id: number
    count_no: number
    operator: string
    number: number
    /** JSON: PaperMarks, or null for a blank or spoiled paper. */
    marks: string | null
    invalid_kind: string | null
    invalid_reason: string
    entered_at: string
  }
  session: {
    id: number
    title: string
    date: string
    start_min: number
    end_min: number
    venue: string
    mode: string
    /** JSON array of phases. */
    phases: string
    notes: string
    created_at: string
    updated_at: string
  }
  session_block: {
    id: number
    session_id: number
    position: number
    start_min: number
    duration_min: number
    fixed_start: number | null
    kind: string
    title: string
    lead: string
    room: string
    materials: string
    av_needs: string
    interpretation: string
    staff_note: string
    ballot_id: number | null
  }
  speaker: {
    id: number
    name: string
    organisation: string
    role: string
    declaration: string
    briefing_sent_on: string | null
    slides_received: number
    publish_consent: number
    fee: number
    expenses: number
    notes: string
    created_at: string
    updated_at: string
  }
  block_speaker: {
    block_id: number
    speaker_id: number
    position: number
  }
  block_facilitator: {
    block_id: number
    position: number
    name: string
  }
  member_question: {
    id: number
    session_id: number | null
    table_label: string
    text: string
    speaker_id: number | null
    to_secretariat: number
    answer: string
    answered_on: string | null
    shared_on: string | null
    created_at: string
    updated_at: string
  }
  agenda_settings: {
    id: number
    min_hours: number
    min_days: number
    paper_size: string
  }
  member_record: {
    respondent_id: number
    preferred_name: string
    email: string
    phone: string
    channel: string | null
    language: string
    staff_contact: string
    updated_at: string
  }
  member_status_change: {
    id: number
    respondent_id: number
    from_status: string
    to_status: string
    reason: string
    by_name: string
    at: string
  }
  member_comment: {
    id: number
    respondent_id: number
    text: string
    by_name: string
    at: string
  }
  attendance: {
    respondent_id: number
    session_id: number
    state: string
    arrived_min: number | null
    left_min: number | null
    reason: string
    by_name: string
    at: string
  }
  contact_attempt: {
    id: number
    respondent_id: number
    date: string
    channel: string
    outcome: string
    note: string
    next_action: string
    next_date: string | null
    staff: string
    by_name: string
    at: string
  }
  contact_priority: {
    category: string
    value: string
  }
  table_plan_settings: {
    id: number
    /** JSON array of field names. */
    diversify: string
    /** JSON array of field names. */
    cluster: string
    /** JSON array of values. */
    cluster_values: string
    table_size: number
    encounter_weight: number
    seed: string
    updated_at: string
  }
  table_rule: {
    id: number
    kind: string
    respondent_id: number
    other_id: number | null
    session_id: number | null
    table_no: number | null
  }
  table_plan: {
    session_id: number
    table_count: number
    seed: string
    fingerprint: string
    planned_at: string
    changed_at: string | null
  }
  table_seat: {
    session_id: number
    respondent_id: number
    table_no: number
  }
  report_settings: {
    id: number
    sections: string
    foreword: string
    summary: string
    members_statement: string
    logo_type: string | null
    logo: Buffer | null
    updated_at: string
  }
}

/** One row of a table, every column. */
export type Row<Table extends keyof ProjectDatabase> = ProjectDatabase[Table]
