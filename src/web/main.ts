/**
 * `npm run web`: the same app in a browser tab, for machines where Electron cannot start,
 * for demos and for the end-to-end tests. Listens on 127.0.0.1 only.
 *   --port N          (default: a free port)
 *   --data-dir DIR    preferences, backups and the demo (default: ~/.kleroterion-web)
 *   --documents DIR   where new assemblies go (default: ~/Kleroterion)
 */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startWebServer } from './server.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    documents: { type: 'string' },
  },
})

const server = await startWebServer({
  rendererDir: resolve(import.meta.dirname, '../../out/renderer'),
  userDataDir: resolve(values['data-dir'] ?? join(homedir(), '.kleroterion-web')),
  documentsDir: resolve(values.documents ?? join(homedir(), 'Kleroterion')),
  ...(values.port ? { port: Number(values.port) } : {}),
})
process.stdout.write(
  `Kleroterion is running. Open this address in your browser:\n\n  ${server.url}\n\nPress Ctrl+C to stop.\n`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
