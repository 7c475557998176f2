/**
 * The sentences the core makes, in English: the one catalogue of messages (see messages.ts).
 * The CLI and `AppError.message` word them from here; the renderer loads this tree as
 * `core` in its English resources and a French tree of the same shape (fr-core.ts).
 * i18next syntax: `{{name}}` for a parameter, `_one` / `_other` for a plural on `count`.
 */
export const englishMessages = {
  common: {
    /** Several messages, one after the other. */
    sentences: '{{items}}',
    /** Text that is data, not a sentence of the app (a file's own words, a technical detail). */
    text: '{{text}}',
  },
  input: {
    invalid: 'The request is not valid.',
    invalidField: 'The value of “{{field}}” is not valid.',
    noChannel: 'There is no channel called “{{channel}}”.',
    jobRunning: 'Job {{job}} is already running.',
    jobGone: 'That job is not running any more.',
  },
  /** What a field of a form needs (the refusals of the shared zod schemas). */
  form: {
    commentText: 'Write the comment.',
    assemblyName: 'The assembly needs a name.',
    isoDate: 'Use the form YYYY-MM-DD.',
    chooseFile: 'Choose a file.',
    seed: 'Enter the seed.',
    recountReason: 'Say why the ballot is recounted.',
    recommendationCode: 'Give the recommendation a number, e.g. R1.',
    recommendationText: 'Write the text of the recommendation.',
    minorityStatement: 'Write the minority statement.',
    ballotTitle: 'Give the ballot a title.',
    ballotOptions: 'Add at least one option.',
    paperMarkedOrInvalid: 'A paper ballot is either marked or blank/spoiled.',
  },
  ballot: {
    thisBallot: 'This ballot',
    numbered: 'Ballot {{number}}',
    table: 'Table {{number}}',
    notOpenYet: 'This ballot is not open yet.',
    notOpenYetBecause: 'This ballot is not open yet. {{reason}}',
    countsNotPapers: 'This ballot is entered as totals per table, not paper by paper.',
    papersNotCounts: 'This ballot is entered paper by paper, not as totals per table.',
    marksOrInvalid: 'Ballot {{number}}: record either its marks or that it is blank or spoiled.',
    paperNotTyped: 'Operator {{operator}} has not typed a ballot number {{number}}.',
    unknownOption: '{{paper}} names “{{name}}”, which is not one of the options of this ballot.',
    wrongShape: '{{paper}} is not filled in the way a {{kind}} ballot is (expected {{expected}} marks).',
    sameOptionTwice: '{{paper}} marks the same option twice.',
    tooManyMarks:
      '{{paper}} has {{marks}} marks but at most {{max}} are allowed; if the paper really has them, record it as spoiled.',
    gradeOutOfScale: '{{paper}} gives “{{name}}” grade number {{grade}}, but the scale has {{grades}}.',
    tableTwice: 'Two tables are called “{{name}}”.',
    tableUnknownOption: '{{table}}: “{{option}}” is not one of the options of this ballot.',
    tableNumberPerGrade: '{{table}}: “{{option}}” needs one number per grade ({{width}}), not {{got}}.',
    tableOneNumber: '{{table}}: “{{option}}” needs one number, not {{got}}.',
    tableUnmarked:
      '{{table}}: {{unmarked}} blank, spoiled or abstaining ballots but only {{ballots}} ballots cast.',
    tableMarksAboveValid: '{{table}}: {{marks}} marks for “{{option}}” but only {{valid}} valid ballots.',
    tableMarksPerBallot:
      '{{table}}: {{marks}} marks on {{valid}} valid ballots is more than {{max}} per ballot.',
    methodNotForKind: 'A {{kind}} ballot cannot be counted by {{method}}; choose one of: {{methods}}.',
    entryNotForKind: 'A {{kind}} ballot can only be entered as {{modes}}.',
    optionTwice: '“{{name}}” is listed twice among the options.',
    yesNoAnswers: 'A yes/no ballot needs its two answers, e.g. “Yes” and “No”.',
    seatsAboveCandidates: '{{seats}} seats to fill but only {{candidates}} candidates.',
    oneSeatOnly: 'Only STV and CPO-STV fill more than one seat; set the seats to 1 or choose STV.',
    approvalsAboveOptions: 'At most {{max}} marks per ballot, but there are only {{options}} options.',
    gradesNeeded: 'Give the grades of the scale, worst first (at least two).',
    gradeTwice: 'The grade “{{name}}” is listed twice.',
    scoreNotNumber: 'Scores are numbers (e.g. 0 to 10); “{{grade}}” is not a number.',
    baseUnknown: 'The percentage base “{{base}}” is not known: use valid, all, present or options:<names>.',
    baseNotOption: 'The percentage base names “{{name}}”, which is not an option.',
    presentBaseOnlyChoice:
      'Percentages of the members present are only available for yes/no and single-choice ballots.',
    passOptionUnknown: 'The options that pass name “{{name}}”, which is not an option.',
    agreeGradeUnknown: 'The grades that count as agreement name “{{name}}”, which is not a grade.',
    noRecommendation: 'There is no recommendation number {{id}}.',
    opensAfterItself: 'A ballot cannot open after itself, directly or through other ballots.',
    opensAfterMissing: 'The ballot it opens after (number {{id}}) does not exist.',
    finalNoChange: 'This ballot has a final count and can no longer change; start a recount instead.',
    entriesFixKind:
      'Votes are already entered for this ballot: its kind and way of entry can no longer change.',
    finalNoDelete: 'This ballot has a final count: it stays in the record and cannot be deleted.',
    opensAfterThis: 'The ballot “{{title}}” opens after this one; change or delete it first.',
    noBallot: 'There is no ballot number {{id}}.',
    noCount: 'Ballot {{id}} has no count.',
    countFinal:
      'Count {{count}} of this ballot is final and can no longer change; start a recount to count it again.',
    recommendationCodeTaken: 'Another recommendation is already numbered {{code}}.',
    presentNeededForBase:
      'Enter the number of members present: this ballot gives its percentages of every member present.',
    votingAbovePresent: '{{voting}} members voted or abstained but only {{present}} are recorded as present.',
    cannotExport: 'This ballot cannot be exported yet: {{reason}}',
  },
  sequence: {
    opensIfPasses: 'Opens if “{{title}}” passes; it has not been counted yet.',
    opensIfFails: 'Opens if “{{title}}” does not pass; it has not been counted yet.',
    opensOnceDecided: 'Opens once “{{title}}” is decided.',
    notReachedFailed: 'Not reached: “{{title}}” did not pass.',
    notReachedPassed: 'Not reached: “{{title}}” passed.',
  },
  count: {
    operatorBMissing: 'Operator B has not typed the papers yet: every paper is typed twice.',
    operatorAMissing: 'Operator A has not typed the papers yet: every paper is typed twice.',
    reconcileFirst: '{{differences}} Reconcile them first.',
    differences_one: '{{count}} paper (number {{numbers}}) is not entered the same by operators A and B.',
    differences_other:
      '{{count}} papers (numbers {{numbers}}) are not entered the same by operators A and B.',
    differencesMore_one:
      '{{count}} paper (number {{numbers}} and {{more}} more) is not entered the same by operators A and B.',
    differencesMore_other:
      '{{count}} papers (numbers {{numbers}} and {{more}} more) are not entered the same by operators A and B.',
    operatorAOnly: "The result shown counts operator A's entries only.",
    ballotsCastNeeded: '{{table}}: enter how many ballots were cast.',
    noVotes: 'No votes have been entered yet.',
    tablesVsDeclared:
      'The tables add up to {{cast}} ballots but {{declared}} were declared in all; correct a table or the total.',
    castAbovePresent: '{{cast}} ballots are counted but only {{present}} members are present.',
    presentForQuorum: 'Enter the number of members present: the quorum is {{quorum}}.',
    quorumNotMet: 'The quorum is not met: {{present}} members present, {{quorum}} needed.',
    noSessionForBallot:
      'This ballot is not on any session’s agenda: choose the session whose attendance gives the members present.',
    tieByLotLater: 'A tie is decided by lot: the seed is drawn when the count is finalised.',
    alreadyFinal: 'Count {{count}} of this ballot is already final.',
    notFinal: 'The count cannot be finalised yet. {{reasons}}',
    noResult: 'There is no result to record.',
    recountOnlyFinal: 'Only a final count can be recounted; this one is still being entered.',
  },
  voteImport: {
    refused: 'This file cannot be imported: {{reason}}',
    wholeBallots: '{{where}} counts {{count}} ballots; only whole ballots can be entered.',
    scoresNoGrades: 'its scores are not whole numbers from 0 to 19 and it lists no grades.',
    severalMethods:
      'it counts the same ballots with several methods at once ({{method}}); a ballot here is counted by one method.',
    methodOverType: '{{method}} over {{type}} ballots is not a ballot this app can enter.',
    tallyAndBallots: 'it holds both a pre-aggregated tally and individual ballots.',
    notValidBallot: 'not a valid ballot',
    field: '{{field}}: {{problem}}.',
    tooManyBallots: 'it holds more than 1,000,000 ballots.',
    gradeNotListed: 'ballots[{{index}}] gives “{{name}}” the grade {{value}}, which is not in its grades.',
  },
  /** The notes a ballot exported as a vote-vector/1 file carries (in English, as the file is data). */
  voteExport: {
    source: 'Exported from Kleroterion: ballot {{ballot}}, count {{countNo}} ({{state}}).',
    final: 'final',
    entering: 'still being entered',
    totals:
      '{{cast}} ballots counted: {{valid}} valid, {{abstain}} abstentions, {{blank}} blank, {{spoiled}} spoiled.',
    approvalsAsBallots: 'Entered as totals per option: each approval is written as a ballot of its own.',
    present: '{{present}} members present.',
  },
  ties: {
    replayed: 'replayed the recorded lot ({{how}})',
    byLot: 'by lot',
    drawn: 'drawn by lot with seed “{{seed}}”',
    previousTied: 'previous rounds also tied; {{how}}',
    earliestCandidateOrder: 'listed earliest in the candidate order',
    latestCandidateOrder: 'listed latest in the candidate order',
    earliestPermutation: 'listed earliest in the seeded permutation',
    latestPermutation: 'listed latest in the seeded permutation',
    mostVotes: 'most votes in round {{round}}',
    fewestVotes: 'fewest votes in round {{round}}',
    recordedByCount: 'recorded by count {{count}}',
    jointWinners: 'The remaining candidates could not be separated: joint winners.',
    cpoSchulze: 'No outcome beat every other; Schulze (margins) over the outcomes decided.',
    lockedInCandidateOrder: 'Too many equally strong defeats: they were locked in candidate order.',
  },
  voteVector: {
    notJson: 'The file is not valid JSON: {{detail}}',
    unknownName: '{{where}} names “{{name}}”, which is not one of the candidates.',
    overvoteAlone: '{{where}}: “{{label}}” must stand alone at its rank.',
    candidateTwice: 'candidates: a candidate is listed twice.',
    excludedIsCandidate: 'rules.excluded_candidates: “{{name}}” is also a candidate.',
    seatsAboveCandidates: 'seats: {{seats}} seats but only {{candidates}} candidates.',
    noBallots: 'The election has neither “ballots” nor a pre-aggregated “tally”.',
    wrongShape: 'ballots[{{index}}]: a {{kind}} ballot in an election whose ballot_type is “{{type}}”.',
    tallyNeedsGrades: 'A pre-aggregated “tally” needs the list of “grades”.',
    tallyUnknownName: 'tally names “{{name}}”, which is not one of the candidates.',
    tallyWidth: 'tally.{{name}}: {{counts}} counts for {{grades}} grades.',
    gradeTwice: 'grades: a grade is listed twice.',
    forcedTiebreaks: 'expected.forced_tiebreaks: {{detail}}',
    notObject: 'Not a vote-vector/1 election: the file must hold one JSON object.',
    formatMissing: 'Not a vote-vector/1 election: “format” is missing.',
    formatWrong: 'Not a vote-vector/1 election: “format” is {{format}}.',
    notValid: 'Not a valid vote-vector/1 election: {{detail}}',
    ruleUnknown:
      'This app cannot read the rule {{where}} = {{value}}. Nothing was counted: a count under another rule would not be the count asked for (README, “Rule forms”).',
    ruleNotRead:
      'The rule {{where}} = {{value}} is not one the {{method}} count reads. Nothing was counted: the count would ignore it (README, “Rule forms”).',
    ruleUnreadable:
      'This app cannot read the rule {{where}} = {{value}}: it reads {{forms}}. Nothing was counted (README, “Rule forms”).',
  },
  tally: {
    unknownQuota: 'options.quota: unknown quota “{{quota}}” (droop, hagenbach-bischoff, hare, imperiali).',
    unknownGrade: 'A ballot gives the grade “{{grade}}”, which is not in “grades”.',
    unknownBalancing: 'options.balancing: unknown balancing “{{balancing}}”.',
    unknownStvRule: 'Unknown STV rule “{{rule}}”.',
    cpoTooMany: 'CPO-STV would compare {{outcomes}} outcomes; at most {{max}} are supported.',
    kemenyTooMany:
      'Kemeny–Young is computed exactly and supports at most {{max}} candidates (got {{count}}).',
    rctabNotNumber: 'rules.rctab.{{name}}: “{{value}}” is not a number.',
    rctabNotSupported: 'rules.rctab.{{name}}: “{{value}}” is not supported (use {{allowed}}).',
    unknownAggregate: 'options.aggregate: unknown score aggregate “{{aggregate}}”.',
    notAGrade: 'options.agree_options: “{{name}}” is not a grade.',
    twoGrades: 'An agreement scale needs at least two grades.',
    unknownTransfer: 'options.transfer: unknown STV rule “{{rule}}”.',
    baseNamesNonOption: 'options.percentage_base names “{{name}}”, not an option.',
    unknownBase: 'options.percentage_base: unknown base “{{base}}”.',
    passNamesNonOption: 'options.pass_options names “{{name}}”, which is not an option.',
    variantUnknown: 'This app does not count the variant “{{name}}”.',
  },
  quotas: {
    panelAbovePool: 'The panel size {{k}} is larger than the pool ({{n}} people).',
    householdCapacity:
      'Only {{capacity}} people can sit together under the household rule (one per household), fewer than the panel size {{k}}.',
    minimumsAbove: '{{category}}: the minimums add up to {{sum}}, more than the panel size {{k}}.',
    maximumsBelow: '{{category}}: the maximums add up to {{sum}}, fewer than the panel size {{k}}.',
    minAboveAvailable_one:
      '{{category}}:{{value}}: the minimum is {{min}} but only {{count}} person in the pool can be chosen together.',
    minAboveAvailable_other:
      '{{category}}:{{value}}: the minimum is {{min}} but only {{count}} people in the pool can be chosen together.',
    changeMin: '{{category}}:{{value}} minimum {{from}} → {{to}}',
    changeMax: '{{category}}:{{value}} maximum {{from}} → {{to}}',
    infeasible: 'No panel of {{k}} can meet these quotas.{{why}}{{fix}}',
    why: ' {{reasons}}',
    smallestChange: ' Smallest change that would make it possible: {{changes}}.',
    noChange: ' No change within the allowed flexibility (min_flex/max_flex) makes it possible.',
    legacyFailed:
      'LEGACY found no panel meeting the quotas in {{attempts}} attempts; the quotas may be infeasible or too tight for the greedy method.',
    noValue: 'There is no value “{{value}}” in the category “{{category}}”.',
    minAboveMax: '{{category}}: {{value}}: the minimum {{min}} is above the maximum {{max}}.',
    minFlexAboveMin: '{{category}}: {{value}}: the lowest minimum {{minFlex}} is above the minimum {{min}}.',
    maxFlexBelowMax: '{{category}}: {{value}}: the highest maximum {{maxFlex}} is below the maximum {{max}}.',
    panelSizeBeforeLock: 'Set the panel size before locking the quotas.',
    panelSizeFirst: 'Set the panel size first.',
    noCategory: 'There is no category “{{category}}”.',
    fileUnknownValues: 'The quota file names values the pool does not have: {{values}}. Nothing was changed.',
    fileColumns:
      'The quota file needs the columns category,feature,min,max (Panelot) or feature,value,min,max (Sortition Foundation); it has {{columns}}.',
    fileNotNumber: 'Quota file line {{line}}: {{name}} must be a whole number ≥ 0, got “{{text}}”.',
    fileBlank: 'Quota file line {{line}}: the category or value is blank.',
    fileMinAboveMax: '{{where}}: min {{min}} is above max {{max}}.',
    fileMinFlex: '{{where}}: min_flex {{minFlex}} is above min {{min}}.',
    fileMaxFlex: '{{where}}: max_flex {{maxFlex}} is below max {{max}}.',
    fileLine: 'Quota file line {{line}} ({{category}}:{{value}})',
    fileNoRows: 'The quota file has no rows.',
  },
  sortition: {
    cancelled: 'The draw was cancelled.',
    panelSize: 'The panel size must be a whole number of at least 1, got {{k}}.',
    quotaTwice: 'The quota “{{category}}:{{value}}” appears twice.',
    blankId: 'Respondent {{number}} has a blank id.',
    idTwice: 'The respondent id “{{id}}” appears twice.',
    noValue: 'Respondent “{{id}}” has no value for “{{category}}”.',
    valueNotInQuotas: 'Respondent “{{id}}” has {{category}} “{{value}}”, which has no row in the quota file.',
    lotterySize: 'The lottery size must be a whole number ≥ 1, got {{m}}.',
    csvInvalid: 'The {{what}} is not valid CSV: {{detail}}',
    csvEmpty: 'The {{what}} is empty.',
    quotaFile: 'quota file',
    respondentsFile: 'respondents file',
    idColumn: 'id',
    categoryColumn: 'category',
    householdColumn: 'household',
    respondentsColumnTwice: 'The respondents file has the column “{{column}}” twice.',
    respondentsNoColumn: 'The respondents file has no {{what}} column “{{name}}” (columns: {{columns}}).',
  },
  draw: {
    alreadyCompleted: 'This draw has already been completed.',
    seedNeeded: 'Enter the seed chosen in public.',
    noDraw: 'There is no draw number {{id}}.',
    waitingForSeed: 'A draw is already waiting for its seed. Enter the seed or discard it first.',
    onlyWaitingDiscarded: 'Only a draw still waiting for its seed can be discarded.',
    everySeatFilled: 'Every seat is filled: there is nobody to replace.',
    notOnPanel: '{{id}} is not on the panel.',
    notRounded: 'This draw was not rounded to a numbered list of panels.',
  },
  /** What `verify` finds when it compares the official records with the audit log. */
  verify: {
    olderFormat:
      '{{name}} is in an older file format ({{version}}; this version checks format {{current}}). Open it once in the app to bring it up to date, then verify it: verify never changes a file.',
    poolNotCovered:
      'The pool was imported before pool imports were recorded in the audit log: it is not covered.',
    poolChanged:
      'pool: the people, households or category answers ({{people}} people now) differ from those recorded at entry {{seq}}',
    quotasUnlocked: 'quotas: they were locked at entry {{seq}} but are no longer locked',
    quotasNotInLog: 'quotas: they are locked, but the lock is not in the audit log',
    panelSizeChanged: 'quotas: the panel size differs from the one locked before the draw',
    quotaChanged: 'quota of {{value}} ({{category}}) differs from the quotas locked before the draw',
    panelNotDrawn: 'panel: {{person}} is listed but was never drawn',
    panelMissing: 'panel: {{person}} was drawn but is not listed',
    panelPlace: 'panel: {{person}} is listed in another place (panel or reserve rank) than the draw gave',
    panelStatus: 'panel: {{person}} is “{{found}}” but the audit log says “{{expected}}”',
    recommendationNotInLog: 'recommendation {{code}} is not in the audit log',
    recommendationMissing:
      'recommendation {{code}} was recorded in the audit log but is no longer in the file',
    recommendationText:
      'recommendation {{code}}: the text of version {{version}} differs from the one recorded',
    recommendationCurrent:
      'recommendation {{code}}: the current version is not its last recorded one ({{version}})',
    recommendationStatus: 'recommendation {{code}} is “{{found}}” but the audit log says “{{expected}}”',
    ballotNotInLog: 'ballot “{{ballot}}” is in the file but its creation is not in the audit log',
    countReopened: 'ballot “{{ballot}}”, count {{count}}: finalised in the audit log but now open for entry',
    countNotInLog:
      'ballot “{{ballot}}”, count {{count}}: marked final, but its finalisation is not in the audit log',
    countSuperseded:
      'ballot “{{ballot}}”, count {{count}}: marked superseded, but no recount is in the audit log',
    countResult:
      'ballot “{{ballot}}”, count {{count}}: the stored result differs from the one recorded at finalisation',
    countEntries:
      'ballot “{{ballot}}”, count {{count}}: its papers, table totals or members present differ from those recorded at finalisation',
    ballotSettings: 'ballot “{{ballot}}”: its settings differ from those count {{count}} was finalised under',
    countRecount:
      'ballot “{{ballot}}”, count {{count}}: counting its stored entries again gives a different result',
    countMissing: 'a count finalised at entry {{seq}} is no longer in the file',
    countEntriesNotCovered:
      'Ballot “{{ballot}}”, count {{count}} was finalised before entries were fingerprinted: its result is recounted, its entries are not compared.',
    workingData:
      'Working data: drafts, counts still being entered, notes and comments, contact details, attendance, sessions and table plans.',
    keyNotAvailable:
      'This version does not sign audit entries yet, so --key cannot be checked: verify without it, and compare the head hash with the one printed (--expect-head).',
    headNotInChain: 'the head hash {{head}} is not in this file’s audit chain',
  },
  /** What `verify` finds when it re-runs a recorded draw. */
  drawCheck: {
    notInLog: 'draw {{id}} is missing from the audit log',
    inputsChanged: 'draw {{id}}: the recorded pool or quotas do not match the hash committed before the seed',
    lotteryChanged: 'draw {{id}}: the recorded lottery does not match the one committed before the seed',
    otherRules:
      'draw {{id}} was made under {{rules}}; this version implements {{current}}, so its lottery was checked against its commitment, not recomputed',
    lotteryDiffers: 'draw {{id}}: re-running {{algorithm}} on the recorded inputs gives a different lottery',
    seedDiffers: 'draw {{id}}: the recorded seed differs from the audit log',
    panelDiffers: 'draw {{id}}: drawing again with the recorded seed gives a different panel',
  },
  pool: {
    noColumn: 'The file has no {{what}} column “{{header}}” (its columns: {{columns}}).',
    noSuchColumn: 'The file has no such column.',
    mappingWidth: 'The mapping has {{mapped}} columns but the file has {{columns}}.',
    oneIdColumn: 'Only one column can be the person’s id.',
    personGone: 'This person is no longer in the pool.',
    nothingToAdd: 'Nothing to add.',
    idTaken: 'Someone with the id “{{id}}” is already in the pool.',
    rowProblem: '{{reason}}',
    tooLarge: '{{name}} is {{size}} MB, too large for a registration list.',
    oldExcel: '{{name}} is an old Excel (.xls) file; save it as .xlsx or CSV in Excel first.',
    notCsv:
      '“{{name}}” could not be read as CSV near line {{line}}: {{detail}}. Open it in a spreadsheet, save it again as CSV or Excel (.xlsx), and choose that file.',
    csvQuote: 'a quotation mark (") is opened and never closed',
    csvColumns: 'its lines could not be split into columns',
    empty:
      '“{{name}}” is empty: there is nothing in it to import. Check that you chose the right file; if it is an export, export it again.',
    noRows:
      '“{{name}}” has a header row but no registrations under it. Export the registrations again, or choose the file that holds them.',
    binary:
      '“{{name}}” is not a CSV text file: it holds binary data (perhaps a picture, a PDF or another kind of file renamed .csv). Export the registrations from your form or spreadsheet as CSV or Excel (.xlsx), and choose that file.',
    tooManyRows: '{{name}} has more than {{max, number}} rows; split it into smaller files.',
    sheetTooManyRows:
      '{{name}}: the sheet “{{sheet}}” has more than {{max, number}} rows; split it into smaller files.',
    excelDamaged: '{{name}}: this Excel file is damaged and could not be read.',
    noSheet: '{{name}} has no sheet called “{{sheet}}” (it has: {{sheets}}).',
    sheetEmpty: '{{name}}: the sheet is empty.',
    notXlsx:
      '{{name}}: this is not a valid Excel (.xlsx) file; it may be damaged, or saved in another format.',
    zipBomb:
      '{{name}}: the workbook declares {{size}} MB of content when unpacked, far more than a registration list needs. It was not opened (this protects the computer from damaged or malicious files).',
    zipDamaged: '{{name}}: this Excel file is damaged.',
  },
  audit: {
    entryMissing: 'entry {{seq}} is missing (the next entry is number {{next}})',
    notFollowing: 'entry {{seq}} does not follow entry {{previous}}',
    notJson: 'entry {{seq}} has a payload that is not valid JSON',
    notCanonical: 'entry {{seq}} has a payload that is not in canonical form',
    changed: 'entry {{seq}} was changed after it was recorded',
  },
  profile: {
    endBeforeStart: 'The last day cannot come before the first day.',
  },
  sessions: {
    noSession: 'There is no session number {{id}}.',
    noBlock: 'There is no block number {{id}}.',
    noSpeaker: 'There is no speaker number {{id}} in the register.',
    noBallot: 'There is no ballot number {{id}} in Votes.',
    ballotOnlyForVoting: 'Only a voting block names a ballot.',
    endBeforeStart: 'A session must end after it starts.',
    phaseTwice: 'Name each phase of a session once.',
    noPlace: 'There is no place {{index}} in this session: it has {{count}} blocks.',
    sessionHasQuestions_one:
      '“{{session}}” cannot be deleted: {{count}} members’ question was asked in it. Move that question to another session or delete it first.',
    sessionHasQuestions_other:
      '“{{session}}” cannot be deleted: {{count}} members’ questions were asked in it. Move those questions to another session or delete them first.',
    sessionHasAttendance_one:
      '“{{session}}” cannot be deleted: {{count}} member’s attendance is recorded for it (People). Remove that record first.',
    sessionHasAttendance_other:
      '“{{session}}” cannot be deleted: the attendance of {{count}} members is recorded for it (People). Remove those records first.',
    blockIn: '“{{block}}” in {{session}}',
    speakerOnBlocks_one:
      '{{name}} cannot be deleted: they speak in {{blocks}}. Take them off that block first.',
    speakerOnBlocks_other:
      '{{name}} cannot be deleted: they speak in {{count}} blocks: {{blocks}}. Take them off those blocks first.',
    speakerHasQuestions_one:
      '{{name}} cannot be deleted: {{count}} members’ question is assigned to them. Assign it to someone else first.',
    speakerHasQuestions_other:
      '{{name}} cannot be deleted: {{count}} members’ questions are assigned to them. Assign them to someone else first.',
    question: {
      none: 'There is no members’ question number {{id}}.',
      shareNeedsAnswer: 'A question is shared with members once it has an answer: write the answer first.',
    },
    check: {
      where: '“{{block}}” ({{session}}, {{time}})',
      doubleBooked: '{{person}} is in two places at once: {{first}} and {{second}}.',
      roomTwice: '{{room}} is used twice at the same time: {{first}} and {{second}}.',
      noBreak:
        '{{session}}: {{count}} minutes without a break, from {{from}} to {{to}}. Plan a break at least every 90 minutes.',
      pastEnd: '{{session}} runs until {{until}}, {{count}} minutes past its planned end at {{end}}.',
      doesNotFit:
        '“{{block}}” is fixed at {{fixed}}, but “{{previous}}” before it ends at {{previousEnd}}: {{count}} minutes no longer fit. Shorten or move a block before it.',
      votingNoBallot:
        '{{block}} is a voting block but names no ballot: create the ballot in Votes, then link it to the block.',
    },
    kind: {
      arrival: 'Arrival and sign-in',
      welcome: 'Welcome',
      'ground-rules': 'Ground rules',
      evidence: 'Evidence',
      qa: 'Q&A',
      'table-discussion': 'Table discussion',
      'plenary-feedback': 'Plenary feedback',
      break: 'Break',
      meal: 'Meal',
      drafting: 'Drafting',
      voting: 'Voting',
      evaluation: 'Evaluation',
      close: 'Close',
      other: 'Other',
    },
  },
  people: {
    notDrawn: '{{id}} is not on the panel or the reserve list.',
    notAllowed: 'A member who is “{{from}}” cannot become “{{to}}”.',
    reserveOnlyContacted:
      'Someone on the reserve list can only be marked as contacted: a reserve joins the panel through a replacement draw.',
    withdrawalReason: 'Say why the member withdrew.',
    reserveNoAttendance: 'Someone on the reserve list is not on the panel: there is no attendance to record.',
    notConfirmedYet: 'This member is “{{status}}”: only members who confirmed can be marked at a session.',
    lateNeedsTime: 'A late arrival needs the time they arrived.',
    leftNeedsTime: 'Leaving early needs the time they left.',
    absentNoTimes: 'An absent member has no time of arrival or departure.',
    leftBeforeArrived: 'The time they left must come after the time they arrived.',
    alreadyCheckedIn: '{{name}} is already checked in (at {{time}}).',
    status: {
      selected: 'selected',
      reserve: 'reserve',
      contacted: 'contacted',
      confirmed: 'confirmed',
      declined: 'declined',
      withdrawn: 'withdrawn',
      replaced: 'replaced',
      attended: 'attended',
    },
  },
  tables: {
    cancelled: 'The table plan was cancelled.',
    noTables: 'Give at least one table.',
    tooManyTables:
      '{{tables}} tables for {{members}} members in {{round}}: choose at most {{members}} tables (or seat more members).',
    noMembers: 'Nobody is to be seated in {{round}}: mark the members present or choose other sessions.',
    unknownMember: '{{id}} is not among the members to seat.',
    clusterTooLarge:
      '{{what}} gathers {{size}} members in {{round}}, more than a table holds ({{max}}): use fewer tables or cluster on another field.',
    pinOutside: '{{id}} is pinned to table {{table}}, but there are only {{tables}} tables.',
    pinsContradict:
      '{{first}} and {{second}} must sit together but are pinned to different tables ({{firstTable}} and {{secondTable}}) in {{round}}: remove one of the pins.',
    pinsApart:
      '{{first}} and {{second}} are to be kept apart but are both pinned to table {{table}} in {{round}}: remove one of the pins.',
    pinsOverfull:
      'Table {{table}} holds {{max}} members in {{round}} but {{count}} are pinned or clustered to it: move some pins.',
    apartTogether:
      '{{first}} and {{second}} are to be kept apart but must also sit together (same cluster or a keep-together pair): remove one of the two requests.',
    apartImpossible:
      'The keep-apart pairs cannot all be met in {{round}} ({{id}} has no table left): remove a keep-apart pair or add a table.',
    cannotPack:
      'The clusters cannot be packed into {{tables}} tables of {{min}}–{{max}} members in {{round}}: use fewer tables or smaller clusters.',
    round: 'round {{number}}',
    cluster: 'The cluster “{{value}}”',
    together: 'The group kept together around {{id}}',
    noPlan: 'Session {{session}} has no table plan yet: plan it first.',
    noSession: 'There is no session number {{session}}.',
    unknownField: 'There is no category or field called “{{field}}” to diversify or cluster on.',
    badId: 'Row {{row}} has an empty or repeated “{{column}}”: every member needs their own id.',
    noDiversify: 'Choose at least one field to diversify.',
    notSeated: '{{id}} is not seated in this session.',
    sameTable: '{{id}} already sits at table {{table}}.',
    movePinned: '{{id}} is pinned to table {{table}} in this session: remove the pin first.',
    moveApart:
      '{{id}} is to be kept apart from {{other}}, who sits at table {{table}}: choose another table.',
    noRule: 'There is no table rule number {{id}}.',
    nothingToPrint: 'No session has a table plan yet: plan the tables first, then print them.',
  },
  report: {
    notWritten: 'The document could not be written to {{file}}: {{reason}}',
    notAvailable: 'The “{{kind}}” document is not available yet; this version prints: {{available}}.',
    noDraw: 'There is no draw certificate to print: no draw of this assembly is complete yet.',
    logoUnreadable: 'The logo must be a PNG or JPEG image of at most 2 MB.',
    folderNotEmpty: 'The folder {{dir}} is not empty: choose a new or empty folder for the open data.',
  },
  contacts: {
    badDate: '{{date}} is not a day of the calendar: use the form YYYY-MM-DD.',
    nextBeforeAttempt: 'The next action ({{next}}) cannot come before the attempt ({{date}}).',
    nextNeedsDate: 'Give the day of the next action “{{action}}”.',
    unknownValue: 'There is no answer “{{value}}” in the category “{{category}}”.',
  },
} as const
