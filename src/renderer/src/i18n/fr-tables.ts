import type { enTables } from './en-tables.ts'
import type { MessageTree } from './messages.ts'

/** L’onglet Tables de Personnes : les plans de tables de chaque séance. */
export const frTables: MessageTree<typeof enTables> = {
  tab: 'Tables',
  title: 'Plans de tables',
  intro:
    'De petites tables mélangées à chaque séance : chaque table reflète l’assemblée sur les champs choisis, et les membres rencontrent le plus de monde possible d’une séance à l’autre. Composez à l’avance, déplacez qui vous voulez à la main, replacez les absents à l’accueil.',
  noSessions:
    'Il n’y a pas encore de séances. Ajoutez d’abord les séances (Séances), puis composez leurs tables ici.',
  nothingPlanned:
    'Aucune séance n’a encore de tables : choisissez les séances ci-dessus et appuyez sur « Composer les tables ».',
  settings: {
    title: 'Réglages',
    diversify: 'Mélanger chaque table selon',
    diversifyHint: 'Chaque table doit refléter l’assemblée sur ces champs.',
    cluster: 'Regrouper selon',
    clusterHint:
      'Les membres partageant une valeur moins courante sont assis ensemble, par exemple ceux qui suivent grâce à un interprète.',
    clusterValues: 'Ne regrouper que ces valeurs',
    clusterValuesHint: 'Vide : toutes les valeurs sauf la plus courante se regroupent.',
    tableSize: 'Membres par table',
    tableSizeHint: '{{members}} membres ayant un siège : {{count}} tables.',
    weight: 'Équilibre ou nouvelles rencontres',
    weightHint:
      'Ce que coûte une rencontre répétée face à un membre d’écart au mélange. 0 ne regarde que l’équilibre ; plus haut, on rebat davantage les cartes.',
    balanceOnly: 'équilibre seul',
    encountersMost: 'nouvelles rencontres',
    seed: 'Graine',
    seedHint:
      'La même graine et les mêmes réglages donnent le même plan. Vide : une nouvelle à chaque fois ; la graine du plan est inscrite au journal d’audit.',
    languageField: 'Langue (interprétation)',
    save: 'Enregistrer les réglages',
    saved: 'Réglages des tables enregistrés.',
    unsaved: 'Pas encore enregistré : les plans utilisent les réglages enregistrés.',
  },
  rules: {
    title: 'Fixations et paires',
    intro:
      'Fixez un membre à une table (près de la porte, avec une boucle magnétique), séparez deux membres (une note de protection) ou gardez-les ensemble (un aidant, un interprète). Le journal d’audit note qu’une règle a été ajoutée, jamais qui elle nomme.',
    kind: 'Règle',
    kinds: { pin: 'Fixer à une table', apart: 'Séparer', together: 'Garder ensemble' },
    member: 'Membre',
    other: 'De ou avec',
    table: 'Table',
    session: 'Séance',
    everySession: 'toutes les séances',
    add: 'Ajouter la règle',
    pinned: '{{member}} est à la table {{table}} ({{session}})',
    apart: '{{member}} n’est jamais à la table de {{other}}',
    together: '{{member}} est toujours à la table de {{other}}',
    remove: 'Retirer : {{rule}}',
  },
  plan: {
    sessions: 'Séances à composer',
    run: 'Composer les tables',
    hint: 'Les membres notés absents à une séance n’y sont pas placés ; les membres qui se sont retirés ne sont jamais placés. Composer remplace les tables de ces séances ; les autres séances composées comptent comme rencontres passées.',
    starting: 'Démarrage…',
    progress: 'Placement de la séance {{done}} sur {{total}}…',
    progressLabel: 'Avancement de la composition',
    refused: 'Rien n’a été composé',
  },
  board: {
    title: 'Tables',
    session: 'Séance',
    mix: 'Les présents placés :',
    unknown: '(aucune)',
    howToMove:
      'Glissez un membre vers une autre table, ou au clavier : Espace pour le prendre, flèches pour choisir la table, Espace pour le poser, Échap pour annuler. Les scores montrent l’effet du déplacement avant que vous le lâchiez.',
    carrying: 'Déplacement de {{name}} : table {{table}}. Espace pour poser, Échap pour annuler.',
    table: 'Table {{number}}',
    size_one: '{{count}} membre',
    size_other: '{{count}} membres',
    off: 'écart au mélange {{value}}',
    expected: 'Un reflet parfait en aurait {{value}}',
    memberLabel: '{{name}}, table {{table}}',
    pinned: 'Fixé à cette table',
    absent: 'absent',
  },
  scores: {
    balance: 'Équilibre',
    balanceWords:
      'En moyenne, une table s’écarte de {{value}} membres du mélange des présents sur chaque champ (0 le refléterait exactement).',
    encounters: 'Nouvelles rencontres',
    encountersWords_one:
      'Paires différentes partageant une table sur {{count}} séance composée : chaque membre en rencontre {{met}} autres en moyenne ; {{repeats}} rencontres répétées.',
    encountersWords_other:
      'Paires différentes partageant une table sur {{count}} séances composées : chaque membre en rencontre {{met}} autres en moyenne ; {{repeats}} rencontres répétées.',
    better: 'mieux',
    worse: 'moins bien',
    same: 'sans changement',
  },
  reseat: {
    title: 'Absences à cette séance',
    absent_one: '{{count}} membre placé ici est noté absent : {{names}}.',
    absent_other: '{{count}} membres placés ici sont notés absents : {{names}}.',
    unseated_one: '{{count}} membre présent n’a pas de place : {{names}}.',
    unseated_other: '{{count}} membres présents n’ont pas de place : {{names}}.',
    run: 'Replacer les absents',
    noneMoved: 'Replacé : les absents ont quitté leur place ; aucun présent n’a dû bouger.',
    moved_one: 'Replacé : {{count}} membre présent a changé de table ({{names}}).',
    moved_other: 'Replacé : {{count}} membres présents ont changé de table ({{names}}).',
  },
  print: {
    buttons: {
      'table-lists': 'Imprimer les listes des tables…',
      badges: 'Imprimer les badges…',
      'table-cards': 'Imprimer les chevalets…',
    },
    titles: {
      'table-lists': 'Imprimer les listes des tables',
      badges: 'Imprimer les badges',
      'table-cards': 'Imprimer les chevalets de table',
    },
    intros: {
      'table-lists': 'Une page par séance composée, chaque table avec ses membres, pour les animateurs.',
      badges:
        'Huit badges par feuille (A4 : étiquettes de 99,1 × 67,7 mm, deux colonnes de quatre ; Letter : 4 × 2,5 po) : le nom en grand, la table de chaque séance composée, et une marque pour les membres qui suivent grâce à l’interprétation.',
      'table-cards':
        'Un chevalet par table et par séance, à plier en deux : le numéro en grand et les prénoms des membres, lisibles des deux côtés.',
    },
    files: { 'table-lists': 'listes des tables', badges: 'badges', 'table-cards': 'chevalets de table' },
    file: 'Fichier',
    paper: 'Format du papier',
    paperAsSet: 'Celui des séances',
    save: 'Écrire le PDF',
    done: '{{file}} écrit ({{count}} pages).',
  },
}
