import { useTranslation } from 'react-i18next'
import type { BuilderTexts, ScalePreset } from './ballot-presets.ts'

const split = (text: string) => text.split('|').map((s) => s.trim())

/** The labels a new ballot starts with, in the UI language (they are then stored with the ballot). */
export function useBuilderTexts(proposal: string): BuilderTexts {
  const { t } = useTranslation()
  return {
    yes: t('votes.builder.defaults.yes'),
    no: t('votes.builder.defaults.no'),
    proposal,
    judgment: split(t('votes.builder.defaults.judgment')),
    scale: (preset: ScalePreset) => ({
      grades: split(t(`votes.builder.scales.${preset}.grades`)),
      bands: { strong: t('votes.builder.defaults.strong'), supported: t('votes.builder.defaults.supported') },
    }),
  }
}
