/** Joins a folder and a file name with the folder's own separator (Windows or POSIX). */
export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/'
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`
}

/** The last part of a path, whichever separator it uses. */
export function baseName(file: string): string {
  return file.split(/[/\\]/).pop() ?? file
}

/** A file name made from an assembly name: characters that no file system accepts are replaced. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  return cleaned.slice(0, 120)
}

export function withExtension(file: string, extension: string): string {
  return file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`
}
