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
 * Kept as JSON in the user-data folder and written atomically. Every change re-reads the file first,
 * so several windows (each with its own AppState) never undo each other's changes.
 * A damaged file falls back to defaults.
 */
export class AppState {
  private readonly file: string

  constructor(userDataDir: string) {
    mkdirSync(userDataDir, { recursive: true })
    this.file = join(userDataDir, 'preferences.json')
  }

  settings(): Settings {
    return { language: this.read().language }
  }

  setLanguage(language: Language): Settings {
    this.update((prefs) => ({ ...prefs, language }))
    return this.settings()
  }

  /** Recent files, newest first; files that no longer exist are dropped from the list. */
  recent(): RecentFile[] {
    return this.update((prefs) => ({ ...prefs, recent: prefs.recent.filter((r) => existsSync(r.file)) }))
      .recent
  }

  noteOpened(file: string, name: string, at: string): void {
    this.update((prefs) => ({
      ...prefs,
      recent: [{ file, name, openedAt: at }, ...prefs.recent.filter((r) => r.file !== file)].slice(
        0,
        MAX_RECENT,
      ),
    }))
  }

  private read(): Prefs {
    try {
      return prefsSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')))
    } catch {
      return prefsSchema.parse({})
    }
  }

  private update(change: (prefs: Prefs) => Prefs): Prefs {
    const before = this.read()
    const after = change(before)
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      writeFileAtomic(this.file, `${JSON.stringify(after, null, 2)}\n`)
    }
    return after
  }
}
