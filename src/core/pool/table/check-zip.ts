import yauzl from 'yauzl'
import { AppError } from '../../../shared/errors.ts'
import { msg } from '../../../shared/messages.ts'

/** A registration workbook is a few MB; anything declaring more than this unpacked is refused. */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024
const MAX_ENTRIES = 10_000

/**
 * Reads the zip's central directory (no decompression) and refuses workbooks that declare an absurd
 * unpacked size (zip bombs) or are not zip files at all, before any XLSX parser allocates memory.
 */
export function checkZip(bytes: Buffer, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const refuse = (key: 'pool.notXlsx' | 'pool.zipBomb' | 'pool.zipDamaged', size?: number) =>
      reject(
        new AppError(
          'invalid-input',
          msg(key, size === undefined ? { name: fileName } : { name: fileName, size }),
          {
            file: fileName,
          },
        ),
      )
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) {
        refuse('pool.notXlsx')
        return
      }
      let total = 0
      let entries = 0
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize
        entries += 1
        if (total > MAX_UNPACKED_BYTES || entries > MAX_ENTRIES) {
          zip.close()
          refuse('pool.zipBomb', Math.round(total / 1024 / 1024))
          return
        }
        zip.readEntry()
      })
      zip.on('end', () => resolve())
      zip.on('error', () => refuse('pool.zipDamaged'))
      zip.readEntry()
    })
  })
}
