/** The bytes of a chosen file as base64, for 'pool:upload' (the browser cannot hand over a path). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.readAsDataURL(file)
  })
}

/** Files the wizard accepts (the browser's file input filter). */
export const TABLE_FILES = '.csv,.tsv,.txt,.xlsx'

/** The upload channel takes at most 140 MB of base64, about 100 MB of file. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024
