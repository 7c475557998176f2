import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createApp, type AppInstance } from '../core/api/create-app.ts'
import { spawnNodeWorker } from '../core/jobs/spawn-node-worker.ts'
import type { EventMessage } from '../shared/events.ts'
import { BRIDGE_SCRIPT } from './bridge-script.ts'

/** Large enough for a registration file uploaded for import (base64). */
const MAX_BODY = 150 * 1024 * 1024
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export type WebServerOptions = {
  rendererDir: string
  userDataDir: string
  documentsDir: string
  port?: number
  token?: string
}

export type WebServer = { url: string; token: string; app: AppInstance; close(): Promise<void> }

/**
 * Serves the built renderer on 127.0.0.1 and forwards `window.api` calls to the same dispatch the
 * Electron main process uses. Every call needs the random token from the URL; requests for another
 * host name are refused (DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const root = resolve(options.rendererDir)
  const streams = new Set<ServerResponse>()
  const app = createApp({
    userDataDir: options.userDataDir,
    documentsDir: options.documentsDir,
    platform: { nativeDialogs: false, chooseFile: () => Promise.resolve(null) },
    spawnWorker: spawnNodeWorker,
    emit: (event, payload) => {
      const message: EventMessage = { event, payload } as EventMessage
      const data = `data: ${JSON.stringify(message)}\n\n`
      for (const stream of streams) stream.write(data)
    },
  })
  let port = 0
  let closing = false
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      res.writeHead(403).end('Forbidden host')
      return
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname.startsWith('/__rpc/') && req.method === 'POST') {
      if (!tokenMatches(req.headers['x-bridge-token'])) return void res.writeHead(401).end()
      const input = JSON.parse((await readBody(req)) || 'null') as unknown
      const result = await app.dispatch(decodeURIComponent(url.pathname.slice('/__rpc/'.length)), input)
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result))
      return
    }
    if (url.pathname === '/__events') {
      if (closing) return void res.writeHead(503).end()
      if (!tokenMatches(url.searchParams.get('token') ?? '')) return void res.writeHead(401).end()
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      return
    }
    if (url.pathname === '/__bridge.js') {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.js'] ?? '' }).end(BRIDGE_SCRIPT)
      return
    }
    await serveStatic(url.pathname, res)
  }

  function tokenMatches(given: string | string[] | undefined): boolean {
    const a = Buffer.from(typeof given === 'string' ? given : '')
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
    const file = normalize(join(root, relative))
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end()
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return void res.writeHead(404).end('Not found')
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
    if (relative === 'index.html') {
      // The bridge script must run before the app's module script.
      body = Buffer.from(
        body.toString('utf8').replace('<head>', '<head><script src="/__bridge.js"></script>'),
      )
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
  }

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok))
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    app,
    async close() {
      closing = true
      for (const stream of streams) stream.end()
      const closed = new Promise<void>((ok) => server.close(() => ok()))
      // Event streams and kept-alive sockets would otherwise hold the server open.
      server.closeAllConnections()
      await closed
      await app.close()
    },
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        fail(new Error('Request too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')))
    req.on('error', fail)
  })
}
