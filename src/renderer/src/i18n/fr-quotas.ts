import type { enQuotas } from './en-quotas.ts'
import type { MessageTree } from './messages.ts'

/** Textes français de l’éditeur de quotas (partie de fr.ts). */
export const frQuotas: MessageTree<typeof enQuotas> = {
  title: 'Quotas et tirage',
  intro:
    'Indiquez combien de personnes de chaque groupe le panel doit compter, vérifiez qu’un tel panel existe, puis tirez-le en public avec une loterie qui donne à chacun la chance la plus équitable possible.',
  tabs: { quotas: 'Quotas', draw: 'Le tirage', history: 'Historique des tirages ({{count}})' },
  panelSize: 'Taille du panel',
  panelSizeHint: 'Combien de personnes le panel comptera.',
  checkButton: 'Vérifier les quotas',
  checking: 'Vérification qu’un panel peut respecter tous les quotas et la règle d’une personne par foyer…',
  noCategories:
    'Le vivier n’a pas encore de catégories. Importez d’abord les inscriptions : les quotas viennent de leurs catégories.',
  advanced: 'Afficher les limites de souplesse (avancé)',
  advancedHint:
    'Jusqu’où la vérification peut baisser un minimum ou relever un maximum quand elle propose des changements. Vide : sans limite.',
  fieldLabel: '{{field}} pour {{value}} ({{category}})',
  tableLabel: 'Quotas pour {{category}}',
  justificationPlaceholder: 'Pourquoi cette cible ? ex. recensement 2021',
  columns: {
    value: 'Valeur',
    pool: 'Dans le vivier',
    population: 'Part dans la population',
    ideal: 'Part exacte',
    min: 'Minimum',
    max: 'Maximum',
    minFlex: 'Minimum le plus bas permis',
    maxFlex: 'Maximum le plus haut permis',
    justification: 'Justification',
  },
  check: {
    ok: 'Les minimums totalisent {{min}} et les maximums {{max}} : un panel de {{size}} est possible.',
    minTooHigh:
      'Les minimums totalisent {{min}}, plus que le panel de {{size}} personnes. Baissez certains minimums.',
    maxTooLow:
      'Les maximums ne totalisent que {{max}} (en ne comptant que les personnes du vivier) : un panel de {{size}} ne peut pas être complété. Relevez certains maximums.',
    shares: 'Les parts dans la population totalisent {{total}} %, pas 100 %.',
    minAboveMax:
      'Le minimum dépasse le maximum ; cette ligne n’est pas enregistrée tant qu’elle n’est pas corrigée.',
    minFlexAboveMin:
      'Le minimum le plus bas permis dépasse le minimum ; cette ligne n’est pas enregistrée tant que ce n’est pas corrigé.',
    maxFlexBelowMax:
      'Le maximum le plus haut permis est sous le maximum ; cette ligne n’est pas enregistrée tant que ce n’est pas corrigé.',
    notEnoughPeople_one: 'Une seule personne du vivier ({{count}}) a cette valeur.',
    notEnoughPeople_other: 'Seules {{count}} personnes du vivier ont cette valeur.',
  },
  shares: {
    button: 'Calculer depuis la population',
    buttonFor: 'Calculer {{category}} depuis les parts de la population',
    title: '{{category}} : minimums et maximums depuis les parts de la population',
    intro:
      'La part exacte de chaque valeur dans un panel de {{size}} est calculée depuis sa part dans la population, puis arrondie selon la règle ci-dessous.',
    none: 'Saisissez d’abord dans le tableau la part (%) d’au moins une valeur dans la population.',
    missing:
      'Pas de part dans la population pour : {{values}}. Leurs minimums et maximums restent inchangés.',
    deviation: 'Personnes permises au-dessus et au-dessous',
    deviationHint: 'ex. 1 : une part de 10,4 personnes donne un minimum de 9 et un maximum de 11.',
    floor: 'Jamais moins de',
    floorHint: 'Toute valeur présente dans la population reçoit au moins ce minimum.',
    apply: 'Fixer les minimums et maximums',
    done: 'Les quotas de {{category}} ont été fixés depuis les parts de la population.',
  },
  result: {
    feasible: 'Ces quotas peuvent être respectés',
    feasibleText:
      'Au moins un panel respecte chaque minimum et maximum ainsi que la règle d’une personne par foyer. Vous pouvez passer au tirage.',
    warnings: 'Ces quotas peuvent être respectés, avec des avertissements',
    infeasible: 'Aucun panel ne peut respecter ces quotas',
    together:
      'Chaque catégorie est possible seule, mais pas toutes ensemble avec la règle d’une personne par foyer : les personnes demandées par les quotas ne sont pas dans le vivier dans ces combinaisons.',
    relaxation: 'Le plus petit changement qui les rend possibles :',
    change: {
      min: '{{category}} {{value}} : minimum {{from}} → {{to}}',
      max: '{{category}} {{value}} : maximum {{from}} → {{to}}',
    },
    apply: 'Appliquer ces changements',
    applied_one: '{{count}} quota a été modifié. Nouvelle vérification…',
    applied_other: '{{count}} quotas ont été modifiés. Nouvelle vérification…',
    noRelaxation:
      'Aucun changement dans les limites de souplesse ne rend ces quotas possibles. Élargissez les limites ou modifiez les quotas à la main.',
  },
  files: {
    import: 'Importer des quotas…',
    importLabel: 'Fichier de quotas (CSV)',
    imported: 'Les quotas de {{file}} ont été importés.',
    export: 'Exporter les quotas',
    formats: {
      'sortition-foundation': 'Format Sortition Foundation (CSV)',
      panelot: 'Format Panelot (CSV)',
    },
    fileName: {
      'sortition-foundation': 'quotas-sortition-foundation.csv',
      panelot: 'quotas-panelot.csv',
    },
  },
  lock: {
    button: 'Verrouiller les quotas',
    title: 'Verrouiller les quotas ?',
    text: 'Le verrouillage inscrit la taille du panel et chaque quota au journal d’audit comme acte officiel, avant le tirage. Préparer le premier tirage les verrouille aussi.',
    warning: 'Une fois verrouillés, les quotas ne peuvent plus être modifiés dans cette assemblée.',
    confirm: 'Verrouiller les quotas',
    done: 'Les quotas sont verrouillés et inscrits au journal d’audit.',
    badge: 'Verrouillés le {{when}}',
    lockedText:
      'Les quotas ont été verrouillés et inscrits au journal d’audit. Ils sont affichés tels qu’ils ont été enregistrés et ne peuvent plus changer.',
  },
}
