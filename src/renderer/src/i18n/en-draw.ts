/** English texts of the public draw (part of en.ts). */
export const enDraw = {
  noPool: 'The pool is empty. Import the registrations first, then set the quotas.',
  steps: {
    choose: { label: 'Method', text: 'Algorithm and reserves' },
    commit: { label: 'Commitment', text: 'Read out the codes' },
    seed: { label: 'Seed', text: 'Chosen in public' },
    result: { label: 'Panel', text: 'Who was drawn' },
  },
  algorithms: {
    leximin: {
      name: 'LEXIMIN',
      text: 'The fairest: gives everyone in the pool the highest possible minimum chance of being selected.',
    },
    maximin: {
      name: 'MAXIMIN',
      text: 'Raises the lowest chance as high as possible, but does not balance the other chances afterwards.',
    },
    legacy: {
      name: 'LEGACY',
      text: 'The old greedy method, one person at a time; for comparison or when a funder requires it.',
    },
  },
  choose: {
    estimate: {
      equal:
        'Expected time: a few seconds. These quotas let everyone in the pool ({{people}}) have the same chance.',
      seconds:
        'Expected time for this pool: under ten seconds ({{people}} people, {{classes}} kinds of people for the quotas).',
      minute:
        'Expected time for this pool: up to a minute ({{people}} people, {{classes}} kinds of people for the quotas).',
      minutes:
        'Expected time for this pool: several minutes ({{people}} people, {{classes}} kinds of people for the quotas). You can stop at any time and keep the best lottery found so far.',
      long: 'Expected time for this pool: it may take more than ten minutes ({{people}} people, {{classes}} kinds of people for the quotas). You can stop at any time and keep the best lottery found so far, with how far it is from the fairest.',
    },
    algorithm: 'How should the panel be drawn?',
    recommended: 'recommended',
    reserves: 'Reserves',
    reservesHint: 'People drawn in order after the panel, to replace those who drop out.',
    numbered: 'Publish a numbered list of {{count}} equally likely panels',
    numberedHint:
      'Observers get the list before the seed is chosen; the seed then picks one number from it, which anyone can check.',
    lotterySize: 'How many panels in the list',
    locksQuotas:
      'Preparing the draw locks the quotas and records the commitment in the audit log. Nobody is selected yet.',
    commitNote: 'Preparing records the commitment in the audit log. Nobody is selected yet.',
    prepare: 'Prepare the draw',
    prepareReplacement: 'Prepare the replacement draw',
    replacementText_one:
      '{{count}} seat is open. The replacement quotas are the original quotas minus the people still on the panel; their households are left out.',
    replacementText_other:
      '{{count}} seats are open. The replacement quotas are the original quotas minus the people still on the panel; their households are left out.',
  },
  stages: {
    draw: {
      starting: 'Starting…',
      working: 'Computing the lottery…',
      checking: 'Checking the quotas…',
      seeding: 'Finding a first set of panels…',
      optimising: 'Raising the lowest chances…',
      fixing: 'Fixing everyone’s chance, group by group…',
      finishing: 'Finishing the lottery…',
    },
  },
  prepare: {
    progress: 'Computing the lottery',
    panels_one: '{{number}} panel found',
    panels_other: '{{number}} panels found',
    minSoFar: 'Lowest chance so far: {{value}}',
    fixed_one: '{{number}} person’s chance fixed',
    fixed_other: '{{number}} people’s chances fixed',
    nextGroup: 'Stage {{round}}: raising the next group’s chance, now {{value}}',
    bound_one: 'The fairest possible is at most {{value}} (at most {{gap}} percentage point higher)',
    bound_other: 'The fairest possible is at most {{value}} (at most {{gap}} percentage points higher)',
    fixedOf_one: '{{number}} of {{people}} people’s chances fixed',
    fixedOf_other: '{{number}} of {{people}} people’s chances fixed',
    cancelHint: 'Nothing is recorded until the lottery is ready.',
    stopHint:
      'Stop here to use the best lottery found so far: a legitimate draw, recorded as stopped early with its lowest chance and how far it may be from the fairest. Cancel records nothing.',
    stop: 'Stop here and use this lottery',
    cancel: 'Cancel',
    cancelled: 'The draw was cancelled. Nothing was recorded.',
  },
  commit: {
    readOutTitle: 'Read these codes out or print them now, before the seed is chosen',
    readOut:
      'They fix the pool, the quotas, the method and the lottery. Once everyone has them, nobody can change the lottery to favour anyone: the seed chosen next decides the panel.',
    title: 'Draw no. {{id}}: the commitment',
    meta: '{{algorithm}} · {{seats}} seats from {{pool}} people · {{reserves}} reserves · prepared {{when}}',
    print: 'Print the draw sheet',
    inputHash: 'Code of the inputs (pool, quotas, method)',
    lotteryHash: 'Code of the lottery',
    hashHint:
      'Anyone with the assembly file can recompute these codes and re-run the draw with the seed: the result must be the same panel.',
    copy: 'Copy: {{label}}',
    chances: 'Everyone’s chance of being selected',
    legacy:
      'The LEGACY method does not compute a lottery, so there are no chances to show. The seed alone decides the panel.',
    continue: 'The codes were read out: choose the seed',
    tickets: 'Download the {{count}} numbered panels (CSV)',
    ticketsFile: 'draw-{{id}}-numbered-panels.csv',
  },
  stats: {
    min: 'Lowest chance',
    max: 'Highest chance',
    mean: 'Equal share (k/n)',
    gini: 'Gini',
    zero_one:
      '{{count}} person in the pool has no chance of being selected with these quotas. Check that this is intended before choosing the seed.',
    zero_other:
      '{{count}} people in the pool have no chance of being selected with these quotas. Check that this is intended before choosing the seed.',
    panels: 'Panels in the lottery',
    stoppedTitle: 'Stopped early, at the organiser’s request',
    stoppedLowest_one:
      'The lowest chance is {{lowest}}. No lottery could raise it above {{bound}}: it is at most {{gap}} percentage point below the fairest possible (certified).',
    stoppedLowest_other:
      'The lowest chance is {{lowest}}. No lottery could raise it above {{bound}}: it is at most {{gap}} percentage points below the fairest possible (certified).',
    stoppedLater:
      'The lowest chance, {{lowest}}, is the fairest possible (certified). The chances of {{fixed}} of {{people}} people were final; the others were still being raised (stage {{round}}) and keep at least {{lowest}}.',
    stoppedReplay:
      'The stopping point (after {{iterations}} steps) is recorded in the audit log: anyone re-running the draw gets this same lottery.',
    explain:
      'The equal share is the panel size divided by the pool size. Quotas push some chances above it and some below; a Gini of 0 would mean everyone had the same chance.',
  },
  chart: {
    title: 'Selection chance of each person in the pool, sorted',
    summary_one:
      'Chances of {{count}} person, sorted: from {{min}} to {{max}}; the equal share would be {{equal}}.',
    summary_other:
      'Chances of {{count}} people, sorted: from {{min}} to {{max}}; the equal share would be {{equal}}.',
    equal: 'Equal share for everyone: {{value}}',
    xAxis_one: '{{count}} person in the pool, from the lowest chance to the highest',
    xAxis_other: '{{count}} people in the pool, from the lowest chance to the highest',
    yAxis: 'Chance of selection',
  },
  discard: {
    button: 'Discard this prepared draw',
    title: 'Discard this prepared draw?',
    text: 'The commitment stays in the audit log, marked as discarded. Nobody is selected. You can then change what is needed and prepare a new draw.',
    confirm: 'Discard the draw',
    done: 'The prepared draw was discarded.',
  },
  seed: {
    intro:
      'Now choose the seed in public: roll dice, take tonight’s lottery numbers, or let the computer generate one in front of everyone.',
    label: 'The seed',
    hint: 'Type it exactly as announced, e.g. “4 2 6 1 3 5 5 2”. It is recorded as typed.',
    generate: 'Generate a seed',
    generateHint: '20 random digits from this computer’s secure random source.',
    back: 'Back to the codes',
    draw: 'Draw the panel',
  },
  result: {
    title: 'The panel was drawn',
    titleReplacement: 'The replacements were drawn',
    seed: 'Seed',
    drawnAt: 'Drawn',
    ticket: 'Number drawn',
    ticketOf: 'No. {{ticket}} of {{total}}',
    verifyHint:
      'The seed and the panel are recorded in the audit log. “Verify” re-runs the draw from the record and must find the same people.',
    panel: 'The panel: {{count}} of {{size}} seats held',
    statusHint: 'Record each person’s answer. A seat opens when someone declines or withdraws.',
    panelTable: 'The panel',
    columns: {
      id: 'Id',
      name: 'Name',
      chance: 'Chance',
      status: 'Answer',
      onPanel: 'On the panel',
      quota: 'Quota',
    },
    statusFor: 'Answer of {{name}}',
    statuses: {
      selected: 'No answer yet',
      confirmed: 'Confirmed',
      declined: 'Declined',
      withdrawn: 'Withdrew',
      contacted: 'Contacted',
      replaced: 'Replaced',
      attended: 'Attended',
      reserve: 'Reserve',
    },
    withdrawal: {
      title: 'Withdrawal of {{name}}',
      reason: 'Why did they withdraw?',
      confirm: 'Record the withdrawal',
      cancel: 'Cancel',
    },
    replacement: 'replacement',
    openSeats_one: '{{count}} seat is open',
    openSeats_other: '{{count}} seats are open',
    openSeatsText:
      'Draw replacements with the same public ceremony. The quotas for the open seats are the original quotas minus the people still on the panel.',
    replace_one: 'Draw {{count}} replacement',
    replace_other: 'Draw {{count}} replacements',
    composition: 'The panel by category (people holding a seat)',
    compositionOf: 'The panel by {{category}}',
    range: '{{min}}–{{max}}',
    within: 'Within the quota',
    outside: 'Outside the quota',
    reserves_one: 'Reserve list ({{count}} person, in order)',
    reserves_other: 'Reserve list ({{count}} people, in order)',
    reservesHint: 'If someone drops out, ask the reserves in this order, or draw replacements.',
    noReserves: 'No reserves were drawn.',
    reserveList: 'Reserves in order',
  },
  history: {
    title: 'Every draw of this assembly',
    empty: 'No draw yet.',
    columns: {
      id: 'No.',
      kind: 'Draw',
      algorithm: 'Method',
      seats: 'Seats',
      min: 'Lowest chance',
      committed: 'Prepared',
      seed: 'Seed',
      status: 'Status',
    },
    kinds: { initial: 'First draw', replacement: 'Replacements' },
    statuses: { committed: 'Waiting for the seed', completed: 'Drawn', discarded: 'Discarded' },
  },
} as const
