/** Offers a file as a download: the browser's save, or Electron's. */
function offerDownload(parts: BlobPart[], type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A CSV file, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function downloadCsv(text: string, fileName: string): void {
  offerDownload(['\uFEFF', text], 'text/csv;charset=utf-8', fileName)
}

/** A JSON file (no byte-order mark: JSON readers reject one). */
export function downloadJson(text: string, fileName: string): void {
  offerDownload([text], 'application/json;charset=utf-8', fileName)
}

/** An Excel workbook the app made (base64). */
export function downloadWorkbook(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  offerDownload([bytes], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName)
}

/** "Vote on R3: agreement" → "vote-on-r3-agreement". */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return slug || 'ballot'
}
