import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs'

/** Writes a side file (settings, recent list) so that a crash leaves either the old or the new content. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`
  const fd = openSync(tmp, 'w')
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path)
}
