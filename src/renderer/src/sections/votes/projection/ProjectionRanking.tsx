import { useTranslation } from 'react-i18next'
import { formatList } from '../results/numbers.ts'
import { placesOf } from '../results/result-model.ts'
import classes from './projection.module.css'

type Props = { ranking: string[][]; winners: string[]; medians?: Record<string, string | number> | undefined }

/** The final order in large type, winners first and highlighted; tied options share a place. */
export function ProjectionRanking({ ranking, winners, medians }: Props) {
  const { t } = useTranslation()
  const shown = ranking.slice(0, 10)
  return (
    <ol className={classes['ranking']} data-testid="projection-ranking">
      {placesOf(shown).map(({ place: at, group }) => {
        const won = group.some((n) => winners.includes(n))
        return (
          <li
            key={group.join('|')}
            style={{ color: won ? '#f0e442' : undefined, fontWeight: won ? 800 : 500 }}
          >
            <span style={{ display: 'inline-block', minWidth: '2.2em', color: '#adb5bd' }}>
              {t('results.ranking.place', { place: at })}
            </span>
            {formatList(group)}
            {medians && group[0] !== undefined && medians[group[0]] !== undefined && (
              <span style={{ color: '#c1c7cd', fontWeight: 400 }}>
                {' · '}
                {String(medians[group[0]])}
              </span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
