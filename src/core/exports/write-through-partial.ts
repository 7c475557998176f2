import { renameSync, rmSync } from 'node:fs'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'

/**
 * Writes an export to `file.partial`, then renames it to `file`: a failure part-way leaves no
 * half-written file behind, and says which file and why in plain words.
 */
export async function writeThroughPartial(
  file: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = `${file}.partial`
  try {
    await write(partial)
    renameSync(partial, file)
  } catch (error) {
    rmSync(partial, { force: true, recursive: true })
    if (error instanceof AppError) throw error
    throw new AppError('io-error', msg('report.notWritten', { file, reason: (error as Error).message }))
  }
}
