import { AppError } from '../../../shared/errors.ts'
import { msg } from '../../../shared/messages.ts'
import { irvRules, methodFacts, scoreAggregates, type MethodName } from '../../../shared/counting-methods.ts'
import type { VoteVector } from '../../../shared/vote-vector.ts'
import { droopRules } from '../methods/stv-droop.ts'

/**
 * Every rule a vote-vector/1 file can give in `options` and `rules`, the methods that read it
 * and the values they read (README, "Rule forms"). A key that is not here, a key the method
 * does not read, or a value outside its form is refused before anything is counted: a count
 * must apply the rule it was given or say which rule it cannot read, never count under a
 * default instead.
 */

type Doc = VoteVector
/** Whether the value is one the method reads; false, or the forms it reads (shown in the refusal). */
type Check = (value: unknown, doc: Doc) => true | string

type RuleForm = {
  /** The methods that read the rule, or a test on the file. */
  readBy: readonly MethodName[] | ((doc: Doc) => boolean)
  check: Check
}

const ranked = (doc: Doc) => methodFacts(doc.method).kind === 'ranking' || doc.method === 'condorcet_family'
const stvRule = (doc: Doc): string =>
  doc.options?.transfer ?? (doc.rules?.rctab ? 'rctab' : stvRuleFromVariant(doc.method_variant ?? ''))

/** The free-text variants stv.ts reads (stvRuleOf), else the Scottish rules. */
function stvRuleFromVariant(variant: string): string {
  const text = variant.toLowerCase()
  if (text.startsWith('condorcet php stv')) return 'gregory'
  if (text.startsWith('albany stv')) return 'albany'
  return 'scotland'
}

const quoted = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ')
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    (typeof v === 'string' && values.includes(v)) || quoted(values)
/** Free text whose leading word (before ':' or a space) is one of `words`, case-insensitively. */
const leadingWord =
  (words: readonly string[], form: string): Check =>
  (v) =>
    (typeof v === 'string' &&
      words.includes(
        v
          .trim()
          .split(/[\s:(]/)[0]
          ?.toLowerCase() ?? '',
      )) ||
    form
const isBool: Check = (v) => typeof v === 'boolean' || 'true or false'
const percent: Check = (v) => (typeof v === 'number' && v >= 0 && v <= 100) || 'a number from 0 to 100'
const wholeAtLeast =
  (min: number): Check =>
  (v) =>
    (typeof v === 'number' && Number.isInteger(v) && v >= min) || `a whole number ≥ ${min}`
const anyText: Check = (v) => typeof v === 'string' || 'text'

const candidateList: Check = (v, doc) =>
  (Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === 'string' && doc.candidates.includes(n))) ||
  'a list of the options'
const gradeList: Check = (v, doc) =>
  (Array.isArray(v) && v.every((g) => typeof g === 'string' && (doc.grades ?? []).map(String).includes(g))) ||
  'a list of the grades'
const bandList: Check = (v) =>
  (Array.isArray(v) &&
    v.every(
      (b) =>
        typeof b === 'object' &&
        b !== null &&
        typeof (b as Record<string, unknown>)['label'] === 'string' &&
        typeof (b as Record<string, unknown>)['min_percent'] === 'number',
    )) ||
  'a list of {"label", "min_percent", "strict"}'

const percentageBase: Check = (v, doc) => {
  const form = doc.method === 'plurality' ? '"valid"' : '"valid", "all" or "options:A,B" (options named)'
  if (typeof v !== 'string') return form
  const base = v.trim()
  if (base === 'valid') return true
  if (doc.method === 'plurality') return form
  if (base === 'all') return true
  if (!base.startsWith('options:')) return form
  const names = base
    .slice('options:'.length)
    .split(',')
    .map((n) => n.trim())
  return names.every((n) => doc.candidates.includes(n)) || form
}

/** "this grade or better" and "these grades" must name the same grades when both are given. */
const agreeFrom: Check = (v, doc) => {
  const grades = (doc.grades ?? []).map(String)
  if (typeof v !== 'string' || !grades.includes(v)) return 'one of the grades'
  const listed = doc.options?.agree_options
  if (!listed) return true
  const implied = grades.slice(grades.indexOf(v))
  return (
    (listed.length === implied.length && implied.every((g) => listed.includes(g))) ||
    `one of the grades, naming the same grades as options.agree_options (${quoted(listed)})`
  )
}

/** Droop-rule STV arithmetic: read by the Droop rules only (stv-droop.ts). */
const droopOnly = (doc: Doc) =>
  doc.method === 'stv' && (droopRules as readonly string[]).includes(stvRule(doc))

/** rules.rctab: the RCTab settings rctab-config.ts reads, and those it does not need. */
const rctabSettings: Record<string, Check> = {
  tiebreakMode: oneOf([
    'useCandidateOrder',
    'random',
    'previousRoundCountsThenRandom',
    'generatePermutation',
  ]),
  overvoteRule: oneOf(['exhaustImmediately', 'alwaysSkipToNextRank', 'exhaustIfMultipleContinuing']),
  winnerElectionMode: oneOf([
    'singleWinnerMajority',
    'multiWinnerAllowOnlyOneWinnerPerRound',
    'multiWinnerAllowMultipleWinnersPerRound',
  ]),
  numberOfWinners: (v) => Number.isInteger(Number(v)) || 'a whole number',
  decimalPlacesForVoteArithmetic: (v) => Number.isInteger(Number(v)) || 'a whole number',
  minimumVoteThreshold: (v) => Number.isFinite(Number(v)) || 'a number',
  maxSkippedRanksAllowed: (v) =>
    v === 'unlimited' || Number.isInteger(Number(v)) || 'a whole number or "unlimited"',
  maxRankingsAllowed: (v) => v === 'max' || Number.isInteger(Number(v)) || 'a whole number or "max"',
  nonIntegerWinningThreshold: (v) =>
    typeof v === 'boolean' || v === 'true' || v === 'false' || 'true or false',
  doesFirstRoundDetermineThreshold: (v) =>
    typeof v === 'boolean' || v === 'true' || v === 'false' || 'true or false',
  hareQuota: (v) => typeof v === 'boolean' || v === 'true' || v === 'false' || 'true or false',
  batchElimination: (v) => typeof v === 'boolean' || v === 'true' || v === 'false' || 'true or false',
  continueUntilTwoCandidatesRemain: (v) =>
    typeof v === 'boolean' || v === 'true' || v === 'false' || 'true or false',
  exhaustOnDuplicateCandidate: (v) =>
    typeof v === 'boolean' || v === 'true' || v === 'false' || 'true or false',
  undeclaredWriteInLabel: anyText,
  randomSeed: (v) => typeof v === 'string' || typeof v === 'number' || 'text or a number',
  // Blank ballots as undeclared write-ins is not implemented: only its default (false) is read.
  treatBlankAsUndeclaredWriteIn: (v) =>
    v === false || v === 'false' || 'false (blank papers as write-ins is not counted by this app)',
}

const optionForms: Record<string, RuleForm> = {
  strength: {
    readBy: (doc) => methodFacts(doc.method).strengths.length > 0,
    check: (v, doc) => oneOf(methodFacts(doc.method).strengths)(v, doc),
  },
  quota: {
    readBy: (doc) => doc.method === 'cpo_stv' || (doc.method === 'stv' && stvRule(doc) === 'gregory'),
    check: leadingWord(
      ['droop', 'hagenbach-bischoff', 'hare', 'imperiali'],
      '"droop", "hagenbach-bischoff", "hare" or "imperiali" (a formula may follow a colon)',
    ),
  },
  completion: {
    readBy: ['cpo_stv'],
    check: (v) => (typeof v === 'string' && /^schulze margin/i.test(v.trim())) || '"Schulze margin"',
  },
  borda_start: { readBy: ['borda'], check: (v) => v === 0 || v === 1 || '0 or 1' },
  /** Condorcet PHP's description of Borda points: "n..1" (start 1) or "n-1..0" (start 0). */
  points: {
    readBy: ['borda'],
    check: (v, doc) => {
      if (typeof v !== 'string') return '"n..1" or "n-1..0"'
      const start = v.trim().startsWith('n..1') ? 1 : v.trim().startsWith('n-1..0') ? 0 : null
      if (start === null) return '"n..1" or "n-1..0"'
      return (
        (doc.options?.borda_start ?? 1) === start ||
        `"n..${doc.options?.borda_start ?? 1}…", as options.borda_start says`
      )
    },
  },
  contestation_favoured: { readBy: ['majority_judgment'], check: isBool },
  balancing: {
    readBy: ['majority_judgment'],
    check: leadingWord(
      ['staticdefault', 'mediandefault', 'normalized'],
      '"StaticDefault", "MedianDefault" or "Normalized" (a description may follow a colon)',
    ),
  },
  static_default_grade_index: {
    readBy: ['majority_judgment'],
    check: (v, doc) =>
      (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < (doc.grades?.length ?? 0)) ||
      'the index of a grade (0 = the worst)',
  },
  aggregate: { readBy: ['score'], check: oneOf(scoreAggregates) },
  transfer: {
    readBy: ['stv'],
    check: (v, doc) => {
      const rules = ['rctab', 'gregory', 'albany', ...droopRules]
      if (doc.rules?.rctab && v !== 'rctab') return '"rctab" (the file gives rules.rctab)'
      return oneOf(rules)(v, doc)
    },
  },
  irv_rule: {
    readBy: (doc) => doc.method === 'irv' && !doc.rules?.rctab,
    check: oneOf(irvRules),
  },
  threshold_percent: { readBy: ['single_choice_majority', 'graded_agreement'], check: percent },
  threshold_strict: { readBy: ['single_choice_majority', 'graded_agreement'], check: isBool },
  percentage_base: {
    readBy: ['single_choice_majority', 'single_choice_distribution', 'plurality'],
    check: percentageBase,
  },
  pass_options: { readBy: ['single_choice_majority'], check: candidateList },
  agree_options: { readBy: ['graded_agreement'], check: gradeList },
  agree_from: { readBy: ['graded_agreement'], check: agreeFrom },
  bands: { readBy: ['graded_agreement'], check: bandList },
  abstain_label: {
    readBy: ['single_choice_majority', 'single_choice_distribution', 'plurality'],
    check: anyText,
  },
  seed: { readBy: () => true, check: anyText },
  equal_defeats: { readBy: ['ranked_pairs'], check: oneOf(['candidate-order', 'all-orders']) },
  arithmetic: { readBy: droopOnly, check: oneOf(['fixed', 'guarded', 'rational']) },
  precision: { readBy: droopOnly, check: wholeAtLeast(1) },
  guard: { readBy: droopOnly, check: wholeAtLeast(0) },
  omega: { readBy: droopOnly, check: wholeAtLeast(1) },
  defeat_batch: { readBy: droopOnly, check: oneOf(['safe', 'none']) },
  integer_quota: { readBy: droopOnly, check: isBool },
}

const ruleForms: Record<string, RuleForm> = {
  unranked: { readBy: ranked, check: (v, doc) => oneOf(methodFacts(doc.method).unranked)(v, doc) },
  /**
   * Equal ranks are ties, except under RCTab rules, where they are overvotes; a file with no
   * equal ranks may say either, since nothing in it depends on the rule.
   */
  equal_rank_semantics: {
    readBy: ranked,
    check: (v, doc) => {
      const word = doc.rules?.rctab ? 'overvote' : 'tie'
      const said = typeof v === 'string' ? v.trim().toLowerCase() : ''
      if (said.startsWith(word)) return true
      const equalRanks = (doc.ballots ?? []).some(
        (b) => 'ranking' in b && b.ranking.some((rank) => rank.length > 1),
      )
      return (!equalRanks && (said.startsWith('tie') || said.startsWith('overvote'))) || `"${word}"`
    },
  },
  /** The rank columns on the paper: read as a check that no ballot ranks more. */
  rank_slots: {
    readBy: ranked,
    check: (v, doc) =>
      (typeof v === 'number' &&
        (doc.ballots ?? []).every((b) => !('ranking' in b) || b.ranking.length <= v)) ||
      'a whole number no ballot ranks beyond',
  },
  excluded_candidates: {
    readBy: (doc) => Boolean(doc.rules?.rctab),
    check: (v) => (Array.isArray(v) && v.every((n) => typeof n === 'string')) || 'a list of names',
  },
  withdrawn: {
    readBy: ranked,
    check: (v) =>
      (Array.isArray(v) && v.length === 0) ||
      '[] (withdrawn candidates are not counted by this app; use rules.excluded_candidates with RCTab rules)',
  },
  /** Majority judgment's median, as words: must agree with options.contestation_favoured. */
  median: {
    readBy: ['majority_judgment'],
    check: (v, doc) => {
      const lower = doc.options?.contestation_favoured !== false
      const word = lower ? 'lower' : 'upper'
      return (
        (typeof v === 'string' && v.trim().toLowerCase().startsWith(word)) ||
        `"${word} median…", as options.contestation_favoured says`
      )
    },
  },
  rctab: {
    readBy: (doc) => doc.method === 'irv' || (doc.method === 'stv' && stvRule(doc) === 'rctab'),
    check: () => true,
  },
}

function shown(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value)
  return text.length > 120 ? `${text.slice(0, 117)}…` : text
}

function refuseUnknown(where: string, value: unknown): never {
  throw new AppError('invalid-input', msg('voteVector.ruleUnknown', { where, value: shown(value) }))
}

function checkBlock(doc: Doc, block: 'options' | 'rules', forms: Record<string, RuleForm>): void {
  for (const [key, value] of Object.entries(doc[block] ?? {})) {
    const where = `${block}.${key}`
    const form = Object.hasOwn(forms, key) ? forms[key] : undefined
    if (!form) refuseUnknown(where, value)
    const read = typeof form.readBy === 'function' ? form.readBy(doc) : form.readBy.includes(doc.method)
    if (!read)
      throw new AppError(
        'invalid-input',
        msg('voteVector.ruleNotRead', { where, value: shown(value), method: doc.method }),
      )
    const verdict = form.check(value, doc)
    if (verdict !== true)
      throw new AppError(
        'invalid-input',
        msg('voteVector.ruleUnreadable', { where, value: shown(value), forms: verdict }),
      )
  }
  if (block === 'rules' && doc.rules?.rctab)
    for (const [key, value] of Object.entries(doc.rules.rctab)) {
      const where = `rules.rctab.${key}`
      const check = Object.hasOwn(rctabSettings, key) ? rctabSettings[key] : undefined
      if (!check) refuseUnknown(where, value)
      const verdict = check(value, doc)
      if (verdict !== true)
        throw new AppError(
          'invalid-input',
          msg('voteVector.ruleUnreadable', { where, value: shown(value), forms: verdict }),
        )
    }
}

/**
 * Refuses a file whose `options` or `rules` hold a rule this app would not apply as written.
 * Throws AppError('invalid-input') naming the rule; returns when every rule is read.
 */
export function checkRuleForms(doc: Doc): void {
  checkBlock(doc, 'options', optionForms)
  checkBlock(doc, 'rules', ruleForms)
}

/** The option and rule names this app reads (README "Rule forms" lists them with their values). */
export const ruleFormNames = {
  options: Object.keys(optionForms),
  rules: Object.keys(ruleForms),
  rctab: Object.keys(rctabSettings),
}
