import { Portal } from '@mantine/core'
import { IconCheck, IconEqual, IconTrophy, IconX } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { say } from '../../../i18n/say.ts'
import type { BallotView, CountView } from '../../../../../shared/votes.ts'
import { headlineOf, type Headline } from '../results/headline.ts'
import { familyOf } from '../results/result-model.ts'
import { useGradeProfiles } from '../results/use-grade-profiles.ts'
import classes from './projection.module.css'
import { slidesOf } from './projection-slides.tsx'
import { useRecommendationCode } from './use-recommendation-code.ts'

type Props = {
  ballot: BallotView
  count: CountView
  onClose: () => void
  /** The recommendation's number, when the caller has it (otherwise it is looked up). */
  code?: string
}

const marks = {
  passed: { Icon: IconCheck, colour: '#56B4E9' },
  decided: { Icon: IconTrophy, colour: '#F0E442' },
  failed: { Icon: IconX, colour: '#E69F00' },
  tie: { Icon: IconEqual, colour: '#F0E442' },
  none: { Icon: IconEqual, colour: '#adb5bd' },
} as const

function BigHeadline({ headline }: { headline: Headline }) {
  const { Icon, colour } = marks[headline.tone]
  return (
    <div data-testid="projection-headline" data-tone={headline.tone}>
      <div className={classes['headline']}>
        <span className={classes['mark']} style={{ background: colour }} aria-hidden>
          <Icon size="0.9em" stroke={3} />
        </span>
        <span style={{ color: colour }}>{headline.title}</span>
      </div>
      <div className={classes['lines']}>
        {headline.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </div>
    </div>
  )
}

/**
 * The result on the big screen: dark, very large type, colour-blind-safe colours, revealed step
 * by step (→ or Space: next, ←: back, Esc: close), with buttons for mouse users.
 */
export function ProjectionView({ ballot, count, onClose, code }: Props) {
  const { t } = useTranslation()
  const recommendation = useRecommendationCode(ballot.recommendationId, code)
  const family = count.result ? familyOf(count.result, ballot.spec) : null
  const profiles = useGradeProfiles(ballot, count, family === 'judgment')
  const slides = slidesOf(t, ballot, count, profiles)
  const [step, setStep] = useState(0)
  const last = Math.max(0, slides.length - 1)
  const at = Math.min(step, last)
  const slide = slides[at]
  const headline = headlineOf(t, ballot, count)
  const screen = useRef<HTMLDivElement>(null)

  const go = useCallback(
    (delta: number) => setStep((s) => Math.max(0, Math.min(last, Math.min(s, last) + delta))),
    [last],
  )

  useEffect(() => {
    screen.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      let handled = true
      if (event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown') go(1)
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1)
      else if (event.key === 'Home') setStep(0)
      else if (event.key === 'End') setStep(last)
      else if (event.key === 'Escape') onClose()
      else handled = false
      if (handled) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [go, last, onClose])

  return (
    <Portal>
      <div
        ref={screen}
        className={classes['screen']}
        role="dialog"
        aria-modal="true"
        aria-label={t('results.projection.label')}
        tabIndex={-1}
        data-testid="projection-view"
        data-step={at}
        data-steps={slides.length}
      >
        <header>
          {recommendation && (
            <div className={classes['code']}>
              {t('results.projection.recommendation', { code: recommendation })}
            </div>
          )}
          <h1 className={classes['title']}>{ballot.spec.title}</h1>
        </header>
        <main className={classes['stage']}>
          {!slide ? (
            <div className={classes['lines']}>
              {count.problem ? say(count.problem) : t('results.projection.noResult')}
            </div>
          ) : (
            <>
              {slide.headline ? (
                <BigHeadline headline={headline} />
              ) : (
                <div className={classes['label']} data-testid="projection-step-label">
                  {slide.label}
                </div>
              )}
              {slide.story.length > 0 && (
                <div className={classes['story']} data-testid="projection-story">
                  {slide.story.join(' ')}
                </div>
              )}
              <div
                className={family === 'condorcet' && !slide.headline ? classes['matrix'] : classes['chart']}
              >
                {slide.body}
              </div>
            </>
          )}
        </main>
        <footer className={classes['footer']}>
          <span>{t('results.projection.keys')}</span>
          <span className={classes['spacer']} />
          {slides.length > 1 && (
            <span>{t('results.projection.stepOf', { step: at + 1, total: slides.length })}</span>
          )}
          <button type="button" className={classes['button']} onClick={() => go(-1)} disabled={at === 0}>
            {t('results.projection.back')}
          </button>
          <button
            type="button"
            className={`${classes['button'] ?? ''} ${classes['primary'] ?? ''}`}
            onClick={() => go(1)}
            disabled={at >= last}
            data-testid="projection-next"
          >
            {t('results.projection.next')}
          </button>
          <button
            type="button"
            className={classes['button']}
            onClick={onClose}
            data-testid="projection-close"
          >
            {t('results.projection.close')}
          </button>
        </footer>
      </div>
    </Portal>
  )
}
