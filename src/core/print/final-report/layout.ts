import type { TOptions } from 'i18next'
import { ink, type PrintedDocument } from '../pdf-document.ts'
import type { DocumentLanguage } from '../words.ts'

export type Column = { title: string; width: number; align?: 'left' | 'right' | 'center' }
export type Cell = string | { text: string; strong?: boolean; color?: string }

const CELL_PAD = 4
const BODY = 10

/**
 * The final report's page furniture on top of a PrintedDocument: sections that start on a new
 * page and are listed in the contents, headings that never end a page, paragraphs, label/value
 * lists, and tables that split across pages with their header repeated.
 */
export class ReportWriter {
  readonly pdf: PrintedDocument
  readonly language: DocumentLanguage
  /** Each section's title and the page (1-based) it starts on, for the contents. */
  readonly sections: { title: string; page: number }[] = []

  constructor(pdf: PrintedDocument) {
    this.pdf = pdf
    this.language = pdf.language
  }

  get doc(): PDFKit.PDFDocument {
    return this.pdf.doc
  }

  /** A word of the report (`report.` is implied). */
  w(key: string, options?: TOptions): string {
    return this.pdf.t(`report.${key}`, options ?? {})
  }

  pageNumber(): number {
    const range = this.doc.bufferedPageRange()
    return range.start + range.count
  }

  /** Starts a section on a new page, in the contents and in the PDF's outline. */
  section(title: string): void {
    this.pdf.newPage()
    this.sections.push({ title, page: this.pageNumber() })
    this.doc.outline.addItem(title)
    this.doc.font('bold').fontSize(22).fillColor(ink.accent).text(title, this.pdf.left, this.doc.y)
    const y = this.doc.y + 4
    this.doc
      .moveTo(this.pdf.left, y)
      .lineTo(this.pdf.left + 60, y)
      .lineWidth(2)
      .strokeColor(ink.accent)
      .stroke()
    this.doc.y = y + 14
  }

  /**
   * A heading kept with what follows: it moves to the next page unless `keep` points of content
   * fit below it.
   */
  heading(text: string, keep = 80, size = 14): void {
    const height = this.pdf.heightOf(text, { width: this.pdf.width, font: 'bold', size }) + 8
    if (this.doc.y > this.pdf.doc.page.margins.top + 1) this.doc.moveDown(0.6)
    this.pdf.ensureSpace(height + keep)
    this.doc.font('bold').fontSize(size).fillColor(ink.text).text(text, this.pdf.left, this.doc.y, {
      width: this.pdf.width,
    })
    this.doc.moveDown(0.3)
  }

  paragraph(
    text: string,
    options: { size?: number; color?: string; bold?: boolean; gap?: number } = {},
  ): void {
    if (!text) return
    const size = options.size ?? BODY
    for (const part of text.split(/\n{2,}/)) {
      const lineHeight = this.pdf.heightOf('M', { width: this.pdf.width, size })
      this.pdf.ensureSpace(lineHeight * 2)
      this.doc
        .font(options.bold ? 'bold' : 'regular')
        .fontSize(size)
        .fillColor(options.color ?? ink.text)
        .text(part.trim(), this.pdf.left, this.doc.y, { width: this.pdf.width, lineGap: 2 })
      this.doc.moveDown(options.gap ?? 0.5)
    }
  }

  /** Text in a fixed-width font style for hashes and commands, broken anywhere it must. */
  code(text: string, size = 9): void {
    const height = this.pdf.heightOf(text, { width: this.pdf.width - 16, size }) + 10
    this.pdf.ensureSpace(height)
    const top = this.doc.y
    this.doc.rect(this.pdf.left, top, this.pdf.width, height).fill(ink.tint)
    this.pdf.textAt(text, this.pdf.left + 8, top + 5, { width: this.pdf.width - 16, size })
    this.doc.x = this.pdf.left
    this.doc.y = top + height + 6
  }

  /** Label and value pairs, the labels in a narrow column. */
  facts(pairs: readonly [string, string][], labelWidth = 150): void {
    const width = this.pdf.width - labelWidth - 10
    for (const [label, value] of pairs) {
      if (!value) continue
      const height =
        Math.max(
          this.pdf.heightOf(label, { width: labelWidth, font: 'bold', size: 9 }),
          this.pdf.heightOf(value, { width, size: BODY }),
        ) + 6
      this.pdf.ensureSpace(height)
      const top = this.doc.y
      this.pdf.textAt(label, this.pdf.left, top + 1, {
        width: labelWidth,
        font: 'bold',
        size: 9,
        color: ink.muted,
      })
      this.pdf.textAt(value, this.pdf.left + labelWidth + 10, top, { width, size: BODY })
      this.doc.x = this.pdf.left
      this.doc.y = top + height
    }
    this.doc.moveDown(0.3)
  }

  /** A table whose widths are shares of the text width; split across pages, header repeated. */
  table(columns: readonly Column[], rows: readonly Cell[][], options: { size?: number } = {}): void {
    const size = options.size ?? 9
    const total = columns.reduce((s, c) => s + c.width, 0)
    const widths = columns.map((c) => (c.width / total) * this.pdf.width)
    const xs = widths.map((_, i) => this.pdf.left + widths.slice(0, i).reduce((s, w) => s + w, 0))
    const cellText = (cell: Cell | undefined) => (typeof cell === 'string' ? cell : (cell?.text ?? ''))
    const rowHeight = (cells: readonly Cell[], font: 'regular' | 'bold') =>
      Math.max(
        ...cells.map((cell, i) =>
          this.pdf.heightOf(cellText(cell) || ' ', {
            width: (widths[i] ?? 0) - 2 * CELL_PAD,
            font: typeof cell === 'object' && cell.strong ? 'bold' : font,
            size,
          }),
        ),
      ) +
      2 * CELL_PAD
    const headerCells = columns.map((c) => c.title)
    const headerHeight = rowHeight(headerCells, 'bold')
    const drawHeader = () => {
      const top = this.doc.y
      this.doc.rect(this.pdf.left, top, this.pdf.width, headerHeight).fill(ink.tint)
      columns.forEach((column, i) =>
        this.pdf.textAt(column.title, (xs[i] ?? 0) + CELL_PAD, top + CELL_PAD, {
          width: (widths[i] ?? 0) - 2 * CELL_PAD,
          font: 'bold',
          size,
          color: ink.text,
          align: column.align ?? 'left',
        }),
      )
      this.doc.y = top + headerHeight
    }
    const first = rows[0]
    this.pdf.ensureSpace(headerHeight + (first ? rowHeight(first, 'regular') : 0))
    drawHeader()
    rows.forEach((cells) => {
      const height = rowHeight(cells, 'regular')
      if (this.pdf.ensureSpace(height)) drawHeader()
      const top = this.doc.y
      cells.forEach((cell, i) => {
        const styled: { text: string; strong?: boolean; color?: string } =
          typeof cell === 'object' ? cell : { text: cell }
        this.pdf.textAt(styled.text, (xs[i] ?? 0) + CELL_PAD, top + CELL_PAD, {
          width: (widths[i] ?? 0) - 2 * CELL_PAD,
          size,
          font: styled.strong ? 'bold' : 'regular',
          color: styled.color ?? ink.text,
          align: columns[i]?.align ?? 'left',
        })
      })
      this.doc
        .moveTo(this.pdf.left, top + height)
        .lineTo(this.pdf.left + this.pdf.width, top + height)
        .lineWidth(0.4)
        .strokeColor(ink.rule)
        .stroke()
      this.doc.y = top + height
    })
    this.doc.x = this.pdf.left
    this.doc.moveDown(0.8)
  }

  // Numbers in the report's language.
  private formats = new Map<string, Intl.NumberFormat>()

  private format(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let format = this.formats.get(key)
    if (!format) {
      format = new Intl.NumberFormat(this.language === 'fr' ? 'fr-FR' : 'en-GB', options)
      this.formats.set(key, format)
    }
    return format
  }

  /** A share from 0 to 1: "12.5%" / "12,5 %". */
  share(value: number, digits = 1, least = 0): string {
    return this.format(`p${digits}.${least}`, {
      style: 'percent',
      maximumFractionDigits: digits,
      minimumFractionDigits: least,
    }).format(value)
  }

  /** A percentage already in percent (0–100). */
  percent(value: number, digits = 1): string {
    return this.share(value / 100, digits)
  }

  number(value: number, digits = 0): string {
    return this.format(`n${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
      value,
    )
  }

  /** A probability as a percentage with two decimals: "4.27%". */
  chance(value: number): string {
    return this.format('c', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      value,
    )
  }

  /** "7 March 2026" / "7 mars 2026" from an ISO date or timestamp. */
  date(iso: string): string {
    return dateFormat(this.language).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`))
  }

  /** "7 March 2026, 14:05 UTC" from a timestamp. */
  dateTime(iso: string): string {
    return `${this.date(iso)}, ${iso.slice(11, 16)} UTC`
  }
}

const dates = new Map<DocumentLanguage, Intl.DateTimeFormat>()
function dateFormat(language: DocumentLanguage): Intl.DateTimeFormat {
  let format = dates.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    dates.set(language, format)
  }
  return format
}
