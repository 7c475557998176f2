import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { AppContext, Handlers } from './context.ts'
import { addPerson } from '../pool/add-person.ts'
import { columnAnswers, dryRunImport, previewImport, writeImport } from '../pool/import-pool.ts'
import { personDetail } from '../pool/pool-view.ts'
import { cachedPoolColumns, cachedPoolSummary } from '../pool/pool-view-cache.ts'
import { writeCsv } from '../pool/table/write-csv.ts'

type PoolChannels =
  | 'pool:upload'
  | 'pool:preview'
  | 'pool:answers'
  | 'pool:check'
  | 'pool:import'
  | 'pool:problemsCsv'
  | 'pool:table'
  | 'pool:person'
  | 'pool:summary'
  | 'pool:addPerson'

/** The pool's use cases. Reading and checking a file runs in a worker job; writing is one transaction. */
export function poolHandlers(ctx: AppContext): Pick<Handlers, PoolChannels> {
  const project = () => ctx.session.require()
  const validateInWorker = (
    jobId: string,
    file: string,
    sheet: string | undefined,
    mapping: Parameters<Handlers['pool:check']>[0]['mapping'],
  ) =>
    ctx.jobs.run(
      jobId,
      'pool.validate',
      { file, mapping, ...(sheet === undefined ? {} : { sheet }) },
      (progress) => ctx.emit('job:progress', { jobId, ...progress }),
    )

  return {
    'pool:upload': ({ fileName, dataBase64 }) => {
      // The browser version cannot hand over a path: the file's bytes are kept in the app's own folder.
      // Each upload in a folder of its own, under the user's own file name: messages name their file.
      const dir = join(ctx.uploadsDir, randomUUID())
      mkdirSync(dir, { recursive: true })
      const name = basename(fileName.replace(/\\/g, '/')).replace(/[\p{Cc}<>:"/\\|?*]/gu, '_')
      const file = join(dir, name === '' || name === '.' || name === '..' ? 'registrations.csv' : name)
      writeFileSync(file, Buffer.from(dataBase64, 'base64'))
      return Promise.resolve({ file })
    },
    'pool:preview': ({ file, sheet }) => previewImport(project(), file, sheet === undefined ? {} : { sheet }),
    'pool:answers': ({ file, sheet, column }) =>
      columnAnswers(file, column, sheet === undefined ? {} : { sheet }),
    'pool:check': async ({ jobId, file, sheet, mapping }) =>
      dryRunImport(project(), await validateInWorker(jobId, file, sheet, mapping)),
    'pool:import': async ({ jobId, file, sheet, mapping }) =>
      writeImport(project(), await validateInWorker(jobId, file, sheet, mapping)),
    'pool:problemsCsv': ({ problems }) =>
      Promise.resolve(
        writeCsv([['Row', 'Column', 'Problem'], ...problems.map((p) => [String(p.row), p.column, p.reason])]),
      ),
    'pool:table': () => Promise.resolve(cachedPoolColumns(project())),
    'pool:person': ({ id }) => Promise.resolve(personDetail(project().sqlite, id)),
    'pool:summary': () => Promise.resolve(cachedPoolSummary(project())),
    'pool:addPerson': (entry) => addPerson(project(), entry),
  }
}
