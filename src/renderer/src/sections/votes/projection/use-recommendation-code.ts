import { useEffect, useState } from 'react'
import { api } from '../../../api.ts'

/** The number of the recommendation a ballot belongs to ("R12"), given or looked up. */
export function useRecommendationCode(recommendationId: number | null, given: string | undefined) {
  const [found, setFound] = useState<{ id: number; code: string } | null>(null)
  const lookUp = given === undefined && recommendationId !== null
  useEffect(() => {
    if (!lookUp) return
    let live = true
    void api.invoke('votes:overview', undefined).then((result) => {
      if (!live || !result.ok) return
      const rec = result.value.recommendations.find((r) => r.id === recommendationId)
      if (rec) setFound({ id: rec.id, code: rec.code })
    })
    return () => {
      live = false
    }
  }, [lookUp, recommendationId])
  if (given !== undefined) return given
  return found && found.id === recommendationId ? found.code : null
}
