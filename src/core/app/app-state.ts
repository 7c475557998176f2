import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { languages, type Language, type RecentFile, type Settings } from '../../shared/contract.ts'
import { writeFileAtomic } from './atomic-write.ts'

const MAX_RECENT = 10

const prefsSchema = z.object({
  language: z.enum(languages).catch('en'),
  recent: z.array(z.object({ file: z.string(), name: z.string(), openedAt: z.string() })).catch([]),
})
type Prefs = z.infer<typeof prefsSchema>

/**
 * The app's own small state, outside any project: the language and the recent files.
 * Kept as JSON in the user-data folder, written atomically; a damaged file falls back to defaults.
 */
export class AppState {
  private readonly file: string
  private prefs: Prefs

  constructor(userDataDir: string) {
    mkdirSync(userDataDir, { recursive: true })
    this.file = join(userDataDir, 'preferences.json')
    this.prefs = this.read()
  }

  settings(): Settings {
    return { language: this.prefs.language }
  }

  setLanguage(language: Language): Settings {
    this.save({ ...this.prefs, language })
    return this.settings()
  }

  /** Recent files, newest first; files that no longer exist are dropped from the list. */
  recent(): RecentFile[] {
    const present = this.prefs.recent.filter((r) => existsSync(r.file))
    if (present.length !== this.prefs.recent.length) this.save({ ...this.prefs, recent: present })
    return present
  }

  noteOpened(file: string, name: string, at: string): void {
    const others = this.prefs.recent.filter((r) => r.file !== file)
    this.save({ ...this.prefs, recent: [{ file, name, openedAt: at }, ...others].slice(0, MAX_RECENT) })
  }

  private read(): Prefs {
    try {
      return prefsSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')))
    } catch {
      return prefsSchema.parse({})
    }
  }

  private save(prefs: Prefs): void {
    this.prefs = prefs
    writeFileAtomic(this.file, `${JSON.stringify(prefs, null, 2)}\n`)
  }
}
