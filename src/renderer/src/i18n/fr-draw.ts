import type { enDraw } from './en-draw.ts'
import type { MessageTree } from './messages.ts'

/** Textes français du tirage public (partie de fr.ts). */
export const frDraw: MessageTree<typeof enDraw> = {
  noPool: 'Le vivier est vide. Importez d’abord les inscriptions, puis fixez les quotas.',
  steps: {
    choose: { label: 'Méthode', text: 'Algorithme et réserves' },
    commit: { label: 'Engagement', text: 'Lire les codes à voix haute' },
    seed: { label: 'Graine', text: 'Choisie en public' },
    result: { label: 'Panel', text: 'Les personnes tirées' },
  },
  algorithms: {
    leximin: {
      name: 'LEXIMIN',
      text: 'Le plus équitable : donne à chaque personne du vivier la plus haute chance minimale possible d’être tirée.',
    },
    maximin: {
      name: 'MAXIMIN',
      text: 'Relève au maximum la plus petite chance, mais n’équilibre pas ensuite les autres chances.',
    },
    legacy: {
      name: 'LEGACY',
      text: 'L’ancienne méthode gloutonne, une personne à la fois ; pour comparer ou si un financeur l’exige.',
    },
  },
  choose: {
    estimate: {
      equal:
        'Durée prévue : quelques secondes. Ces quotas permettent à tout le vivier ({{people}} personnes) d’avoir la même chance.',
      seconds:
        'Durée prévue pour ce vivier : moins de dix secondes ({{people}} personnes, {{classes}} profils distincts pour les quotas).',
      minute:
        'Durée prévue pour ce vivier : jusqu’à une minute ({{people}} personnes, {{classes}} profils distincts pour les quotas).',
      minutes:
        'Durée prévue pour ce vivier : plusieurs minutes ({{people}} personnes, {{classes}} profils distincts pour les quotas). Vous pourrez arrêter à tout moment et garder la meilleure loterie trouvée.',
      long: 'Durée prévue pour ce vivier : peut-être plus de dix minutes ({{people}} personnes, {{classes}} profils distincts pour les quotas). Vous pourrez arrêter à tout moment et garder la meilleure loterie trouvée, avec son écart à la plus équitable.',
    },
    algorithm: 'Comment tirer le panel ?',
    recommended: 'recommandé',
    reserves: 'Réserves',
    reservesHint: 'Personnes tirées dans l’ordre après le panel, pour remplacer celles qui se désistent.',
    numbered: 'Publier une liste numérotée de {{count}} panels également probables',
    numberedHint:
      'Les observateurs reçoivent la liste avant le choix de la graine ; la graine désigne ensuite un numéro de la liste, que chacun peut vérifier.',
    lotterySize: 'Nombre de panels dans la liste',
    locksQuotas:
      'Préparer le tirage verrouille les quotas et inscrit l’engagement au journal d’audit. Personne n’est encore tiré.',
    commitNote: 'Préparer inscrit l’engagement au journal d’audit. Personne n’est encore tiré.',
    prepare: 'Préparer le tirage',
    prepareReplacement: 'Préparer le tirage de remplacement',
    replacementText_one:
      '{{count}} siège est libre. Les quotas de remplacement sont les quotas d’origine moins les personnes encore au panel ; leurs foyers sont exclus.',
    replacementText_other:
      '{{count}} sièges sont libres. Les quotas de remplacement sont les quotas d’origine moins les personnes encore au panel ; leurs foyers sont exclus.',
  },
  stages: {
    draw: {
      starting: 'Démarrage…',
      working: 'Calcul de la loterie…',
      checking: 'Vérification des quotas…',
      seeding: 'Recherche d’un premier ensemble de panels…',
      optimising: 'Relèvement des chances les plus basses…',
      fixing: 'Fixation des chances, groupe par groupe…',
      finishing: 'Finalisation de la loterie…',
    },
  },
  prepare: {
    progress: 'Calcul de la loterie',
    panels_one: '{{number}} panel trouvé',
    panels_other: '{{number}} panels trouvés',
    minSoFar: 'Plus petite chance à ce stade : {{value}}',
    fixed_one: 'Chance de {{number}} personne fixée',
    fixed_other: 'Chances de {{number}} personnes fixées',
    nextGroup: 'Étape {{round}} : on relève la chance du groupe suivant, à {{value}} pour l’instant',
    bound_one:
      'Le plus équitable possible est au plus {{value}} (au plus {{gap}} point de pourcentage de plus)',
    bound_other:
      'Le plus équitable possible est au plus {{value}} (au plus {{gap}} points de pourcentage de plus)',
    fixedOf_one: 'Chance fixée pour {{number}} personne sur {{people}}',
    fixedOf_other: 'Chances fixées pour {{number}} personnes sur {{people}}',
    cancelHint: 'Rien n’est enregistré tant que la loterie n’est pas prête.',
    stopHint:
      'Arrêtez ici pour garder la meilleure loterie trouvée jusqu’ici : un tirage légitime, enregistré comme arrêté avant la fin, avec sa plus petite chance et l’écart qui peut la séparer de la plus équitable. Annuler n’enregistre rien.',
    stop: 'Arrêter ici et garder cette loterie',
    cancel: 'Annuler',
    cancelled: 'Le tirage a été annulé. Rien n’a été enregistré.',
  },
  commit: {
    readOutTitle: 'Lisez ces codes à voix haute ou imprimez-les maintenant, avant le choix de la graine',
    readOut:
      'Ils figent le vivier, les quotas, la méthode et la loterie. Une fois que chacun les a, personne ne peut modifier la loterie pour favoriser quelqu’un : c’est la graine choisie ensuite qui décide du panel.',
    title: 'Tirage n° {{id}} : l’engagement',
    meta: '{{algorithm}} · {{seats}} sièges parmi {{pool}} personnes · {{reserves}} réserves · préparé le {{when}}',
    print: 'Imprimer la feuille de tirage',
    inputHash: 'Code des données (vivier, quotas, méthode)',
    lotteryHash: 'Code de la loterie',
    hashHint:
      'Toute personne disposant du fichier de l’assemblée peut recalculer ces codes et refaire le tirage avec la graine : le résultat doit être le même panel.',
    copy: 'Copier : {{label}}',
    chances: 'La chance de chacun d’être tiré',
    legacy:
      'La méthode LEGACY ne calcule pas de loterie : il n’y a donc pas de chances à afficher. La graine seule décide du panel.',
    continue: 'Les codes ont été lus : choisir la graine',
    tickets: 'Télécharger les {{count}} panels numérotés (CSV)',
    ticketsFile: 'tirage-{{id}}-panels-numerotes.csv',
  },
  stats: {
    min: 'Plus petite chance',
    max: 'Plus grande chance',
    mean: 'Part égale (k/n)',
    gini: 'Gini',
    zero_one:
      '{{count}} personne du vivier n’a aucune chance d’être tirée avec ces quotas. Vérifiez que c’est voulu avant de choisir la graine.',
    zero_other:
      '{{count}} personnes du vivier n’ont aucune chance d’être tirées avec ces quotas. Vérifiez que c’est voulu avant de choisir la graine.',
    panels: 'Panels dans la loterie',
    stoppedTitle: 'Arrêté avant la fin, à la demande de l’organisateur',
    stoppedLowest_one:
      'La plus petite chance est de {{lowest}}. Aucune loterie ne pourrait l’élever au-dessus de {{bound}} : elle est au plus à {{gap}} point de pourcentage de la plus équitable possible (certifié).',
    stoppedLowest_other:
      'La plus petite chance est de {{lowest}}. Aucune loterie ne pourrait l’élever au-dessus de {{bound}} : elle est au plus à {{gap}} points de pourcentage de la plus équitable possible (certifié).',
    stoppedLater:
      'La plus petite chance, {{lowest}}, est la plus équitable possible (certifié). Les chances de {{fixed}} personnes sur {{people}} étaient définitives ; celles des autres étaient encore relevées (étape {{round}}) et valent au moins {{lowest}}.',
    stoppedReplay:
      'Le point d’arrêt (après {{iterations}} étapes de calcul) est inscrit au journal d’audit : quiconque refait le tirage obtient cette même loterie.',
    explain:
      'La part égale est la taille du panel divisée par la taille du vivier. Les quotas poussent certaines chances au-dessus et d’autres au-dessous ; un Gini de 0 signifierait que tous ont la même chance.',
  },
  chart: {
    title: 'Chance d’être tiré de chaque personne du vivier, triée',
    summary_one:
      'Chances de {{count}} personne, triées : de {{min}} à {{max}} ; la part égale serait de {{equal}}.',
    summary_other:
      'Chances de {{count}} personnes, triées : de {{min}} à {{max}} ; la part égale serait de {{equal}}.',
    equal: 'Part égale pour tous : {{value}}',
    xAxis_one: '{{count}} personne du vivier, de la plus petite chance à la plus grande',
    xAxis_other: '{{count}} personnes du vivier, de la plus petite chance à la plus grande',
    yAxis: 'Chance d’être tiré',
  },
  discard: {
    button: 'Abandonner ce tirage préparé',
    title: 'Abandonner ce tirage préparé ?',
    text: 'L’engagement reste au journal d’audit, marqué comme abandonné. Personne n’est tiré. Vous pouvez ensuite modifier ce qu’il faut et préparer un nouveau tirage.',
    confirm: 'Abandonner le tirage',
    done: 'Le tirage préparé a été abandonné.',
  },
  seed: {
    intro:
      'Choisissez maintenant la graine en public : lancez des dés, prenez les numéros du loto de ce soir, ou laissez l’ordinateur en générer une devant tout le monde.',
    label: 'La graine',
    hint: 'Saisissez-la exactement comme annoncée, ex. « 4 2 6 1 3 5 5 2 ». Elle est enregistrée telle quelle.',
    generate: 'Générer une graine',
    generateHint: '20 chiffres aléatoires issus de la source d’aléa sécurisée de cet ordinateur.',
    back: 'Revenir aux codes',
    draw: 'Tirer le panel',
  },
  result: {
    title: 'Le panel a été tiré',
    titleReplacement: 'Les remplaçants ont été tirés',
    seed: 'Graine',
    drawnAt: 'Tiré le',
    ticket: 'Numéro tiré',
    ticketOf: 'N° {{ticket}} sur {{total}}',
    verifyHint:
      'La graine et le panel sont inscrits au journal d’audit. « Vérifier » refait le tirage depuis l’enregistrement et doit retrouver les mêmes personnes.',
    panel: 'Le panel : {{count}} sièges occupés sur {{size}}',
    statusHint: 'Notez la réponse de chacun. Un siège se libère quand quelqu’un refuse ou se retire.',
    panelTable: 'Le panel',
    columns: {
      id: 'Identifiant',
      name: 'Nom',
      chance: 'Chance',
      status: 'Réponse',
      onPanel: 'Au panel',
      quota: 'Quota',
    },
    statusFor: 'Réponse de {{name}}',
    statuses: {
      selected: 'Pas encore de réponse',
      confirmed: 'A confirmé',
      declined: 'A refusé',
      withdrawn: 'S’est retiré·e',
      contacted: 'Contacté·e',
      replaced: 'Remplacé·e',
      attended: 'A participé',
      reserve: 'Réserve',
    },
    withdrawal: {
      title: 'Retrait de {{name}}',
      reason: 'Pourquoi ce retrait ?',
      confirm: 'Enregistrer le retrait',
      cancel: 'Annuler',
    },
    replacement: 'remplaçant·e',
    openSeats_one: '{{count}} siège est libre',
    openSeats_other: '{{count}} sièges sont libres',
    openSeatsText:
      'Tirez des remplaçants avec la même cérémonie publique. Les quotas des sièges libres sont les quotas d’origine moins les personnes encore au panel.',
    replace_one: 'Tirer {{count}} remplaçant·e',
    replace_other: 'Tirer {{count}} remplaçant·es',
    composition: 'Le panel par catégorie (personnes occupant un siège)',
    compositionOf: 'Le panel par {{category}}',
    range: '{{min}}–{{max}}',
    within: 'Dans le quota',
    outside: 'Hors du quota',
    reserves_one: 'Liste de réserve ({{count}} personne, dans l’ordre)',
    reserves_other: 'Liste de réserve ({{count}} personnes, dans l’ordre)',
    reservesHint:
      'Si quelqu’un se désiste, sollicitez les réserves dans cet ordre, ou tirez des remplaçants.',
    noReserves: 'Aucune réserve n’a été tirée.',
    reserveList: 'Réserves dans l’ordre',
  },
  history: {
    title: 'Tous les tirages de cette assemblée',
    empty: 'Aucun tirage pour l’instant.',
    columns: {
      id: 'N°',
      kind: 'Tirage',
      algorithm: 'Méthode',
      seats: 'Sièges',
      min: 'Plus petite chance',
      committed: 'Préparé le',
      seed: 'Graine',
      status: 'État',
    },
    kinds: { initial: 'Premier tirage', replacement: 'Remplacements' },
    statuses: { committed: 'En attente de la graine', completed: 'Tiré', discarded: 'Abandonné' },
  },
}
