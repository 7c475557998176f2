/**
 * The cluster of each member from their values in the cluster fields. As in GroupSelect, the most
 * common value of a field (the assembly's working language, "no need") and empty values do not
 * cluster: only the others gather, e.g. the two members who listen through interpretation. With
 * `only`, just those values gather (cluster on language, only "British Sign Language").
 */
export function clusterValues(rows: readonly (readonly string[])[], only: readonly string[] = []): string[] {
  const fieldCount = rows[0]?.length ?? 0
  const majority: string[] = []
  for (let f = 0; f < fieldCount; f++) {
    const counts = new Map<string, number>()
    for (const row of rows) counts.set(row[f] ?? '', (counts.get(row[f] ?? '') ?? 0) + 1)
    let best = ''
    let most = 0
    for (const [value, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (n > most) {
        best = value
        most = n
      }
    majority.push(best)
  }
  return rows.map((row) => {
    const gathers = (v: string, f: number) => (only.length > 0 ? only.includes(v) : v !== majority[f])
    const parts = row.map((v, f) => (v && gathers(v, f) ? v : '')).filter((v) => v)
    return parts.join(' · ')
  })
}
