import { useState } from 'react'

const KEY = 'kleroterion.recordedBy'

/** The name of whoever records changes on this computer, kept between sessions of the app. */
export function useRecordedBy(): [string, (name: string) => void] {
  const [name, setName] = useState(() => localStorage.getItem(KEY) ?? '')
  return [
    name,
    (next: string) => {
      localStorage.setItem(KEY, next)
      setName(next)
    },
  ]
}
