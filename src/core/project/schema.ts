import type { Generated } from 'kysely'

/** The tables of an assembly project file, as kysely sees them. */
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
    seq: Generated<number>
    at: string
    kind: string
    /** Canonical JSON (RFC 8785). */
    payload: string
    prev_hash: string
    hash: string
  }
  category: {
    id: Generated<number>
    name: string
    position: number
    missing_value: string | null
  }
  category_value: {
    id: Generated<number>
    category_id: number
    value: string
    position: number
  }
  pool_import: {
    id: Generated<number>
    at: string
    file_name: string
    /** JSON: the import report. */
    summary: string
  }
  respondent: {
    id: Generated<number>
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
    id: Generated<number>
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
}
