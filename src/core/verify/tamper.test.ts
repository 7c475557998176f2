import Database from 'better-sqlite3'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { english } from '../../shared/messages.ts'
import { createDemo } from '../demo/create-demo.ts'
import { openReadOnly } from '../project/open-read-only.ts'
import { allMatch, verifyProject } from './verify-project.ts'

/**
 * The tamper suite: a copy of the demo file is edited directly in SQLite, as someone bypassing the
 * app would, and verify must fail and name the edited record. One test per kind of edit.
 */

let dir: string
let demo: string
let copies = 0

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kleroterion-tamper-'))
  demo = join(dir, 'demo.assembly')
  await createDemo(demo, { seed: 'tamper' })
}, 180_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function verify(file: string) {
  const project = openReadOnly(file)
  try {
    return await verifyProject(project.sqlite)
  } finally {
    project.close()
  }
}

/** A copy of the demo with `edit` applied directly to its tables; what verify then says. */
async function tampered(edit: (db: Database.Database) => void) {
  const file = join(dir, `copy-${++copies}.assembly`)
  copyFileSync(demo, file)
  const db = new Database(file)
  db.pragma('foreign_keys = OFF')
  edit(db)
  db.close()
  const report = await verify(file)
  const said = (report.records?.mismatches ?? []).map((m) => `${m.record} — ${english(m.why)}`)
  return { ok: allMatch(report), said, report }
}

const one = (db: Database.Database, query: string, ...params: unknown[]): unknown =>
  db.prepare(query).get(...params)

const paperBallot = (db: Database.Database) =>
  one(
    db,
    "select id, json_extract(spec, '$.title') as title from ballot where json_extract(spec, '$.entry') = 'papers' order by id limit 1",
  ) as { id: number; title: string }

describe('verify on the untouched demo', () => {
  it('finds everything matching, and leaves the file’s bytes unchanged', async () => {
    const before = readFileSync(demo)
    const report = await verify(demo)
    expect(report.records?.mismatches).toEqual([])
    expect(allMatch(report)).toBe(true)
    expect(report.records?.checked).toBeGreaterThan(5)
    expect(readFileSync(demo).equals(before)).toBe(true)
  })
})

describe('verify catches every edit made behind the app’s back', () => {
  it('one paper ballot moved to another count', async () => {
    const { ok, said } = await tampered((db) => {
      const ballot = paperBallot(db)
      const other = one(
        db,
        "select id from ballot where json_extract(spec, '$.entry') = 'papers' and id != ? order by id limit 1",
        ballot.id,
      ) as { id: number }
      db.prepare(
        'update paper_ballot set ballot_id = ?, number = 9000 + number where ballot_id = ? and number = (select min(number) from paper_ballot where ballot_id = ?)',
      ).run(other.id, ballot.id, ballot.id)
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/count 1: entries/)
  })

  it('a paper deleted', async () => {
    const { ok, said } = await tampered((db) => {
      const ballot = paperBallot(db)
      db.prepare("delete from paper_ballot where ballot_id = ? and number = 3 and operator = 'A'").run(
        ballot.id,
      )
      db.prepare("delete from paper_ballot where ballot_id = ? and number = 3 and operator = 'B'").run(
        ballot.id,
      )
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(
      /ballot \d+ count 1: entries .*papers, table totals or members present differ/,
    )
  })

  it('a table’s totals changed', async () => {
    const { ok, said } = await tampered((db) => {
      const count = one(
        db,
        "select ballot_id, tables from vote_count where tables != '[]' order by ballot_id limit 1",
      ) as { ballot_id: number; tables: string }
      const tables = JSON.parse(count.tables) as { votes: Record<string, number[]> }[]
      const votes = Object.values(tables[0]?.votes ?? {})[0]
      if (!votes) throw new Error('the demo has no table totals')
      votes[0] = (votes[0] ?? 0) + 1
      db.prepare('update vote_count set tables = ? where ballot_id = ?').run(
        JSON.stringify(tables),
        count.ballot_id,
      )
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/count 1: entries/)
  })

  it('the stored tally result changed', async () => {
    const { ok, said } = await tampered((db) => {
      const count = one(
        db,
        "select ballot_id, result from vote_count where status = 'final' order by ballot_id limit 1",
      ) as { ballot_id: number; result: string }
      const edited = count.result.replace(/"winners":\["[^"]*"/, '"winners":["Someone else"')
      db.prepare('update vote_count set result = ? where ballot_id = ?').run(edited, count.ballot_id)
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/count 1: result .*stored result differs/)
  })

  it('a result and its hash changed together', async () => {
    const { ok, said } = await tampered((db) => {
      db.prepare("update vote_count set result = '{}', result_hash = ? where ballot_id = 1").run(
        '0'.repeat(64),
      )
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/ballot 1 count 1: result/)
  })

  it('a panel member swapped for someone in the pool', async () => {
    const { ok, said } = await tampered((db) => {
      const member = one(
        db,
        "select respondent_id from panel_member where role = 'selected' order by respondent_id limit 1",
      ) as { respondent_id: number }
      const outsider = one(
        db,
        'select id, external_id from respondent where id not in (select respondent_id from panel_member) order by id limit 1',
      ) as { id: number; external_id: string }
      db.prepare('update panel_member set respondent_id = ? where respondent_id = ?').run(
        outsider.id,
        member.respondent_id,
      )
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/is listed but was never drawn/)
    expect(said.join('\n')).toMatch(/was drawn but is not listed/)
  })

  it('a member’s status changed', async () => {
    const { ok, said } = await tampered((db) => {
      db.prepare(
        "update panel_member set status = 'withdrawn' where respondent_id = (select respondent_id from panel_member where status = 'attended' order by respondent_id limit 1)",
      ).run()
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/is “withdrawn” but the audit log says “attended”/)
  })

  it('a quota changed', async () => {
    const { ok, said } = await tampered((db) => {
      db.prepare('update quota set max = max + 1 where value_id = (select min(value_id) from quota)').run()
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/^quota .*differs from the quotas locked before the draw/m)
  })

  it('a recommendation’s text changed', async () => {
    const { ok, said } = await tampered((db) => {
      db.prepare("update recommendation set text = text || ' (amended)' where id = 1").run()
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/recommendation R1: current text/)
  })

  it('an earlier version of a recommendation rewritten', async () => {
    const { ok, said } = await tampered((db) => {
      db.prepare(
        "update recommendation_version set text = 'Something else' where (recommendation_id, version) = (select recommendation_id, min(version) from recommendation_version where version > 1)",
      ).run()
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/the text of version \d+ differs/)
  })

  it('a selected person’s category answer changed', async () => {
    const { ok, said } = await tampered((db) => {
      db.prepare(
        `update respondent_value set value_id = (select v.id from category_value v where v.category_id = respondent_value.category_id and v.id != respondent_value.value_id limit 1)
         where respondent_id = (select min(respondent_id) from panel_member where role = 'selected')
           and category_id = (select min(id) from category)`,
      ).run()
    })
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/^pool — pool: the people, households or category answers/m)
  })

  it('the last audit entry deleted', async () => {
    const { ok, said, report } = await tampered((db) => {
      db.exec('DROP TRIGGER audit_entry_no_delete')
      db.exec('delete from audit_entry where seq = (select max(seq) from audit_entry)')
    })
    expect(report.ok).toBe(true)
    expect(ok).toBe(false)
    // The demo's last entry creates the ballot still being entered: that ballot is now unexplained.
    expect(said.join('\n')).toMatch(/is in the file but its creation is not in the audit log/)
  })

  it('a count’s finalisation deleted from the log and the chain re-hashed', async () => {
    const { ok, said, report } = await tampered((db) => {
      db.exec('DROP TRIGGER audit_entry_no_delete; DROP TRIGGER audit_entry_no_update')
      const { seq } = one(db, "select max(seq) as seq from audit_entry where kind = 'votes.count.final'") as {
        seq: number
      }
      db.prepare('delete from audit_entry where seq = ?').run(seq)
      rehashFrom(db, seq)
    })
    expect(report.ok).toBe(true)
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/marked final, but its finalisation is not in the audit log/)
  })

  it('an audit entry edited and the whole chain re-hashed', async () => {
    const { ok, said, report } = await tampered((db) => {
      db.exec('DROP TRIGGER audit_entry_no_update')
      const entry = one(
        db,
        "select seq, payload from audit_entry where kind = 'votes.recommendation.created' order by seq limit 1",
      ) as { seq: number; payload: string }
      const payload = JSON.parse(entry.payload) as { text: string }
      payload.text = 'A recommendation nobody voted for'
      db.prepare('update audit_entry set payload = ? where seq = ?').run(canonical(payload), entry.seq)
      rehashFrom(db, entry.seq)
    })
    expect(report.ok).toBe(true)
    expect(ok).toBe(false)
    expect(said.join('\n')).toMatch(/recommendation R1 version 1/)
  })
})

import { canonicalJson as canonical, entryHash } from '../audit/audit-log.ts'

/** What a forger does: renumbers the chain from `seq` and recomputes every hash after it. */
function rehashFrom(db: Database.Database, seq: number): void {
  const rows = db
    .prepare('select seq, at, kind, payload from audit_entry where seq >= ? order by seq')
    .all(seq) as { seq: number; at: string; kind: string; payload: string }[]
  let prevHash = (db.prepare('select hash from audit_entry where seq = ?').get(seq - 1) as { hash: string })
    .hash
  let next = seq
  for (const row of rows) {
    const fields = { seq: next, at: row.at, kind: row.kind, payload: row.payload, prevHash }
    const hash = entryHash(fields)
    db.prepare('update audit_entry set seq = ?, prev_hash = ?, hash = ? where seq = ?').run(
      next,
      prevHash,
      hash,
      row.seq,
    )
    prevHash = hash
    next++
  }
}
