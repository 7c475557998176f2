import type { peopleWordsEn } from './words-people-en.ts'

type WordTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : WordTree<T[K]> }

/** Les mots des feuilles imprimées de la section Personnes (appels, émargement). */
export const peopleWordsFr: WordTree<typeof peopleWordsEn> = {
  callSheet: {
    title: 'Liste d’appels',
    heading: 'À appeler le {{date}}',
    summary_one: '{{count}} personne à appeler ; ★ marque les groupes appelés en premier ({{groups}}).',
    summary_other: '{{count}} personnes à appeler ; ★ marque les groupes appelés en premier ({{groups}}).',
    noGroups: 'aucun signalé',
    nobody: 'Personne n’est à appeler ce jour-là.',
    person: 'Personne',
    reach: 'Téléphone, courriel, canal',
    prefers: 'préfère : {{channel}}',
    where: 'Statut, dernière tentative',
    never: 'jamais contacté·e',
    attempts_one: '{{count}} tentative',
    attempts_other: '{{count}} tentatives',
    last: 'dernière le {{date}} : {{channel}}, {{outcome}}',
    due: 'Action suivante',
    dueOn: 'prévue le {{date}}',
    staff: 'Référent',
    write: 'Résultat, action suivante (à remplir)',
    reserve: 'réserve n° {{rank}}',
    outcomes: {
      reached: 'joint·e',
      'no-answer': 'pas de réponse',
      'left-message': 'message laissé',
      'wrong-details': 'coordonnées erronées',
    },
  },
  signIn: {
    title: 'Feuille d’émargement',
    heading: '{{title}} — {{date}}',
    times: '{{start}}–{{end}}',
    intro: 'Merci de signer à votre arrivée et d’indiquer l’heure ; indiquez de nouveau l’heure en partant.',
    reference: 'Référence papier : {{reference}}',
    name: 'Nom',
    table: 'Table',
    signature: 'Signature',
    timeIn: 'Arrivée',
    timeOut: 'Départ',
    payment: 'Indemnité reçue (initiales)',
    noTables: 'Pas de plan de tables pour cette séance.',
    nobody: 'Personne n’est attendu à cette séance.',
  },
}
