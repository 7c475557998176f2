import { englishMessages } from './messages-en.ts'

/**
 * Sentences made in the core travel as a message: a key of the catalogue and its parameters.
 * The renderer words them with i18next (`core.<key>` in English and French); the CLI, logs and
 * `AppError.message` word them in English from `englishMessages`, the same catalogue.
 * A parameter can itself be a message (worded first) or a list of messages (worded, then joined
 * with `separator`, a space by default).
 */
export type Message = { key: MessageKey; params?: MessageParams }
export type MessageList = { items: readonly Message[]; separator?: string }
export type MessageParam = string | number | Message | MessageList
export type MessageParams = { readonly [name: string]: MessageParam }

type Catalogue = typeof englishMessages
type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every key of the catalogue, dotted (`count.notFinal`); plural forms (`_one`, `_other`) under one key. */
export type MessageKey = Leaves<Catalogue>

export function msg(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key }
}

/** Sentences worded one after the other, as one message. */
export function sentences(items: readonly Message[]): Message {
  return { key: 'common.sentences', params: { items: { items } } }
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string'
}

function isList(value: MessageParam): value is MessageList {
  return typeof value === 'object' && 'items' in value
}

/** Looks a key up in one language and interpolates plain values; how each side words a message. */
export type Lookup = (key: MessageKey, params: Record<string, string | number>) => string

/** A message in words: nested messages first, then the template of its key. */
export function wordMessage(message: Message, lookup: Lookup): string {
  const plain: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value
    else if (isList(value))
      plain[name] = value.items.map((item) => wordMessage(item, lookup)).join(value.separator ?? ' ')
    else plain[name] = wordMessage(value, lookup)
  }
  return lookup(message.key, plain)
}

function template(key: string): string | Record<string, unknown> | undefined {
  let node: unknown = englishMessages
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return node as string | Record<string, unknown> | undefined
}

/** The English template of a key, with i18next's plural rule for English (`count` 1 → `_one`). */
function englishTemplate(key: string, params: Record<string, string | number>): string {
  const direct = template(key)
  if (typeof direct === 'string') return direct
  const dot = key.lastIndexOf('.')
  const parent = template(key.slice(0, dot))
  const leaf = key.slice(dot + 1)
  if (parent && typeof parent === 'object') {
    const form = params['count'] === 1 ? 'one' : 'other'
    const plural = parent[`${leaf}_${form}`]
    if (typeof plural === 'string') return plural
  }
  return key
}

/** English wording of one key: `{{name}}`, and `{{name, number}}` with thousands separators. */
export const englishLookup: Lookup = (key, params) =>
  englishTemplate(key, params).replace(
    /\{\{(\w+)(?:,\s*(\w+))?\}\}/g,
    (whole, name: string, format: string | undefined) => {
      const value = params[name]
      if (value === undefined) return whole
      return format === 'number' && typeof value === 'number' ? value.toLocaleString('en') : String(value)
    },
  )

/** Whether a text is a key of the catalogue (one with a sentence of its own). */
export function isMessageKey(text: string): text is MessageKey {
  return typeof template(text) === 'string'
}

/** What a shared zod schema gives as the message of a refusal: a key, worded by `issueMessage`. */
export function refusal(key: MessageKey): string {
  return key
}

/**
 * The refusal of a shared zod schema as a message: schemas give the key of their sentence as the
 * issue's message (`.min(1, 'form.ballotTitle')`); any other issue names its field.
 */
export function issueMessage(issue: { message: string; path: readonly PropertyKey[] }): Message {
  if (isMessageKey(issue.message)) return msg(issue.message)
  const field = issue.path.map(String).join('.')
  return field ? msg('input.invalidField', { field }) : msg('input.invalid')
}

/** The message in English, from the catalogue: what the CLI prints and `AppError.message` holds. */
export function english(message: Message): string {
  return wordMessage(message, englishLookup)
}

/**
 * The message an English sentence was worded from, among `keys`: for sentences kept as English
 * text inside recorded results (a tie-break's `how`, a round's note), whose JSON is hashed and
 * exported and so cannot change shape. A parameter that itself reads as one of `keys` becomes
 * that message. Null when the text matches none (a file's own words, say).
 */
export function recognise(text: string, keys: readonly MessageKey[]): Message | null {
  for (const key of keys) {
    const source = template(key)
    if (typeof source !== 'string') continue
    const names: string[] = []
    const pattern = source
      .split(/\{\{(\w+)\}\}/)
      .map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(part)
        return '(.+?)'
      })
      .join('')
    const match = new RegExp(`^${pattern}$`, 's').exec(text)
    if (!match) continue
    const params: Record<string, MessageParam> = {}
    names.forEach((name, i) => {
      const value = match[i + 1] ?? ''
      params[name] = recognise(value, keys) ?? value
    })
    return names.length > 0 ? { key, params } : { key }
  }
  return null
}
