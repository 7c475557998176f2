import { ink, type PrintedDocument } from './pdf-document.ts'

/** One column of a printed list: its share of the width, heading, and each row's cell. */
export type ListColumn<T> = {
  width: number
  heading: string
  cell: (row: T) => { bold?: string; lines: string[] }
  /** Ruled boxes to write in by hand (signatures, times). */
  blank?: boolean
}

/**
 * A list of rows as a table across the page: headings repeated on every page (after `onNewPage`
 * draws the page's own title), rows shaded in turn, at least `minRowHeight` points tall so there is
 * room to write by hand.
 */
export function drawListTable<T>(
  pdf: PrintedDocument,
  columns: readonly ListColumn<T>[],
  rows: readonly T[],
  options: { minRowHeight: number; onNewPage: () => void },
): void {
  const { doc } = pdf
  const drawHeadings = () => {
    const y = doc.y
    let x = pdf.left
    for (const column of columns) {
      pdf.textAt(column.heading, x + 2, y, {
        width: column.width * pdf.width - 6,
        font: 'bold',
        size: 8,
        color: ink.muted,
      })
      x += column.width * pdf.width
    }
    const height = Math.max(
      ...columns.map((c) =>
        pdf.heightOf(c.heading, { width: c.width * pdf.width - 6, font: 'bold', size: 8 }),
      ),
    )
    doc.y = y + height + 4
    doc
      .moveTo(pdf.left, doc.y - 2)
      .lineTo(pdf.left + pdf.width, doc.y - 2)
      .lineWidth(0.8)
      .strokeColor(ink.accent)
      .stroke()
  }
  drawHeadings()
  rows.forEach((row, index) => {
    const cells = columns.map((column) => {
      const { bold, lines } = column.cell(row)
      const body = lines.filter(Boolean).join('\n')
      const width = column.width * pdf.width - 6
      return {
        bold,
        body,
        width,
        blank: column.blank === true,
        height:
          pdf.heightOf(bold ?? '', { width, font: 'bold', size: 9 }) + pdf.heightOf(body, { width, size: 8 }),
      }
    })
    const height = Math.max(options.minRowHeight, ...cells.map((c) => c.height + 8))
    if (pdf.ensureSpace(height)) {
      options.onNewPage()
      drawHeadings()
    }
    const top = doc.y
    if (index % 2 === 1) doc.rect(pdf.left, top - 2, pdf.width, height).fill(ink.tint)
    let x = pdf.left
    for (const cell of cells) {
      if (cell.blank)
        doc
          .rect(x + 2, top + 1, cell.width - 2, height - 6)
          .lineWidth(0.5)
          .strokeColor(ink.rule)
          .stroke()
      let y = top + 3
      if (cell.bold) y += pdf.textAt(cell.bold, x + 4, y, { width: cell.width - 4, font: 'bold', size: 9 })
      if (cell.body) pdf.textAt(cell.body, x + 4, y, { width: cell.width - 4, size: 8 })
      x += cell.width + 6
    }
    doc.x = pdf.left
    doc.y = top + height
  })
}
