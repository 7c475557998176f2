import type { en } from './en.ts'

/** The shape of one language's resources: the English tree with every leaf a string. */
export type MessageTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> }

export type Messages = MessageTree<typeof en>
