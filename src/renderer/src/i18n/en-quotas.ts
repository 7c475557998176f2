/** English texts of the quotas editor (part of en.ts). */
export const enQuotas = {
  title: 'Quotas & draw',
  intro:
    'Set how many people of each group the panel needs, check that such a panel exists, then draw it in public with a lottery that gives everyone the fairest possible chance.',
  tabs: { quotas: 'Quotas', draw: 'The draw', history: 'Draw history ({{count}})' },
  panelSize: 'Panel size',
  panelSizeHint: 'How many people the panel will have.',
  checkButton: 'Check the quotas',
  checking: 'Checking whether a panel can meet every quota and the one-per-household rule…',
  noCategories:
    'The pool has no categories yet. Import the registrations first; the quotas come from their categories.',
  advanced: 'Show flexibility limits (advanced)',
  advancedHint:
    'How far the check may lower a minimum or raise a maximum when it suggests changes. Empty means no limit.',
  fieldLabel: '{{field}} for {{value}} ({{category}})',
  tableLabel: 'Quotas for {{category}}',
  justificationPlaceholder: 'Why this target? e.g. census 2021',
  columns: {
    value: 'Value',
    pool: 'In the pool',
    population: 'Population share',
    ideal: 'Exact share',
    min: 'Minimum',
    max: 'Maximum',
    minFlex: 'Lowest allowed minimum',
    maxFlex: 'Highest allowed maximum',
    justification: 'Justification',
  },
  check: {
    ok: 'The minimums add up to {{min}} and the maximums to {{max}}: a panel of {{size}} fits.',
    minTooHigh:
      'The minimums add up to {{min}}, more than the panel of {{size}} people. Lower some minimums.',
    maxTooLow:
      'The maximums add up to only {{max}} (counting only people in the pool): a panel of {{size}} cannot be filled. Raise some maximums.',
    shares: 'The population shares add up to {{total}} %, not 100 %.',
    minAboveMax: 'The minimum is above the maximum; this row is not saved until it is fixed.',
    minFlexAboveMin:
      'The lowest allowed minimum is above the minimum; this row is not saved until it is fixed.',
    maxFlexBelowMax:
      'The highest allowed maximum is below the maximum; this row is not saved until it is fixed.',
    notEnoughPeople_one: 'Only {{count}} person in the pool has this value.',
    notEnoughPeople_other: 'Only {{count}} people in the pool have this value.',
  },
  shares: {
    button: 'Set from population shares',
    buttonFor: 'Set {{category}} from population shares',
    title: '{{category}}: set minimums and maximums from population shares',
    intro:
      'Each value’s exact share of the panel of {{size}} is computed from its population share, then rounded with the rule below.',
    none: 'Type the population share (%) of at least one value in the table first.',
    missing: 'No population share for: {{values}}. Their minimums and maximums stay as they are.',
    deviation: 'People allowed above and below',
    deviationHint: 'e.g. 1: a share of 10.4 people gives a minimum of 9 and a maximum of 11.',
    floor: 'Never below',
    floorHint: 'Every value present in the population gets at least this minimum.',
    apply: 'Set the minimums and maximums',
    done: 'The quotas of {{category}} were set from the population shares.',
  },
  result: {
    feasible: 'These quotas can be met',
    feasibleText:
      'At least one panel meets every minimum and maximum and the one-per-household rule. You can go on to the draw.',
    warnings: 'These quotas can be met, with warnings',
    infeasible: 'No panel can meet these quotas',
    together:
      'Each category works on its own, but not all of them together with the one-per-household rule: the people the quotas ask for are not in the pool in those combinations.',
    relaxation: 'The smallest change that makes them possible:',
    change: {
      min: '{{category}} {{value}}: minimum {{from}} → {{to}}',
      max: '{{category}} {{value}}: maximum {{from}} → {{to}}',
    },
    apply: 'Apply these changes',
    applied_one: '{{count}} quota was changed. Checking again…',
    applied_other: '{{count}} quotas were changed. Checking again…',
    noRelaxation:
      'No change within the flexibility limits makes these quotas possible. Widen the limits or change the quotas by hand.',
  },
  files: {
    import: 'Import quotas…',
    importLabel: 'Quota file (CSV)',
    imported: 'The quotas from {{file}} were imported.',
    export: 'Export quotas',
    formats: {
      'sortition-foundation': 'Sortition Foundation format (CSV)',
      panelot: 'Panelot format (CSV)',
    },
    fileName: {
      'sortition-foundation': 'quotas-sortition-foundation.csv',
      panelot: 'quotas-panelot.csv',
    },
  },
  lock: {
    button: 'Lock the quotas',
    title: 'Lock the quotas?',
    text: 'Locking records the panel size and every quota in the audit log as an official act, before the draw. Preparing the first draw locks them too.',
    warning: 'Once locked, the quotas can no longer be changed in this assembly.',
    confirm: 'Lock the quotas',
    done: 'The quotas are locked and recorded in the audit log.',
    badge: 'Locked on {{when}}',
    lockedText:
      'The quotas were locked and recorded in the audit log. They are shown as they were recorded and can no longer change.',
  },
} as const
