import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The fonts printed documents embed: DejaVu Sans, regular and bold (Latin, Greek, Cyrillic), in
 * `resources/fonts` with its licence. Found by walking up from this module, so the same lookup
 * works from the sources (CLI, web bridge, tests) and from the built app.
 */
function fontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts')
    if (existsSync(join(candidate, 'DejaVuSans.ttf'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error('The fonts for printed documents (resources/fonts) are missing.')
    dir = parent
  }
}

let found: { regular: Buffer; bold: Buffer } | undefined

/** The two font files' bytes, read once. */
export function documentFonts(): { regular: Buffer; bold: Buffer } {
  if (!found) {
    const dir = fontsDir()
    found = {
      regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    }
  }
  return found
}
