import type { CategorySummary, PoolColumns } from '../../shared/pool.ts'
import type { Project } from '../project/project.ts'
import { poolColumns, poolSummary } from './pool-view.ts'

type Views = { columns?: PoolColumns; summary?: CategorySummary[] }

const cache = new WeakMap<Project, Views>()

function viewsOf(project: Project): Views {
  let views = cache.get(project)
  if (!views) {
    views = {}
    cache.set(project, views)
    // Any write may change the pool: the next read recomputes.
    project.onWrite(() => cache.set(project, {}))
  }
  return views
}

/** The pool table, kept between reads until the next write (50,000 people take ~0.2 s to read). */
export function cachedPoolColumns(project: Project): PoolColumns {
  const views = viewsOf(project)
  views.columns ??= poolColumns(project.sqlite)
  return views.columns
}

export function cachedPoolSummary(project: Project): CategorySummary[] {
  const views = viewsOf(project)
  views.summary ??= poolSummary(project.sqlite)
  return views.summary
}

/** Reads the pool views ahead, right after a project opens, so the Pool section opens at once. */
export function warmPoolViews(project: Project): void {
  setImmediate(() => {
    try {
      cachedPoolColumns(project)
      cachedPoolSummary(project)
    } catch {
      // Closed meanwhile, or unreadable: the section reads again (and reports) when opened.
    }
  })
}
