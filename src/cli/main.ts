import { commands } from './commands/index.ts'
import { runCli } from './run-cli.ts'

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
}

process.exitCode = await runCli(commands, process.argv.slice(2), io)
