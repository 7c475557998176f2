import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'

const tempDir = useTempDir()

function app() {
  return testApp(tempDir())
}

describe('dispatch', () => {
  it('returns errors as data: unknown channel, invalid input, no project', async () => {
    const a = app()
    expect(await a.dispatch('nope', null)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    expect(await a.dispatch('project:create', { file: '', name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', params: { field: 'file' } },
    })
    expect(await a.dispatch('profile:get', null)).toMatchObject({
      ok: false,
      error: { code: 'no-project-open' },
    })
    expect(await a.dispatch('profile:update', { patch: { targetPanelSize: -3 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', params: { field: 'patch.targetPanelSize' } },
    })
  })

  it('creates an assembly, edits and locks its profile, and records the lock in the audit log', async () => {
    const a = app()
    const created = await a.dispatch('project:create', {
      file: join(a.dir, 'documents', 'Town assembly'),
      name: 'Town assembly',
    })
    expect(created).toMatchObject({
      ok: true,
      value: { fileName: 'Town assembly.assembly', name: 'Town assembly' },
    })
    expect(
      await a.dispatch('profile:update', { patch: { startDate: '2026-05-02', endDate: '2026-04-01' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', params: { field: 'endDate' } },
    })
    expect(
      await a.dispatch('profile:update', { patch: { venues: ['Town hall'], targetPanelSize: 50 } }),
    ).toMatchObject({
      ok: true,
      value: { venues: ['Town hall'], targetPanelSize: 50, lockedAt: null },
    })
    expect(await a.dispatch('profile:lock', null)).toMatchObject({ ok: true })
    expect(await a.dispatch('profile:update', { patch: { name: 'Renamed' } })).toMatchObject({
      ok: false,
      error: { code: 'profile-locked' },
    })
    const log = await a.dispatch('audit:list', null)
    expect(log.ok && (log.value as { kind: string }[]).map((e) => e.kind)).toEqual([
      'assembly.created',
      'profile.locked',
    ])
    expect(await a.dispatch('audit:verify', null)).toMatchObject({
      ok: true,
      value: { ok: true, entries: 2 },
    })
    expect(await a.dispatch('files:list', null)).toMatchObject({
      ok: true,
      value: [{ fileName: 'Town assembly.assembly' }],
    })
    await a.close()
  })

  it('opens the demo through a worker job with progress events', async () => {
    const a = app()
    const result = await a.dispatch('project:openDemo', { jobId: 'demo-1' })
    expect(result).toMatchObject({ ok: true, value: { fileName: 'Demo assembly.assembly' } })
    expect(a.progress.length).toBeGreaterThan(1)
    expect(a.progress.every((e) => e.jobId === 'demo-1')).toBe(true)
    // Opening it again regenerates it, even while it is the open project.
    expect(await a.dispatch('project:openDemo', { jobId: 'demo-2' })).toMatchObject({ ok: true })
    await a.close()
  })
})
