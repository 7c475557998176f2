import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DrawView } from '../../src/shared/draws.ts'
import type { SessionDetail } from '../../src/shared/sessions.ts'
import { testApp } from './test-app.ts'

/** 20 people, a panel of 6 with 2 reserves, and a session starting at 09:30. */
export async function smallPanel(dir: string) {
  const { app, call } = testApp(dir)
  await call('project:create', { file: join(dir, 'documents', 'people.assembly'), name: 'People' })
  const names = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emma', 'Farid', 'Gus', 'Hana', 'Ivo', 'Jill']
  const rows = Array.from(
    { length: 20 },
    (_, i) =>
      `p${String(i).padStart(2, '0')},${names[i % 10] ?? ''},Family${i},p${i}@example.org,${i % 2 ? 'A' : 'B'}`,
  )
  const csv = join(dir, 'pool.csv')
  writeFileSync(csv, ['id,first name,last name,email,group', ...rows].join('\n'))
  await call('pool:import', {
    jobId: 'import',
    file: csv,
    mapping: {
      columns: [
        { role: 'id' },
        { role: 'firstName' },
        { role: 'lastName' },
        { role: 'email' },
        { role: 'category', category: 'Group' },
      ],
      values: { Group: { a: 'A', b: 'B' } },
      missing: { Group: { kind: 'reject' } },
    },
  })
  await call('quotas:save', { rows: [], panelSize: 6 })
  const draw = await call<DrawView>('draw:prepare', {
    jobId: 'd',
    kind: 'initial',
    request: { algorithm: 'legacy', reserves: 2 },
  })
  const drawn = await call<DrawView>('draw:complete', { drawId: draw.id, seed: '42' })
  const session = await call<SessionDetail>('sessions:create', {
    title: 'Weekend 1',
    date: '2026-03-07',
    start: 570,
    end: 1020,
    venue: '',
    mode: 'in-person',
    phases: ['learning'],
    notes: '',
  })
  return { app, call, drawn, sessionId: session.id }
}
