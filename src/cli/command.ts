import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AppError } from '../shared/errors.ts'

/** Where a command writes: JSON or human text to stdout, progress and logs to stderr. */
export type CliIo = {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export type CliCommand = {
  /** The words that select the command, e.g. ['pool', 'import']. */
  path: string[]
  usage: string
  run(args: string[], io: CliIo): Promise<number>
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/**
 * Writes a domain failure the way cli.md asks: a one-line reason on stderr and, with --json,
 * {"error": {"code", "message", ...}} on stdout. Returns the exit code.
 */
export function reportFailure(
  io: CliIo,
  error: unknown,
  json: boolean,
  extra: Record<string, unknown> = {},
): number {
  const data =
    error instanceof AppError
      ? { code: error.code, message: error.message }
      : { code: 'internal', message: error instanceof Error ? error.message : String(error) }
  io.stderr(`${data.message.replace(/\s+/g, ' ')}\n`)
  if (json) io.stdout(`${JSON.stringify({ error: { ...data, ...extra } })}\n`)
  return EXIT_FAILURE
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`)
}
