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
}
