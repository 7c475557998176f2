import PDFDocument from 'pdfkit'
import type { TFunction } from 'i18next'
import type { PaperSize } from '../../shared/sessions.ts'
import { documentFonts } from './fonts.ts'
import { wordsIn, type DocumentLanguage } from './words.ts'

/** What every printed document of an assembly starts from. */
export type DocumentSetup = {
  assemblyName: string
  language: DocumentLanguage
  paperSize: PaperSize
  /** The audit log's head hash, printed in the footer of official documents. */
  auditHead: string | null
}

export const ink = { text: '#1d2430', muted: '#5c6675', rule: '#c9cfd8', accent: '#2f5d8a', tint: '#eef3f8' }

/** Same data, same bytes: documents carry this date instead of the time they were made. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1))

const HEADER_HEIGHT = 34
const FOOTER_HEIGHT = 30

/**
 * A PDF of the assembly: A4 or US Letter, fonts embedded, a running header with the assembly's
 * name and the document's title, page numbers ("Page 2 of 5") and, on official documents, the
 * audit log's head hash in the footer. The bytes depend only on what is drawn.
 */
export class PrintedDocument {
  readonly doc: PDFKit.PDFDocument
  readonly t: TFunction
  readonly language: DocumentLanguage
  private readonly setup: DocumentSetup
  private readonly title: string
  private readonly chunks: Buffer[] = []
  /** Pages printed without the running header and footer (a cover), by index from 0. */
  private readonly plain = new Set<number>()

  /** `titleKey`: the document's title among the words (words-en.ts). */
  constructor(setup: DocumentSetup, titleKey: string, layout: 'portrait' | 'landscape' = 'portrait') {
    this.setup = setup
    this.language = setup.language
    this.t = wordsIn(setup.language)
    const title = this.t(titleKey)
    this.title = title
    this.doc = new PDFDocument({
      size: setup.paperSize === 'letter' ? 'LETTER' : 'A4',
      layout,
      margins: { top: 50 + HEADER_HEIGHT - 20, bottom: 50 + FOOTER_HEIGHT - 10, left: 50, right: 50 },
      bufferPages: true,
      autoFirstPage: false,
      lang: setup.language,
      displayTitle: true,
      info: {
        Title: `${title} — ${setup.assemblyName}`,
        Creator: 'Kleroterion',
        Producer: 'Kleroterion',
        CreationDate: FIXED_DATE,
        ModDate: FIXED_DATE,
      },
    })
    const fonts = documentFonts()
    this.doc.registerFont('regular', fonts.regular)
    this.doc.registerFont('bold', fonts.bold)
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk))
  }

  get left(): number {
    return this.doc.page.margins.left
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  newPage(): void {
    this.doc.addPage()
    this.doc.font('regular').fillColor(ink.text)
  }

  /** The current page goes without the running header and footer (a cover page). */
  plainPage(): void {
    const range = this.doc.bufferedPageRange()
    this.plain.add(range.start + range.count - 1)
  }

  /** Starts a new page unless `height` more points fit on this one. Returns true when it did. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false
    this.newPage()
    return true
  }

  /** Text in a box at (x, y), without moving the flow. */
  textAt(
    text: string,
    x: number,
    y: number,
    options: {
      width: number
      font?: 'regular' | 'bold'
      size: number
      color?: string
      align?: 'left' | 'right' | 'center'
    },
  ): number {
    this.doc
      .font(options.font ?? 'regular')
      .fontSize(options.size)
      .fillColor(options.color ?? ink.text)
    this.doc.text(text, x, y, { width: options.width, align: options.align ?? 'left', lineBreak: true })
    return this.doc.heightOfString(text, { width: options.width })
  }

  heightOf(text: string, options: { width: number; font?: 'regular' | 'bold'; size: number }): number {
    if (!text) return 0
    this.doc.font(options.font ?? 'regular').fontSize(options.size)
    return this.doc.heightOfString(text, { width: options.width })
  }

  /** Draws the running header and footer on every page, closes the document and returns its bytes. */
  finish(): Promise<{ bytes: Buffer; pages: number }> {
    const { doc } = this
    const range = doc.bufferedPageRange()
    const pages = range.count
    for (let i = 0; i < pages; i++) {
      if (this.plain.has(range.start + i)) continue
      doc.switchToPage(range.start + i)
      this.drawHeader()
      this.drawFooter(i + 1, pages)
    }
    return new Promise((resolve, reject) => {
      doc.on('end', () => resolve({ bytes: Buffer.concat(this.chunks), pages }))
      doc.on('error', reject)
      doc.end()
    })
  }

  private drawHeader(): void {
    const { doc } = this
    const top = 30
    const margins = doc.page.margins
    doc.page.margins = { ...margins, top: 0, bottom: 0 }
    const width = this.width
    this.textAt(this.setup.assemblyName, margins.left, top, {
      width: width * 0.65,
      size: 9,
      color: ink.muted,
      font: 'bold',
    })
    this.textAt(this.title, margins.left + width * 0.65, top, {
      width: width * 0.35,
      size: 9,
      color: ink.muted,
      align: 'right',
    })
    doc
      .moveTo(margins.left, top + 15)
      .lineTo(margins.left + width, top + 15)
      .lineWidth(0.5)
      .strokeColor(ink.rule)
      .stroke()
    doc.page.margins = margins
  }

  private drawFooter(page: number, pages: number): void {
    const { doc } = this
    const margins = doc.page.margins
    doc.page.margins = { ...margins, top: 0, bottom: 0 }
    const y = doc.page.height - 36
    const width = this.width
    doc
      .moveTo(margins.left, y - 6)
      .lineTo(margins.left + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(ink.rule)
      .stroke()
    if (this.setup.auditHead)
      this.textAt(this.t('page.auditHead', { hash: this.setup.auditHead }), margins.left, y, {
        width: width * 0.75,
        size: 7,
        color: ink.muted,
      })
    this.textAt(this.t('page.number', { page, pages }), margins.left + width * 0.75, y, {
      width: width * 0.25,
      size: 8,
      color: ink.muted,
      align: 'right',
    })
    doc.page.margins = margins
  }
}
