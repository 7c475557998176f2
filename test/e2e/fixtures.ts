import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startWebServer, type WebServer } from '../../src/web/server.ts'

export type Bridge = WebServer & { dataDir: string; documentsDir: string }

/**
 * Each test gets its own web bridge over the built renderer (out/renderer) with fresh folders,
 * and a page that fails the test on any uncaught error.
 */
export const test = base.extend<{ bridge: Bridge; app: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  bridge: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'kleroterion-e2e-'))
    const dataDir = join(root, 'data')
    const documentsDir = join(root, 'documents')
    const server = await startWebServer({
      rendererDir: resolve('out/renderer'),
      userDataDir: dataDir,
      documentsDir,
    })
    await use({ ...server, dataDir, documentsDir })
    await server.close()
    rmSync(root, { recursive: true, force: true })
  },
  app: async ({ page, bridge }, use) => {
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await page.goto(bridge.url)
    await page.locator('[data-app-state="loaded"]').waitFor()
    await use(page)
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }

/** A screenshot of the whole screen as a user sees it: a window tall enough for the content, scrolled to the top. */
export async function shoot(page: Page, name: string, height = 800): Promise<void> {
  await page.setViewportSize({ width: 1280, height })
  await page.mouse.move(0, 0)
  await page.evaluate(async () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    window.scrollTo(0, 0)
    // Let the layout settle at the new size.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
  await page.screenshot({ path: `test/screenshots/${name}.png`, animations: 'disabled' })
  await page.setViewportSize({ width: 1280, height: 800 })
}
