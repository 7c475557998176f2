import type { AppContext, Handlers } from './context.ts'
import { writeAssemblyWorkbook } from '../exports/assembly-workbook.ts'
import { writeOpenData } from '../exports/open-data.ts'
import { writeReportPdf } from '../report/final-report.ts'
import { readReportSettings, saveReportContents, setReportLogo } from '../report/report-settings.ts'

type ReportChannels = Extract<
  keyof Handlers,
  | 'reports:settings'
  | 'reports:saveContents'
  | 'reports:setLogo'
  | 'reports:pdf'
  | 'reports:workbook'
  | 'reports:openData'
>

/** The Reports section: the final report's choices, its documents and the exports. */
export function reportHandlers(ctx: AppContext): Pick<Handlers, ReportChannels> {
  const project = () => ctx.session.require()
  return {
    'reports:settings': () => Promise.resolve(readReportSettings(project().sqlite)),
    'reports:saveContents': (contents) => saveReportContents(project(), contents),
    'reports:setLogo': ({ file }) => setReportLogo(project(), file),
    'reports:pdf': ({ kind, file }) => writeReportPdf(project(), kind, file),
    'reports:workbook': ({ file }) => writeAssemblyWorkbook(project().sqlite, file),
    'reports:openData': ({ dir }) => writeOpenData(project().sqlite, dir),
  }
}
