import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'

/** Writes a document through a temporary file, so a failure leaves no half PDF behind. */
export function writePdfFile(file: string, bytes: Buffer): void {
  const partial = `${file}.partial`
  try {
    writeFileSync(partial, bytes)
    renameSync(partial, file)
  } catch (error) {
    rmSync(partial, { force: true })
    throw new AppError('io-error', msg('report.notWritten', { file, reason: (error as Error).message }))
  }
}
