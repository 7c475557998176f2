import { Textarea } from '@mantine/core'
import { useState } from 'react'

type Props = {
  label: string
  description: string
  value: readonly string[]
  onChange: (lines: string[]) => void
  error?: string | undefined
  minRows?: number
}

/**
 * A list typed one item per line (options, grades): the quickest way to copy a ballot paper's
 * lines. The text stays as typed; the parent gives it a new `key` when it replaces the list.
 */
export function LinesInput({ label, description, value, onChange, error, minRows = 3 }: Props) {
  const [text, setText] = useState(value.join('\n'))
  return (
    <Textarea
      label={label}
      description={description}
      value={text}
      onChange={(e) => {
        const raw = e.currentTarget.value
        setText(raw)
        onChange(
          raw
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== ''),
        )
      }}
      error={error}
      autosize
      minRows={minRows}
      maxRows={16}
    />
  )
}
