import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../test/support/temp-dir.ts'
import type { AppError } from '../../../shared/errors.ts'
import { MAX_ROWS } from './table.ts'
import { readCsv } from './read-csv.ts'
import { readTable } from './read-table.ts'
import { stringify } from 'csv-stringify/sync'
import { writeCsv } from './write-csv.ts'

const tempDir = useTempDir()

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}
function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le')
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0]
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le])
}
function windows1252(text: string): Buffer {
  const map: Record<string, number> = { é: 0xe9, è: 0xe8, ç: 0xe7, ü: 0xfc, '€': 0x80, '’': 0x92 }
  return Buffer.from(Array.from(text, (ch) => map[ch] ?? ch.charCodeAt(0)))
}

const sample = 'id;name;postcode;phone\n007;Zoë Müller;01234;+447700900123\n'

describe('reading CSV', () => {
  it('detects UTF-8 with and without BOM, UTF-16 LE/BE with BOM and Windows-1252', () => {
    const text = 'id,name,town\n1,Zoë Müller,Besançon\n2,Jérôme ’t Hooft,Liège €\n'
    for (const [bytes, encoding] of [
      [Buffer.from(text, 'utf8'), 'UTF-8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'UTF-8 (with BOM)'],
      [utf16le(text), 'UTF-16 LE'],
      [utf16be(text), 'UTF-16 BE'],
      [windows1252(text), 'Windows-1252'],
    ] as const) {
      const table = readCsv(bytes, 'f.csv')
      expect(table.detected.encoding).toBe(encoding)
      expect(table.headers).toEqual(['id', 'name', 'town'])
      expect(table.rows).toEqual([
        ['1', 'Zoë Müller', 'Besançon'],
        ['2', 'Jérôme ’t Hooft', 'Liège €'],
      ])
    }
  })

  it('sniffs comma, semicolon and tab, and keeps every cell as text', () => {
    for (const [delimiter, name] of [
      [';', 'semicolon'],
      [',', 'comma'],
      ['\t', 'tab'],
    ] as const) {
      const table = readCsv(Buffer.from(sample.replaceAll(';', delimiter)), 'f.csv')
      expect(table.detected.delimiter).toBe(name)
      expect(table.rows[0]).toEqual(['007', 'Zoë Müller', '01234', '+447700900123'])
    }
  })

  it('reads quoted fields with embedded newlines, quotes and delimiters', () => {
    const text = 'id,note\r\n1,"line one\nline two, with ""quotes"""\r\n2,"=1+1"\r\n'
    const table = readCsv(Buffer.from(text), 'f.csv')
    expect(table.rows).toEqual([
      ['1', 'line one\nline two, with "quotes"'],
      ['2', '=1+1'],
    ])
    expect(table.rowNumbers).toEqual([2, 3])
  })

  it('pads short rows, drops empty ones, and refuses an unterminated quote with a clear message', () => {
    const table = readCsv(Buffer.from('a,b,c\n1,2\n,,\n4,5,6\n'), 'f.csv')
    expect(table.rows).toEqual([
      ['1', '2', ''],
      ['4', '5', '6'],
    ])
    expect(() => readCsv(Buffer.from('a,b\n1,"unfinished\n'), 'bad.csv')).toThrow(
      '“bad.csv” could not be read as CSV near line 2: a quotation mark (") is opened and never closed.',
    )
  })

  it('refuses an empty file, a header without rows and a binary file in plain words, naming the file', () => {
    const refusal = (bytes: Uint8Array, name: string) => {
      try {
        readCsv(bytes, name)
      } catch (error) {
        return error as AppError
      }
      throw new Error(`${name} was accepted`)
    }
    expect(refusal(Buffer.from(''), 'empty.csv').message).toMatch(/^“empty.csv” is empty: there is nothing/)
    expect(refusal(Buffer.from(' \r\n\r\n'), 'blank.csv').key).toBe('pool.empty')
    const headerOnly = refusal(Buffer.from('id,Gender,Age\r\n,,\r\n'), 'header-only.csv')
    expect(headerOnly.message).toMatch(/^“header-only.csv” has a header row but no registrations under it/)
    // A picture renamed .csv: no parser message, no control characters in the words.
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('IHDR,"x'),
      Buffer.alloc(64, 0),
    ])
    const binary = refusal(png, 'photo.csv')
    expect(binary.key).toBe('pool.binary')
    expect(binary.message).toMatch(/^“photo.csv” is not a CSV text file: it holds binary data/)
    expect(binary.message).not.toMatch(/\p{Cc}/u)
  })

  it('refuses a file above the row cap', () => {
    const big = `id\n${Array.from({ length: MAX_ROWS + 1 }, (_, i) => i).join('\n')}\n`
    expect(() => readCsv(Buffer.from(big), 'big.csv')).toThrow(/more than 200,000 rows/)
  })

  it('property: any table of strings written as CSV with any delimiter and encoding reads back identically', () => {
    const special = fc.constantFrom(',', ';', '\t', '"', '\n', '\r\n', ' ', 'é', '€', '0', '+', '=')
    const cell = fc.string({ unit: fc.oneof(special, fc.string({ minLength: 1, maxLength: 1 })) })
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(
              cell.filter((s) => s.trim() !== ''),
              { minLength: width, maxLength: width },
            ),
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
          ),
        ),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('utf8', 'utf16le'),
        ([headers, rows], delimiter, encoding) => {
          // Every field quoted, so the delimiter is unambiguous even in a two-column file.
          const text = stringify([headers, ...rows], { delimiter, quoted: true, quoted_empty: true })
          const bytes = encoding === 'utf8' ? Buffer.from(text, 'utf8') : utf16le(text)
          const expected = rows.filter((r) => r.some((c) => c.trim() !== ''))
          if (expected.length === 0) {
            expect(() => readCsv(bytes, 'p.csv')).toThrow(/no registrations under it/)
            return
          }
          const table = readCsv(bytes, 'p.csv')
          expect(table.headers).toEqual(headers.map((h) => h.trim()))
          expect(table.rows).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})

async function writeWorkbook(path: string, fill: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook()
  fill(wb)
  await wb.xlsx.writeFile(path)
}

describe('reading XLSX', () => {
  it('gives the text shown in Excel: formatted numbers and dates, leading zeros by format, formulas by result', async () => {
    const file = join(tempDir(), 'reg.xlsx')
    await writeWorkbook(file, (wb) => {
      wb.addWorksheet('Notes').addRow(['not this one'])
      const ws = wb.addWorksheet('Registrations')
      ws.addRow(['id', 'born', 'postcode', 'phone', 'score', 'name'])
      const row = ws.addRow([1001, new Date(Date.UTC(1984, 4, 17)), 1234, '+447700900123', 2, 'Zoë'])
      row.getCell(2).numFmt = 'dd/mm/yyyy'
      row.getCell(3).numFmt = '00000'
      row.getCell(5).value = { formula: '1+1', result: 2 }
    })
    const table = await readTable(file, { sheet: 'Registrations' })
    expect(table.detected.sheets).toEqual(['Notes', 'Registrations'])
    expect(table.headers).toEqual(['id', 'born', 'postcode', 'phone', 'score', 'name'])
    expect(table.rows).toEqual([['1001', '17/05/1984', '01234', '+447700900123', '2', 'Zoë']])
    expect(table.rowNumbers).toEqual([2])
    const first = await readTable(file)
    expect(first.detected.sheet).toBe('Notes')
    await expect(readTable(file, { sheet: 'Nope' })).rejects.toThrow(/no sheet called “Nope”/)
  })

  it('refuses a zip bomb by its declared size, before reading it', async () => {
    const file = join(tempDir(), 'bomb.xlsx')
    await writeWorkbook(file, (wb) => wb.addWorksheet('S').addRow(['id']))
    const { readFileSync } = await import('node:fs')
    const bytes = readFileSync(file)
    // Declare 3 GB of unpacked content in every central-directory record.
    for (
      let i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      i >= 0;
      i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)
    ) {
      bytes.writeUInt32LE(0xb2d05e00, i + 24)
    }
    writeFileSync(file, bytes)
    await expect(readTable(file)).rejects.toThrow(/far more than a registration list needs/)
  })

  it('refuses a corrupt workbook and an old .xls with plain messages', async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'corrupt.xlsx'),
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
    )
    await expect(readTable(join(dir, 'corrupt.xlsx'))).rejects.toThrow(/not a valid Excel|damaged/)
    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
    await expect(readTable(join(dir, 'old.xls'))).rejects.toThrow(/old Excel/)
    await expect(readTable(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'file-not-found' })
  })
})

describe('writing CSV', () => {
  it('neutralises formula cells', () => {
    const written = writeCsv([['=HYPERLINK("x")', '+44 7700', '-3', '@SUM(A1)', 'plain']])
    expect(written.startsWith('\uFEFF')).toBe(true)
    expect(readCsv(Buffer.from(`id,a,b,c,d\n${written.slice(1)}`), 'w.csv').rows).toEqual([
      ['\'=HYPERLINK("x")', "'+44 7700", "'-3", "'@SUM(A1)", 'plain'],
    ])
  })
})
