import type { englishMessages } from '../../../shared/messages-en.ts'
import type { MessageTree } from './messages.ts'

/** Les phrases que le cœur de l’application construit (src/shared/messages-en.ts), en français. */
export const frCore: MessageTree<typeof englishMessages> = {
  common: {
    sentences: '{{items}}',
    text: '{{text}}',
  },
  input: {
    invalid: 'La demande n’est pas valable.',
    invalidField: 'La valeur de « {{field}} » n’est pas valable.',
    noChannel: 'Il n’existe pas de canal « {{channel}} ».',
    jobRunning: 'La tâche {{job}} est déjà en cours.',
    jobGone: 'Cette tâche n’est plus en cours.',
  },
  form: {
    commentText: 'Écrivez le commentaire.',
    assemblyName: 'L’assemblée a besoin d’un nom.',
    isoDate: 'Utilisez la forme AAAA-MM-JJ.',
    chooseFile: 'Choisissez un fichier.',
    seed: 'Saisissez la graine.',
    recountReason: 'Dites pourquoi le scrutin est recompté.',
    recommendationCode: 'Donnez un numéro à la recommandation, par exemple R1.',
    recommendationText: 'Écrivez le texte de la recommandation.',
    minorityStatement: 'Écrivez la déclaration de minorité.',
    ballotTitle: 'Donnez un titre au scrutin.',
    ballotOptions: 'Ajoutez au moins une option.',
    paperMarkedOrInvalid: 'Un bulletin papier est soit rempli, soit blanc ou nul.',
  },
  ballot: {
    thisBallot: 'Ce bulletin',
    numbered: 'Le bulletin {{number}}',
    table: 'Table {{number}}',
    notOpenYet: 'Ce scrutin n’est pas encore ouvert.',
    notOpenYetBecause: 'Ce scrutin n’est pas encore ouvert. {{reason}}',
    countsNotPapers: 'Ce scrutin se saisit en totaux par table, pas bulletin par bulletin.',
    papersNotCounts: 'Ce scrutin se saisit bulletin par bulletin, pas en totaux par table.',
    marksOrInvalid: 'Bulletin {{number}} : indiquez soit ses choix, soit qu’il est blanc ou nul.',
    paperNotTyped: 'L’opérateur {{operator}} n’a pas saisi de bulletin numéro {{number}}.',
    unknownOption: '{{paper}} mentionne « {{name}} », qui ne fait pas partie des options de ce scrutin.',
    wrongShape:
      '{{paper}} n’est pas rempli comme un bulletin de type {{kind}} (choix attendus : {{expected}}).',
    sameOptionTwice: '{{paper}} coche deux fois la même option.',
    tooManyMarks:
      '{{paper}} porte {{marks}} choix alors que {{max}} au plus sont permis ; si le bulletin les porte vraiment, enregistrez-le comme nul.',
    gradeOutOfScale:
      '{{paper}} donne à « {{name}} » la mention numéro {{grade}}, mais l’échelle n’en compte que {{grades}}.',
    tableTwice: 'Deux tables s’appellent « {{name}} ».',
    tableUnknownOption: '{{table}} : « {{option}} » ne fait pas partie des options de ce scrutin.',
    tableNumberPerGrade: '{{table}} : « {{option}} » demande un nombre par mention ({{width}}), pas {{got}}.',
    tableOneNumber: '{{table}} : « {{option}} » demande un seul nombre, pas {{got}}.',
    tableUnmarked:
      '{{table}} : {{unmarked}} bulletins blancs, nuls ou abstentions, mais seulement {{ballots}} bulletins déposés.',
    tableMarksAboveValid:
      '{{table}} : {{marks}} choix pour « {{option}} », mais seulement {{valid}} bulletins valables.',
    tableMarksPerBallot:
      '{{table}} : {{marks}} choix pour {{valid}} bulletins valables, c’est plus de {{max}} par bulletin.',
    methodNotForKind:
      'Un scrutin de type {{kind}} ne peut pas être dépouillé par {{method}} ; choisissez parmi : {{methods}}.',
    entryNotForKind: 'Un scrutin de type {{kind}} se saisit uniquement ainsi : {{modes}}.',
    optionTwice: '« {{name}} » figure deux fois parmi les options.',
    yesNoAnswers: 'Un scrutin oui/non a besoin de ses deux réponses, par exemple « Oui » et « Non ».',
    seatsAboveCandidates: '{{seats}} sièges à pourvoir, mais seulement {{candidates}} candidatures.',
    oneSeatOnly:
      'Seuls le VUT et le CPO-STV pourvoient plusieurs sièges ; indiquez 1 siège ou choisissez le VUT.',
    approvalsAboveOptions: 'Au plus {{max}} choix par bulletin, mais il n’y a que {{options}} options.',
    gradesNeeded: 'Indiquez les mentions de l’échelle, de la plus basse à la plus haute (au moins deux).',
    gradeTwice: 'La mention « {{name}} » figure deux fois.',
    scoreNotNumber: 'Les notes sont des nombres (par exemple de 0 à 10) ; « {{grade}} » n’en est pas un.',
    baseUnknown:
      'La base de pourcentage « {{base}} » est inconnue : utilisez valid, all, present ou options:<noms>.',
    baseNotOption: 'La base de pourcentage mentionne « {{name}} », qui n’est pas une option.',
    presentBaseOnlyChoice:
      'Les pourcentages des membres présents ne sont possibles que pour les scrutins oui/non et à choix unique.',
    passOptionUnknown: 'Les options qui font adopter mentionnent « {{name}} », qui n’est pas une option.',
    agreeGradeUnknown: 'Les mentions qui valent accord mentionnent « {{name}} », qui n’est pas une mention.',
    noRecommendation: 'Il n’existe pas de recommandation numéro {{id}}.',
    opensAfterItself: 'Un scrutin ne peut pas s’ouvrir après lui-même, directement ou par d’autres scrutins.',
    opensAfterMissing: 'Le scrutin après lequel il s’ouvre (numéro {{id}}) n’existe pas.',
    finalNoChange:
      'Ce scrutin a un dépouillement clos et ne peut plus être modifié ; lancez plutôt un recomptage.',
    entriesFixKind:
      'Des votes sont déjà saisis pour ce scrutin : son type et son mode de saisie ne peuvent plus changer.',
    finalNoDelete:
      'Ce scrutin a un dépouillement clos : il reste dans le registre et ne peut pas être supprimé.',
    opensAfterThis: 'Le scrutin « {{title}} » s’ouvre après celui-ci ; modifiez-le ou supprimez-le d’abord.',
    noBallot: 'Il n’existe pas de scrutin numéro {{id}}.',
    noCount: 'Le scrutin {{id}} n’a pas de dépouillement.',
    countFinal:
      'Le dépouillement {{count}} de ce scrutin est clos et ne peut plus changer ; lancez un recomptage pour compter à nouveau.',
    recommendationCodeTaken: 'Une autre recommandation porte déjà le numéro {{code}}.',
    presentNeededForBase:
      'Indiquez le nombre de membres présents : ce scrutin calcule ses pourcentages sur l’ensemble des membres présents.',
    votingAbovePresent:
      '{{voting}} membres ont voté ou se sont abstenus, mais seulement {{present}} sont enregistrés comme présents.',
    cannotExport: 'Ce scrutin ne peut pas encore être exporté : {{reason}}',
  },
  sequence: {
    opensIfPasses: 'S’ouvre si « {{title}} » est adopté ; il n’a pas encore été dépouillé.',
    opensIfFails: 'S’ouvre si « {{title}} » n’est pas adopté ; il n’a pas encore été dépouillé.',
    opensOnceDecided: 'S’ouvre dès que « {{title}} » est décidé.',
    notReachedFailed: 'Sans objet : « {{title}} » n’a pas été adopté.',
    notReachedPassed: 'Sans objet : « {{title}} » a été adopté.',
  },
  count: {
    operatorBMissing:
      'L’opérateur B n’a pas encore saisi les bulletins : chaque bulletin est saisi deux fois.',
    operatorAMissing:
      'L’opérateur A n’a pas encore saisi les bulletins : chaque bulletin est saisi deux fois.',
    reconcileFirst: '{{differences}} Départagez-les d’abord dans l’onglet des différences.',
    differences_one:
      '{{count}} bulletin (numéro {{numbers}}) n’est pas saisi de la même façon par les opérateurs A et B.',
    differences_other:
      '{{count}} bulletins (numéros {{numbers}}) ne sont pas saisis de la même façon par les opérateurs A et B.',
    differencesMore_one:
      '{{count}} bulletin (numéro {{numbers}} et {{more}} autres) n’est pas saisi de la même façon par les opérateurs A et B.',
    differencesMore_other:
      '{{count}} bulletins (numéros {{numbers}} et {{more}} autres) ne sont pas saisis de la même façon par les opérateurs A et B.',
    operatorAOnly: 'Le résultat affiché ne compte que les saisies de l’opérateur A.',
    ballotsCastNeeded: '{{table}} : indiquez le nombre de bulletins déposés.',
    noVotes: 'Aucun vote n’a encore été saisi.',
    tablesVsDeclared:
      'Les tables totalisent {{cast}} bulletins, mais {{declared}} ont été déclarés au total ; corrigez une table ou le total.',
    castAbovePresent: '{{cast}} bulletins sont comptés, mais seulement {{present}} membres sont présents.',
    presentForQuorum: 'Indiquez le nombre de membres présents : le quorum est de {{quorum}}.',
    quorumNotMet: 'Le quorum n’est pas atteint : {{present}} membres présents, {{quorum}} requis.',
    noSessionForBallot:
      'Ce scrutin n’est à l’ordre du jour d’aucune séance : choisissez la séance dont les présences donnent les membres présents.',
    tieByLotLater:
      'Une égalité est départagée par tirage au sort : la graine sera tirée à la clôture du dépouillement.',
    alreadyFinal: 'Le dépouillement {{count}} de ce scrutin est déjà clos.',
    notFinal: 'Le dépouillement ne peut pas encore être clos. {{reasons}}',
    noResult: 'Il n’y a aucun résultat à enregistrer.',
    recountOnlyFinal:
      'Seul un dépouillement clos peut être recompté ; celui-ci est encore en cours de saisie.',
  },
  voteImport: {
    refused: 'Ce fichier ne peut pas être importé : {{reason}}',
    wholeBallots: '{{where}} compte {{count}} bulletins ; seuls des bulletins entiers peuvent être saisis.',
    scoresNoGrades: 'ses notes ne sont pas des nombres entiers de 0 à 19 et il n’indique aucune mention.',
    severalMethods:
      'il dépouille les mêmes bulletins par plusieurs méthodes à la fois ({{method}}) ; ici, un scrutin se dépouille par une seule méthode.',
    methodOverType:
      '{{method}} sur des bulletins de type {{type}} n’est pas un scrutin que l’application sait saisir.',
    tallyAndBallots: 'il contient à la fois des totaux agrégés et des bulletins individuels.',
    notValidBallot: 'ce n’est pas un scrutin valable',
    field: '{{field}} : {{problem}}.',
    tooManyBallots: 'il contient plus de 1 000 000 de bulletins.',
    gradeNotListed:
      'ballots[{{index}}] donne à « {{name}} » la mention {{value}}, qui ne figure pas dans ses mentions.',
  },
  voteExport: {
    source: 'Exporté de Kleroterion : scrutin {{ballot}}, dépouillement {{countNo}} ({{state}}).',
    final: 'définitif',
    entering: 'encore en saisie',
    totals:
      '{{cast}} bulletins comptés : {{valid}} valables, {{abstain}} abstentions, {{blank}} blancs, {{spoiled}} nuls.',
    approvalsAsBallots:
      'Saisi en totaux par option : chaque approbation est écrite comme un bulletin à part.',
    present: '{{present}} membres présents.',
  },
  ties: {
    replayed: 'tirage au sort enregistré rejoué ({{how}})',
    byLot: 'au sort',
    drawn: 'tiré au sort avec la graine « {{seed}} »',
    previousTied: 'égalité aussi aux tours précédents ; {{how}}',
    earliestCandidateOrder: 'placé·e le plus haut dans l’ordre des candidatures',
    latestCandidateOrder: 'placé·e le plus bas dans l’ordre des candidatures',
    earliestPermutation: 'placé·e le plus haut dans la permutation tirée au sort',
    latestPermutation: 'placé·e le plus bas dans la permutation tirée au sort',
    mostVotes: 'le plus de voix au tour {{round}}',
    fewestVotes: 'le moins de voix au tour {{round}}',
    recordedByCount: 'enregistré lors du dépouillement {{count}}',
    jointWinners: 'Les candidatures restantes n’ont pas pu être départagées : elles l’emportent ensemble.',
    cpoSchulze:
      'Aucun résultat ne bat tous les autres ; la méthode de Schulze (marges) appliquée aux résultats a tranché.',
    lockedInCandidateOrder:
      'Trop de défaites d’égale force : elles ont été verrouillées dans l’ordre des candidatures.',
  },
  voteVector: {
    notJson: 'Le fichier n’est pas un JSON valable : {{detail}}',
    unknownName: '{{where}} mentionne « {{name}} », qui ne fait pas partie des candidatures.',
    overvoteAlone: '{{where}} : « {{label}} » doit être seul à son rang.',
    candidateTwice: 'candidates : une candidature figure deux fois.',
    excludedIsCandidate: 'rules.excluded_candidates : « {{name}} » est aussi une candidature.',
    seatsAboveCandidates: 'seats : {{seats}} sièges, mais seulement {{candidates}} candidatures.',
    noBallots: 'Le scrutin n’a ni « ballots » ni totaux agrégés (« tally »).',
    wrongShape:
      'ballots[{{index}}] : un bulletin de type {{kind}} dans un scrutin dont le ballot_type est « {{type}} ».',
    tallyNeedsGrades: 'Des totaux agrégés (« tally ») demandent la liste des mentions (« grades »).',
    tallyUnknownName: 'tally mentionne « {{name}} », qui ne fait pas partie des candidatures.',
    tallyWidth: 'tally.{{name}} : {{counts}} totaux pour {{grades}} mentions.',
    gradeTwice: 'grades : une mention figure deux fois.',
    forcedTiebreaks: 'expected.forced_tiebreaks : {{detail}}',
    notObject: 'Ce n’est pas un scrutin vote-vector/1 : le fichier doit contenir un seul objet JSON.',
    formatMissing: 'Ce n’est pas un scrutin vote-vector/1 : « format » est absent.',
    formatWrong: 'Ce n’est pas un scrutin vote-vector/1 : « format » vaut {{format}}.',
    notValid: 'Ce n’est pas un scrutin vote-vector/1 valable : {{detail}}',
    ruleUnknown:
      'Cette application ne sait pas lire la règle {{where}} = {{value}}. Rien n’a été compté : un dépouillement selon une autre règle ne serait pas celui demandé (README, « Rule forms »).',
    ruleNotRead:
      'La règle {{where}} = {{value}} n’est pas lue par un dépouillement {{method}}. Rien n’a été compté : le dépouillement l’ignorerait (README, « Rule forms »).',
    ruleUnreadable:
      'Cette application ne sait pas lire la règle {{where}} = {{value}} : elle lit {{forms}}. Rien n’a été compté (README, « Rule forms »).',
  },
  tally: {
    unknownQuota:
      'options.quota : quotient « {{quota}} » inconnu (droop, hagenbach-bischoff, hare, imperiali).',
    unknownGrade: 'Un bulletin donne la mention « {{grade}} », qui ne figure pas dans « grades ».',
    unknownBalancing: 'options.balancing : règle de départage « {{balancing}} » inconnue.',
    unknownStvRule: 'Règle de VUT « {{rule}} » inconnue.',
    cpoTooMany: 'Le CPO-STV comparerait {{outcomes}} résultats ; {{max}} au plus sont pris en charge.',
    kemenyTooMany:
      'La méthode de Kemeny-Young est calculée exactement et accepte au plus {{max}} candidatures (ici {{count}}).',
    rctabNotNumber: 'rules.rctab.{{name}} : « {{value}} » n’est pas un nombre.',
    rctabNotSupported:
      'rules.rctab.{{name}} : « {{value}} » n’est pas pris en charge (utilisez {{allowed}}).',
    unknownAggregate: 'options.aggregate : agrégation des notes « {{aggregate}} » inconnue.',
    notAGrade: 'options.agree_options : « {{name}} » n’est pas une mention.',
    twoGrades: 'Une échelle d’accord demande au moins deux mentions.',
    unknownTransfer: 'options.transfer : règle de VUT « {{rule}} » inconnue.',
    baseNamesNonOption: 'options.percentage_base mentionne « {{name}} », qui n’est pas une option.',
    unknownBase: 'options.percentage_base : base « {{base}} » inconnue.',
    passNamesNonOption: 'options.pass_options mentionne « {{name}} », qui n’est pas une option.',
    variantUnknown: 'Cette application ne compte pas la variante « {{name}} ».',
  },
  quotas: {
    panelAbovePool: 'La taille du panel ({{k}}) dépasse celle du vivier ({{n}} personnes).',
    householdCapacity:
      'Seules {{capacity}} personnes peuvent siéger ensemble avec la règle d’une personne par foyer, moins que la taille du panel ({{k}}).',
    minimumsAbove: '{{category}} : les minimums totalisent {{sum}}, plus que la taille du panel ({{k}}).',
    maximumsBelow: '{{category}} : les maximums totalisent {{sum}}, moins que la taille du panel ({{k}}).',
    minAboveAvailable_one:
      '{{category}}:{{value}} : le minimum est de {{min}}, mais le vivier ne compte que {{count}} personne pouvant être retenue en même temps.',
    minAboveAvailable_other:
      '{{category}}:{{value}} : le minimum est de {{min}}, mais le vivier ne compte que {{count}} personnes pouvant être retenues ensemble.',
    changeMin: '{{category}}:{{value}} minimum {{from}} → {{to}}',
    changeMax: '{{category}}:{{value}} maximum {{from}} → {{to}}',
    infeasible: 'Aucun panel de {{k}} personnes ne peut respecter ces quotas.{{why}}{{fix}}',
    why: ' {{reasons}}',
    smallestChange: ' Plus petite modification qui le rendrait possible : {{changes}}.',
    noChange: ' Aucune modification dans la marge permise (min_flex/max_flex) ne le rend possible.',
    legacyFailed:
      'LEGACY n’a trouvé aucun panel respectant les quotas en {{attempts}} essais ; les quotas sont peut-être impossibles à tenir ou trop serrés pour cette méthode gloutonne.',
    noValue: 'La catégorie « {{category}} » n’a pas de valeur « {{value}} ».',
    minAboveMax: '{{category}} : {{value}} : le minimum ({{min}}) dépasse le maximum ({{max}}).',
    minFlexAboveMin:
      '{{category}} : {{value}} : le minimum le plus bas ({{minFlex}}) dépasse le minimum ({{min}}).',
    maxFlexBelowMax:
      '{{category}} : {{value}} : le maximum le plus haut ({{maxFlex}}) est sous le maximum ({{max}}).',
    panelSizeBeforeLock: 'Indiquez la taille du panel avant de verrouiller les quotas.',
    panelSizeFirst: 'Indiquez d’abord la taille du panel.',
    noCategory: 'Il n’existe pas de catégorie « {{category}} ».',
    fileUnknownValues:
      'Le fichier de quotas mentionne des valeurs absentes du vivier : {{values}}. Rien n’a été modifié.',
    fileColumns:
      'Le fichier de quotas doit avoir les colonnes category,feature,min,max (Panelot) ou feature,value,min,max (Sortition Foundation) ; il a {{columns}}.',
    fileNotNumber:
      'Fichier de quotas, ligne {{line}} : {{name}} doit être un nombre entier ≥ 0, et non « {{text}} ».',
    fileBlank: 'Fichier de quotas, ligne {{line}} : la catégorie ou la valeur est vide.',
    fileMinAboveMax: '{{where}} : le min ({{min}}) dépasse le max ({{max}}).',
    fileMinFlex: '{{where}} : min_flex ({{minFlex}}) dépasse le min ({{min}}).',
    fileMaxFlex: '{{where}} : max_flex ({{maxFlex}}) est inférieur au max ({{max}}).',
    fileLine: 'Fichier de quotas, ligne {{line}} ({{category}}:{{value}})',
    fileNoRows: 'Le fichier de quotas ne contient aucune ligne.',
  },
  sortition: {
    cancelled: 'Le tirage a été annulé.',
    panelSize: 'La taille du panel doit être un nombre entier d’au moins 1, et non {{k}}.',
    quotaTwice: 'Le quota « {{category}}:{{value}} » apparaît deux fois.',
    blankId: 'La personne {{number}} a un identifiant vide.',
    idTwice: 'L’identifiant « {{id}} » apparaît deux fois.',
    noValue: 'La personne « {{id}} » n’a pas de valeur pour « {{category}} ».',
    valueNotInQuotas:
      'La personne « {{id}} » a pour {{category}} « {{value}} », qui n’a pas de ligne dans le fichier de quotas.',
    lotterySize: 'La taille de la loterie doit être un nombre entier ≥ 1, et non {{m}}.',
    csvInvalid: 'Le {{what}} n’est pas un CSV valable : {{detail}}',
    csvEmpty: 'Le {{what}} est vide.',
    quotaFile: 'fichier de quotas',
    respondentsFile: 'fichier des personnes',
    idColumn: 'd’identifiant',
    categoryColumn: 'de catégorie',
    householdColumn: 'de foyer',
    respondentsColumnTwice: 'Le fichier des personnes a deux fois la colonne « {{column}} ».',
    respondentsNoColumn:
      'Le fichier des personnes n’a pas de colonne {{what}} « {{name}} » (colonnes : {{columns}}).',
  },
  drawCheck: {
    notInLog: 'le tirage {{id}} manque dans le journal d’audit',
    inputsChanged:
      'tirage {{id}} : le vivier ou les quotas enregistrés ne correspondent pas à l’empreinte engagée avant la graine',
    lotteryChanged:
      'tirage {{id}} : la loterie enregistrée ne correspond pas à celle engagée avant la graine',
    otherRules:
      'le tirage {{id}} a été fait selon {{rules}} ; cette version applique {{current}}, donc sa loterie a été vérifiée par rapport à son engagement, sans être recalculée',
    lotteryDiffers:
      'tirage {{id}} : relancer {{algorithm}} sur les données enregistrées donne une autre loterie',
    seedDiffers: 'tirage {{id}} : la graine enregistrée diffère de celle du journal d’audit',
    panelDiffers: 'tirage {{id}} : tirer à nouveau avec la graine enregistrée donne un autre panel',
  },
  draw: {
    alreadyCompleted: 'Ce tirage est déjà terminé.',
    seedNeeded: 'Saisissez la graine choisie en public.',
    noDraw: 'Il n’existe pas de tirage numéro {{id}}.',
    waitingForSeed: 'Un tirage attend déjà sa graine. Saisissez la graine ou abandonnez d’abord ce tirage.',
    onlyWaitingDiscarded: 'Seul un tirage qui attend encore sa graine peut être abandonné.',
    everySeatFilled: 'Tous les sièges sont pourvus : il n’y a personne à remplacer.',
    notOnPanel: '{{id}} ne fait pas partie du panel.',
    notRounded: 'Ce tirage n’a pas été arrondi en une liste numérotée de panels.',
  },
  pool: {
    noColumn: 'Le fichier n’a pas de colonne {{what}} « {{header}} » (ses colonnes : {{columns}}).',
    noSuchColumn: 'Le fichier n’a pas cette colonne.',
    mappingWidth: 'La correspondance compte {{mapped}} colonnes, mais le fichier en a {{columns}}.',
    oneIdColumn: 'Une seule colonne peut servir d’identifiant.',
    personGone: 'Cette personne ne fait plus partie du vivier.',
    nothingToAdd: 'Rien à ajouter.',
    idTaken: 'Une personne avec l’identifiant « {{id}} » est déjà dans le vivier.',
    rowProblem: '{{reason}}',
    tooLarge: '{{name}} pèse {{size}} Mo, c’est trop pour une liste d’inscriptions.',
    oldExcel:
      '{{name}} est un ancien fichier Excel (.xls) ; enregistrez-le d’abord en .xlsx ou en CSV depuis Excel.',
    notCsv:
      '« {{name}} » n’a pas pu être lu comme un CSV vers la ligne {{line}} : {{detail}}. Ouvrez-le dans un tableur, enregistrez-le de nouveau en CSV ou en Excel (.xlsx), puis choisissez ce fichier.',
    csvQuote: 'un guillemet (") est ouvert et jamais fermé',
    csvColumns: 'ses lignes n’ont pas pu être découpées en colonnes',
    empty:
      '« {{name}} » est vide : il n’y a rien à importer. Vérifiez que vous avez choisi le bon fichier ; s’il s’agit d’un export, refaites-le.',
    noRows:
      '« {{name}} » a une ligne d’en-tête mais aucune inscription en dessous. Refaites l’export des inscriptions, ou choisissez le fichier qui les contient.',
    binary:
      '« {{name}} » n’est pas un fichier texte CSV : il contient des données binaires (peut-être une image, un PDF ou un autre fichier renommé en .csv). Exportez les inscriptions de votre formulaire ou tableur en CSV ou en Excel (.xlsx), puis choisissez ce fichier.',
    tooManyRows: '{{name}} a plus de {{max, number}} lignes ; découpez-le en fichiers plus petits.',
    sheetTooManyRows:
      '{{name}} : la feuille « {{sheet}} » a plus de {{max, number}} lignes ; découpez-la en fichiers plus petits.',
    excelDamaged: '{{name}} : ce fichier Excel est endommagé et n’a pas pu être lu.',
    noSheet: '{{name}} n’a pas de feuille « {{sheet}} » (il a : {{sheets}}).',
    sheetEmpty: '{{name}} : la feuille est vide.',
    notXlsx:
      '{{name}} : ce n’est pas un fichier Excel (.xlsx) valable ; il est peut-être endommagé ou enregistré dans un autre format.',
    zipBomb:
      '{{name}} : le classeur annonce {{size}} Mo de contenu une fois décompressé, bien plus qu’il n’en faut pour une liste d’inscriptions. Il n’a pas été ouvert (cela protège l’ordinateur des fichiers endommagés ou malveillants).',
    zipDamaged: '{{name}} : ce fichier Excel est endommagé.',
  },
  verify: {
    olderFormat:
      '{{name}} est dans un ancien format de fichier ({{version}} ; cette version vérifie le format {{current}}). Ouvrez-le une fois dans l’application pour le mettre à jour, puis vérifiez-le : la vérification ne modifie jamais un fichier.',
    poolNotCovered:
      'Le vivier a été importé avant que les imports soient inscrits au journal d’audit : il n’est pas couvert.',
    poolChanged:
      'vivier : les personnes, foyers ou réponses ({{people}} personnes aujourd’hui) diffèrent de ceux inscrits à l’entrée {{seq}}',
    quotasUnlocked: 'quotas : verrouillés à l’entrée {{seq}}, ils ne le sont plus',
    quotasNotInLog: 'quotas : ils sont verrouillés, mais le verrouillage n’est pas dans le journal d’audit',
    panelSizeChanged: 'quotas : la taille du panel diffère de celle verrouillée avant le tirage',
    quotaChanged: 'le quota de {{value}} ({{category}}) diffère des quotas verrouillés avant le tirage',
    panelNotDrawn: 'panel : {{person}} figure dans la liste mais n’a jamais été tiré·e au sort',
    panelMissing: 'panel : {{person}} a été tiré·e au sort mais ne figure pas dans la liste',
    panelPlace:
      'panel : {{person}} figure à une autre place (panel ou rang de réserve) que celle donnée par le tirage',
    panelStatus: 'panel : {{person}} est « {{found}} » mais le journal d’audit dit « {{expected}} »',
    recommendationNotInLog: 'la recommandation {{code}} n’est pas dans le journal d’audit',
    recommendationMissing:
      'la recommandation {{code}} est inscrite au journal d’audit mais n’est plus dans le fichier',
    recommendationText:
      'recommandation {{code}} : le texte de la version {{version}} diffère de celui inscrit',
    recommendationCurrent:
      'recommandation {{code}} : la version en cours n’est pas la dernière inscrite ({{version}})',
    recommendationStatus:
      'la recommandation {{code}} est « {{found}} » mais le journal d’audit dit « {{expected}} »',
    ballotNotInLog:
      'le scrutin « {{ballot}} » est dans le fichier, mais sa création n’est pas au journal d’audit',
    countReopened:
      'scrutin « {{ballot}} », dépouillement {{count}} : définitif au journal d’audit, mais rouvert à la saisie',
    countNotInLog:
      'scrutin « {{ballot}} », dépouillement {{count}} : marqué définitif, mais sa validation n’est pas dans le journal d’audit',
    countSuperseded:
      'scrutin « {{ballot}} », dépouillement {{count}} : marqué remplacé, mais aucun recomptage n’est dans le journal d’audit',
    countResult:
      'scrutin « {{ballot}} », dépouillement {{count}} : le résultat enregistré diffère de celui inscrit à la validation',
    countEntries:
      'scrutin « {{ballot}} », dépouillement {{count}} : ses bulletins, totaux de tables ou membres présents diffèrent de ceux inscrits à la validation',
    ballotSettings:
      'scrutin « {{ballot}} » : ses réglages diffèrent de ceux sous lesquels le dépouillement {{count}} a été validé',
    countRecount:
      'scrutin « {{ballot}} », dépouillement {{count}} : recompter ses saisies enregistrées donne un autre résultat',
    countMissing: 'un dépouillement validé à l’entrée {{seq}} n’est plus dans le fichier',
    countEntriesNotCovered:
      'Le dépouillement {{count}} du scrutin « {{ballot}} » a été validé avant l’empreinte des saisies : son résultat est recompté, ses saisies ne sont pas comparées.',
    workingData:
      'Données de travail : brouillons, dépouillements en cours de saisie, notes et commentaires, coordonnées, présences, séances et plans de tables.',
    keyNotAvailable:
      'Cette version ne signe pas encore les entrées du journal : --key ne peut pas être vérifiée ; vérifiez sans elle et comparez l’empreinte de tête à celle imprimée (--expect-head).',
    headNotInChain: 'l’empreinte de tête {{head}} n’est pas dans la chaîne d’audit de ce fichier',
  },
  audit: {
    entryMissing: 'l’entrée {{seq}} manque (l’entrée suivante porte le numéro {{next}})',
    notFollowing: 'l’entrée {{seq}} ne fait pas suite à l’entrée {{previous}}',
    notJson: 'l’entrée {{seq}} a un contenu qui n’est pas un JSON valable',
    notCanonical: 'l’entrée {{seq}} a un contenu qui n’est pas sous forme canonique',
    changed: 'l’entrée {{seq}} a été modifiée après son enregistrement',
  },
  profile: {
    endBeforeStart: 'Le dernier jour ne peut pas précéder le premier.',
  },
  sessions: {
    noSession: 'Il n’y a pas de séance numéro {{id}}.',
    noBlock: 'Il n’y a pas de séquence numéro {{id}}.',
    noSpeaker: 'Il n’y a pas d’intervenant numéro {{id}} dans le registre.',
    noBallot: 'Il n’y a pas de scrutin numéro {{id}} dans Votes.',
    ballotOnlyForVoting: 'Seule une séquence de vote désigne un scrutin.',
    endBeforeStart: 'Une séance doit finir après avoir commencé.',
    phaseTwice: 'Indiquez chaque phase d’une séance une seule fois.',
    noPlace: 'Il n’y a pas de place {{index}} dans cette séance : elle compte {{count}} séquences.',
    sessionHasQuestions_one:
      '« {{session}} » ne peut pas être supprimée : {{count}} question des membres y a été posée. Rattachez-la à une autre séance ou supprimez-la d’abord.',
    sessionHasQuestions_other:
      '« {{session}} » ne peut pas être supprimée : {{count}} questions des membres y ont été posées. Rattachez-les à une autre séance ou supprimez-les d’abord.',
    sessionHasAttendance_one:
      '« {{session}} » ne peut pas être supprimée : la présence de {{count}} membre y est enregistrée (Participants). Supprimez d’abord cet enregistrement.',
    sessionHasAttendance_other:
      '« {{session}} » ne peut pas être supprimée : la présence de {{count}} membres y est enregistrée (Participants). Supprimez d’abord ces enregistrements.',
    blockIn: '« {{block}} » dans {{session}}',
    speakerOnBlocks_one:
      '{{name}} ne peut pas être supprimé(e) : cette personne intervient dans {{blocks}}. Retirez-la d’abord de cette séquence.',
    speakerOnBlocks_other:
      '{{name}} ne peut pas être supprimé(e) : cette personne intervient dans {{count}} séquences : {{blocks}}. Retirez-la d’abord de ces séquences.',
    speakerHasQuestions_one:
      '{{name}} ne peut pas être supprimé(e) : {{count}} question des membres lui est confiée. Confiez-la d’abord à quelqu’un d’autre.',
    speakerHasQuestions_other:
      '{{name}} ne peut pas être supprimé(e) : {{count}} questions des membres lui sont confiées. Confiez-les d’abord à quelqu’un d’autre.',
    question: {
      none: 'Il n’y a pas de question des membres numéro {{id}}.',
      shareNeedsAnswer:
        'Une question est transmise aux membres une fois qu’elle a une réponse : écrivez d’abord la réponse.',
    },
    check: {
      where: '« {{block}} » ({{session}}, {{time}})',
      doubleBooked: '{{person}} est à deux endroits à la fois : {{first}} et {{second}}.',
      roomTwice: '{{room}} est utilisée deux fois en même temps : {{first}} et {{second}}.',
      noBreak:
        '{{session}} : {{count}} minutes sans pause, de {{from}} à {{to}}. Prévoyez une pause au moins toutes les 90 minutes.',
      pastEnd: '{{session}} dure jusqu’à {{until}}, {{count}} minutes après la fin prévue à {{end}}.',
      doesNotFit:
        '« {{block}} » est fixée à {{fixed}}, mais « {{previous}} » juste avant finit à {{previousEnd}} : {{count}} minutes ne tiennent plus. Raccourcissez ou déplacez une séquence placée avant.',
      votingNoBallot:
        '{{block}} est une séquence de vote mais ne désigne aucun scrutin : créez le scrutin dans Votes, puis reliez-le à la séquence.',
    },
    kind: {
      arrival: 'Accueil et émargement',
      welcome: 'Ouverture',
      'ground-rules': 'Règles du jeu',
      evidence: 'Apports d’information',
      qa: 'Questions-réponses',
      'table-discussion': 'Discussion en tables',
      'plenary-feedback': 'Restitution en plénière',
      break: 'Pause',
      meal: 'Repas',
      drafting: 'Rédaction',
      voting: 'Vote',
      evaluation: 'Évaluation',
      close: 'Clôture',
      other: 'Autre',
    },
  },
  people: {
    notDrawn: '{{id}} n’est ni dans le panel ni sur la liste de réserve.',
    notAllowed: 'Un membre « {{from}} » ne peut pas passer à « {{to}} ».',
    reserveOnlyContacted:
      'Une personne sur la liste de réserve peut seulement être marquée comme contactée : elle rejoint le panel par un tirage de remplacement.',
    withdrawalReason: 'Indiquez pourquoi le membre s’est retiré.',
    reserveNoAttendance:
      'Une personne sur la liste de réserve n’est pas dans le panel : il n’y a pas de présence à noter.',
    notConfirmedYet:
      'Ce membre est « {{status}} » : seuls les membres qui ont confirmé peuvent être pointés à une session.',
    lateNeedsTime: 'Une arrivée en retard demande l’heure d’arrivée.',
    leftNeedsTime: 'Un départ anticipé demande l’heure de départ.',
    absentNoTimes: 'Un membre absent n’a ni heure d’arrivée ni heure de départ.',
    leftBeforeArrived: 'L’heure de départ doit venir après l’heure d’arrivée.',
    alreadyCheckedIn: '{{name}} est déjà enregistré·e (à {{time}}).',
    status: {
      selected: 'tiré au sort',
      reserve: 'en réserve',
      contacted: 'contacté',
      confirmed: 'confirmé',
      declined: 'a décliné',
      withdrawn: 'retiré',
      replaced: 'remplacé',
      attended: 'a participé',
    },
  },
  tables: {
    cancelled: 'Le plan de tables a été annulé.',
    noTables: 'Indiquez au moins une table.',
    tooManyTables:
      '{{tables}} tables pour {{members}} membres ({{round}}) : choisissez au plus {{members}} tables (ou placez plus de membres).',
    noMembers:
      'Personne n’est à placer ({{round}}) : marquez les membres présents ou choisissez d’autres séances.',
    unknownMember: '{{id}} ne fait pas partie des membres à placer.',
    clusterTooLarge:
      '{{what}} réunit {{size}} membres ({{round}}), plus qu’une table n’en accueille ({{max}}) : utilisez moins de tables ou regroupez sur un autre champ.',
    pinOutside: '{{id}} est fixé à la table {{table}}, mais il n’y a que {{tables}} tables.',
    pinsContradict:
      '{{first}} et {{second}} doivent être ensemble mais sont fixés à des tables différentes ({{firstTable}} et {{secondTable}}) ({{round}}) : retirez l’une des deux fixations.',
    pinsApart:
      '{{first}} et {{second}} doivent être séparés mais sont tous deux fixés à la table {{table}} ({{round}}) : retirez l’une des fixations.',
    pinsOverfull:
      'La table {{table}} accueille {{max}} membres ({{round}}) mais {{count}} y sont fixés ou regroupés : déplacez des fixations.',
    apartTogether:
      '{{first}} et {{second}} doivent être séparés mais aussi réunis (même groupe ou paire à garder ensemble) : retirez l’une des deux demandes.',
    apartImpossible:
      'Les paires à séparer ne peuvent pas toutes être respectées ({{round}} ; plus de table pour {{id}}) : retirez une paire ou ajoutez une table.',
    cannotPack:
      'Les groupes ne tiennent pas dans {{tables}} tables de {{min}} à {{max}} membres ({{round}}) : utilisez moins de tables ou des groupes plus petits.',
    round: 'tour {{number}}',
    cluster: 'Le groupe « {{value}} »',
    together: 'Le groupe gardé ensemble autour de {{id}}',
    noPlan: 'La séance {{session}} n’a pas encore de plan de tables : établissez-le d’abord.',
    noSession: 'Il n’existe pas de séance numéro {{session}}.',
    unknownField: 'Aucune catégorie ni aucun champ ne s’appelle « {{field}} » pour diversifier ou regrouper.',
    badId:
      'La ligne {{row}} a un « {{column}} » vide ou répété : chaque membre a besoin de son propre identifiant.',
    noDiversify: 'Choisissez au moins un champ à diversifier.',
    notSeated: '{{id}} n’est pas placé à cette séance.',
    sameTable: '{{id}} est déjà à la table {{table}}.',
    movePinned: '{{id}} est fixé à la table {{table}} pour cette séance : retirez d’abord la fixation.',
    moveApart:
      '{{id}} doit être séparé de {{other}}, assis à la table {{table}} : choisissez une autre table.',
    noRule: 'Il n’y a pas de règle de table numéro {{id}}.',
    nothingToPrint:
      'Aucune séance n’a encore de plan de tables : composez d’abord les tables, puis imprimez-les.',
  },
  report: {
    notWritten: 'Le document n’a pas pu être écrit dans {{file}} : {{reason}}',
    notAvailable:
      'Le document « {{kind}} » n’est pas encore disponible ; cette version imprime : {{available}}.',
    noDraw: 'Aucun certificat de tirage à imprimer : aucun tirage de cette assemblée n’est encore terminé.',
    logoUnreadable: 'Le logo doit être une image PNG ou JPEG de 2 Mo au plus.',
    folderNotEmpty:
      'Le dossier {{dir}} n’est pas vide : choisissez un dossier nouveau ou vide pour les données ouvertes.',
  },
  contacts: {
    badDate: '{{date}} n’est pas un jour du calendrier : utilisez la forme AAAA-MM-JJ.',
    nextBeforeAttempt: 'L’action suivante ({{next}}) ne peut pas précéder la tentative ({{date}}).',
    nextNeedsDate: 'Indiquez le jour de l’action suivante « {{action}} ».',
    unknownValue: 'Il n’y a pas de réponse « {{value}} » dans la catégorie « {{category}} ».',
  },
}
