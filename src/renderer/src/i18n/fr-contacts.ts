import type { enContacts } from './en-contacts.ts'

type WordTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : WordTree<T[K]> }

/** La section Personnes : journal des contacts, appels du jour, confirmations, émargement et fusions. */
export const frContacts: WordTree<typeof enContacts> = {
  tabs: { toCall: 'À appeler aujourd’hui' },
  outcomes: {
    reached: 'Joint·e',
    'no-answer': 'Pas de réponse',
    'left-message': 'Message laissé',
    'wrong-details': 'Coordonnées erronées',
  },
  log: {
    title: 'Journal des contacts',
    none: 'Aucune tentative enregistrée.',
    label: 'Tentatives de contact',
    date: 'Jour',
    channel: 'Canal',
    outcome: 'Résultat',
    note: 'Note',
    nextAction: 'Action suivante',
    nextDate: 'Action suivante le',
    staff: 'Membre de l’équipe',
    staffHint: 'Qui a fait la tentative.',
    add: 'Enregistrer la tentative',
    added: 'Tentative enregistrée.',
    next: 'Ensuite : {{action}} le {{date}}',
    byAt: 'enregistré par {{by}}, {{at}}',
  },
  toCall: {
    day: 'Jour',
    intro:
      'Toutes les personnes dont l’action suivante tombe ce jour-là ou avant, et les membres du panel que personne n’a encore contactés. Les groupes appelés en premier viennent d’abord (★).',
    label: 'Personnes à appeler',
    person: 'Personne',
    reach: 'Téléphone, courriel',
    status: 'Statut',
    last: 'Dernière tentative',
    never: 'Jamais contacté·e',
    due: 'Prévu',
    overdue: 'en retard',
    staff: 'Référent',
    open: 'Ouvrir la fiche de {{name}}',
    nobody: 'Personne à appeler ce jour-là.',
    count_one: '{{count}} personne à appeler',
    count_other: '{{count}} personnes à appeler',
    print: 'Imprimer la liste d’appels…',
    printTitle: 'Imprimer la liste d’appels',
    file: 'Liste d’appels {{date}} — {{name}}',
    lastAttempt: '{{date}} : {{channel}}, {{outcome}}',
  },
  priority: {
    title: 'Groupes appelés en premier',
    intro:
      'Les jeunes et les personnes les moins diplômées abandonnent le plus souvent (études sur les assemblées citoyennes). Marquez les réponses dont les membres sont appelés en premier ; l’application signale aussi toute réponse dont au moins deux membres ont abandonné, à un taux au moins double de celui du panel ({{rate}} jusqu’ici).',
    marked: 'Appelés en premier (marqués)',
    placeholder: 'Choisir des réponses',
    flagged: 'Signalés d’après les abandons de ce panel',
    noneFlagged: 'Aucune réponse n’abandonne deux fois plus que le panel dans son ensemble pour l’instant.',
    value: '{{category}} : {{value}} ({{out}} abandons sur {{drawn}})',
    saved: 'Groupes appelés en premier enregistrés.',
  },
  pdf: {
    file: 'Fichier',
    intro: 'Le document est écrit en PDF, au format de papier choisi pour les documents de l’assemblée.',
    save: 'Écrire le PDF',
    done_one: '{{file}} écrit ({{count}} page).',
    done_other: '{{file}} écrit ({{count}} pages).',
  },
}
