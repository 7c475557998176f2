import { listAudit } from '../../audit/audit-log.ts'
import { canonicalJson } from '../../audit/audit-log.ts'
import type { SheetModule } from '../workbook-sheet.ts'

/** The audit log as stored: each entry, what it records (canonical JSON) and its hash chain. */
export const auditSheet: SheetModule = (sqlite, t) => [
  {
    name: t('workbook.audit.sheet'),
    columns: [
      { header: t('workbook.audit.seq'), type: 'integer', width: 6 },
      { header: t('workbook.audit.at'), type: 'datetime', width: 20 },
      { header: t('workbook.audit.kind'), type: 'text', width: 22 },
      { header: t('workbook.audit.payload'), type: 'text', width: 80 },
      { header: t('workbook.audit.prevHash'), type: 'text', width: 30 },
      { header: t('workbook.audit.hash'), type: 'text', width: 30 },
    ],
    rows: listAudit(sqlite).map((e) => [e.seq, e.at, e.kind, canonicalJson(e.payload), e.prevHash, e.hash]),
  },
]
