import i18next, { type TFunction } from 'i18next'
import type { Language } from '../shared/contract.ts'

const en = {
  file: 'File',
  new: 'New assembly…',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent assemblies',
  openDemo: 'Open the demo assembly',
  saveCopy: 'Save a copy as…',
  restoreBackup: 'Restore a backup…',
  close: 'Close',
}

const fr: typeof en = {
  file: 'Fichier',
  new: 'Nouvelle assemblée…',
  open: 'Ouvrir…',
  openRecent: 'Ouvrir un fichier récent',
  noRecent: 'Aucune assemblée récente',
  openDemo: 'Ouvrir l’assemblée de démonstration',
  saveCopy: 'Enregistrer une copie sous…',
  restoreBackup: 'Restaurer une sauvegarde…',
  close: 'Fermer',
}

const menuI18n = i18next.createInstance()
void menuI18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { menu: en }, fr: { menu: fr } },
  ns: ['menu'],
  defaultNS: 'menu',
})

/** The native menu's labels, in the language chosen in the app's settings. */
export function menuLabels(language: Language): TFunction {
  return menuI18n.getFixedT(language, 'menu')
}
