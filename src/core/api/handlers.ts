import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { FileEntry } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { APP_VERSION } from '../app/version.ts'
import { listAudit } from '../audit/audit-log.ts'
import { getProfile, lockProfile, updateProfile } from '../profile/profile-repo.ts'
import { FILE_EXTENSION } from '../project/format.ts'
import { FORMAT_VERSION } from '../project/migrations.ts'
import type { AppContext, Handlers } from './context.ts'
import { poolHandlers } from './pool-handlers.ts'
import { warmPoolViews } from '../pool/pool-view-cache.ts'
import { quotaHandlers } from './quota-handlers.ts'
import { drawHandlers } from './draw-handlers.ts'
import { voteHandlers } from './vote-handlers.ts'
import { sessionHandlers } from './session-handlers.ts'
import { peopleHandlers } from './people-handlers.ts'
import { contactHandlers } from './contact-handlers.ts'
import { tableHandlers } from './table-handlers.ts'
import { reportHandlers } from './report-handlers.ts'
import { verifyProject } from '../verify/verify-project.ts'

/** The use cases behind every channel of the contract, for one window's context. */
export function createHandlers(ctx: AppContext): Handlers {
  const { session, state } = ctx
  session.onOpen(warmPoolViews)
  const project = () => session.require()

  return {
    'app:info': () =>
      Promise.resolve({
        version: APP_VERSION,
        formatVersion: FORMAT_VERSION,
        fileExtension: FILE_EXTENSION,
        nativeDialogs: ctx.platform.nativeDialogs,
        documentsDir: ctx.documentsDir,
      }),
    'settings:get': () => Promise.resolve(state.settings()),
    'settings:set': ({ language }) => Promise.resolve(state.setLanguage(language)),
    'recent:list': () => Promise.resolve(state.recent()),
    'files:list': () => Promise.resolve(listAssemblies(ctx.documentsDir)),
    'dialog:choose': (request) => ctx.platform.chooseFile(request),

    'project:create': ({ file, name }) => session.create(withExtension(file), name),
    'project:open': ({ file }) => session.open(file),
    'project:openDemo': async ({ jobId }) => {
      mkdirSync(ctx.demoDir, { recursive: true })
      const file = join(ctx.demoDir, `Demo assembly${FILE_EXTENSION}`)
      if (session.current()?.file === file) await session.close()
      const fresh = join(ctx.demoDir, `demo-${jobId.replace(/\W/g, '')}${FILE_EXTENSION}`)
      try {
        await ctx.jobs.run(jobId, 'demo.create', { file: fresh }, (progress) =>
          ctx.emit('job:progress', { jobId, ...progress }),
        )
        rmSync(file, { force: true })
        rmSync(`${file}-journal`, { force: true })
        renameSync(fresh, file)
      } finally {
        rmSync(fresh, { force: true })
        rmSync(`${fresh}.partial`, { force: true })
        rmSync(`${fresh}.partial-journal`, { force: true })
      }
      return session.open(file)
    },
    'project:current': () => (session.current() ? session.summary() : Promise.resolve(null)),
    'project:close': async () => {
      await session.close()
      return null
    },
    'project:saveCopy': ({ file, overwrite }) => session.saveCopy(withExtension(file), overwrite),
    'project:backups': () => Promise.resolve(session.listBackups()),
    'project:restoreBackup': ({ id }) => session.restoreBackup(id),

    'audit:list': () => Promise.resolve(listAudit(project().sqlite)),
    'audit:verify': () => verifyProject(project().sqlite),

    'profile:get': () => Promise.resolve(getProfile(project().sqlite)),
    'profile:update': ({ patch }) =>
      project().write(() => updateProfile(project().sqlite, patch, project().timestamp())),
    'profile:lock': () => project().write(() => lockProfile(project().sqlite, project().timestamp())),

    ...poolHandlers(ctx),
    ...quotaHandlers(ctx),
    ...drawHandlers(ctx),
    ...voteHandlers(ctx),
    ...sessionHandlers(ctx),
    ...peopleHandlers(ctx),
    ...contactHandlers(ctx),
    ...tableHandlers(ctx),
    ...reportHandlers(ctx),

    'job:cancel': ({ jobId }) => {
      if (!ctx.jobs.cancel(jobId)) throw new AppError('invalid-input', msg('input.jobGone'))
      return Promise.resolve(null)
    },
    'job:stop': ({ jobId }) => {
      if (!ctx.jobs.stop(jobId)) throw new AppError('invalid-input', msg('input.jobGone'))
      return Promise.resolve(null)
    },
  }
}

function withExtension(file: string): string {
  return file.toLowerCase().endsWith(FILE_EXTENSION) ? file : `${file}${FILE_EXTENSION}`
}

function listAssemblies(dir: string): FileEntry[] {
  mkdirSync(dir, { recursive: true })
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(FILE_EXTENSION))
    .map((fileName) => {
      const file = join(dir, fileName)
      const stat = statSync(file)
      return { file, fileName, modifiedAt: stat.mtime.toISOString(), bytes: stat.size }
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
}
