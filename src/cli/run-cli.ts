import { EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './command.ts'

export function findCommand(
  commands: CliCommand[],
  argv: string[],
): { command: CliCommand; rest: string[] } | null {
  const matches = commands
    .filter((c) => c.path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length)
  const command = matches[0]
  return command ? { command, rest: argv.slice(command.path.length) } : null
}

function usage(commands: CliCommand[]): string {
  return `Usage: npm run --silent cli -- <command> [options]\n\nCommands:\n${commands.map((c) => `  ${c.usage}`).join('\n')}\n`
}

/** Runs one command line and returns the exit code (0 ok, 1 domain failure, 2 usage error). */
export async function runCli(commands: CliCommand[], argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    io.stdout(usage(commands))
    return argv.length === 0 ? EXIT_USAGE : 0
  }
  const found = findCommand(commands, argv)
  if (!found) {
    // Name the command only: the rest of the line may be long, or hold a passphrase file's name.
    const group = commands.some((c) => c.path.length > 1 && c.path[0] === argv[0])
    const name = argv.slice(0, group ? 2 : 1).join(' ')
    io.stderr(`Unknown command “${name}”.\n${usage(commands)}`)
    return EXIT_USAGE
  }
  try {
    return await found.command.run(found.rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\nUsage: ${found.command.usage}\n`)
      return EXIT_USAGE
    }
    throw error
  }
}
