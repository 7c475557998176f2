import { NumberInput, Table } from '@mantine/core'

type Props = {
  label: string
  value: number | null
  locked: boolean
  error: boolean
  /** What an empty field means (a flexibility left unset). */
  placeholder?: string
  onChange: (value: number | null) => void
}

/** A whole number from a number field, or null when it is empty. */
function toInt(raw: number | string): number | null {
  const n = typeof raw === 'number' ? raw : Number.parseFloat(raw)
  return Number.isFinite(n) ? Math.max(0, Math.round(n)) : null
}

/** One bound of a value's quota in the quota table: a minimum, a maximum or how far either may move. */
export function BoundCell({ label, value, locked, error, placeholder, onChange }: Props) {
  return (
    <Table.Td>
      <NumberInput
        size="xs"
        hideControls
        min={0}
        readOnly={locked}
        placeholder={placeholder}
        aria-label={label}
        value={value ?? ''}
        error={error}
        onChange={(raw) => onChange(toInt(raw))}
      />
    </Table.Td>
  )
}
