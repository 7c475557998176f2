import { methodFacts } from '../../../shared/counting-methods.ts'
import { passMarkOf, passMarkOptions } from '../../../shared/pass-mark.ts'
import type { ElectionOptions } from '../../../shared/vote-vector.ts'
import type { Election } from '../election.ts'
import { agreeGrades } from '../methods/graded-agreement.ts'
import { strengthOf } from '../methods/method.ts'
import { stvRuleOf } from '../methods/stv.ts'

/**
 * The options of an election with every rule its count applies written out, defaults included
 * (the pass mark, the percentage base, the option or grades that carry it, the counting rule):
 * what an exported file says, so that another tool, or this one, counts it under the same rules
 * without knowing this app's defaults. Only rules the method reads are added (rule-forms.ts).
 */
export function appliedOptions(election: Election): ElectionOptions {
  const options: ElectionOptions = { ...election.options }
  const set = <K extends keyof ElectionOptions>(key: K, value: ElectionOptions[K]) => {
    if (options[key] === undefined) options[key] = value
  }
  switch (election.method) {
    case 'single_choice_majority':
      Object.assign(options, passMarkOptions(passMarkOf(options)))
      set('percentage_base', 'valid')
      set('pass_options', election.candidates.slice(0, 1))
      break
    case 'single_choice_distribution':
      set('percentage_base', 'valid')
      break
    case 'graded_agreement':
      Object.assign(options, passMarkOptions(passMarkOf(options)))
      set('agree_options', agreeGrades(election))
      break
    case 'irv':
      if (!election.rules.rctab) set('irv_rule', 'condorcet-php')
      break
    case 'stv':
      set('transfer', stvRuleOf(election))
      break
    case 'score':
      set('aggregate', 'sum')
      break
    case 'borda':
      set('borda_start', 1)
      break
    case 'majority_judgment':
      set('contestation_favoured', true)
      break
    default:
      break
  }
  if (methodFacts(election.method).strengths.length > 0) set('strength', strengthOf(election))
  return options
}
