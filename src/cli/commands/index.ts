import type { CliCommand } from '../command.ts'
import { demoCommand } from './demo.ts'
import { drawCommand } from './draw.ts'
import { newCommand } from './new.ts'
import { poolImportCommand } from './pool-import.ts'
import { reportCommand } from './report.ts'
import { tablesCommand } from './tables.ts'
import { tallyCommand } from './tally.ts'
import { verifyCommand } from './verify.ts'

/** Every command of cli.md that exists so far. Later features add theirs here. */
export const commands: CliCommand[] = [
  newCommand,
  demoCommand,
  poolImportCommand,
  drawCommand,
  tallyCommand,
  verifyCommand,
  reportCommand,
  tablesCommand,
]
