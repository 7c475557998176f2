import type { Handlers } from './context.ts'
import { z } from 'zod'
import { contract, isChannel, type Channel } from '../../shared/contract.ts'
import { AppError, type AppErrorData, type Result } from '../../shared/errors.ts'
import { english, issueMessage, msg } from '../../shared/messages.ts'

/**
 * The single entry point of every transport (Electron IPC, the web bridge, the CLI where it fits):
 * validates the input against the contract, runs the handler, and returns errors as data.
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown-channel', message: `There is no channel called “${channel}”.` },
    }
  }
  const parsed = contract[channel].input.safeParse(raw)
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    return { ok: false, error: toErrorData(error, channel) }
  }
}

/** A request the contract refuses, with the schema's own sentence or the field it refuses. */
function invalidInput(error: z.ZodError): AppErrorData {
  const issue = error.issues[0]
  const field = issue?.path.join('.') ?? ''
  const message = issue ? issueMessage(issue) : msg('input.invalid')
  return {
    code: 'invalid-input',
    message: english(message),
    key: message.key,
    params: { field, ...message.params },
  }
}

function toErrorData(error: unknown, channel: Channel): AppErrorData {
  if (error instanceof AppError) return error.toData()
  if (error instanceof z.ZodError) return invalidInput(error)
  console.error(`Unexpected error on ${channel}:`, error)
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal' as const, message: `Something went wrong: ${message}` }
}
