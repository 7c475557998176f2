import type { QuotaCheck } from '../../shared/quotas.ts'
import { getHighs } from '../sortition/highs.ts'
import { buildInstance } from '../sortition/instance.ts'
import { quotaPrechecks } from '../sortition/feasibility.ts'
import { PanelOracle } from '../sortition/panel-oracle.ts'
import { describeChange, findRelaxation } from '../sortition/relaxation.ts'
import type { DrawInput } from '../sortition/types.ts'

/**
 * Plain-language pre-checks, then the exact check (is there one panel meeting every quota and the
 * household rule?) and, when there is none, the smallest relaxation. Runs HiGHS: call it from a job.
 */
export async function checkQuotas(input: DrawInput): Promise<QuotaCheck> {
  const instance = buildInstance(input)
  const { pool, quota } = quotaPrechecks(instance)
  if (pool.length > 0) return { pool, quota, feasible: false, relaxation: null }
  const highs = await getHighs()
  let feasible = false
  if (quota.length === 0) {
    const oracle = new PanelOracle(highs, instance)
    try {
      feasible = oracle.best(new Float64Array(instance.n)) !== null
    } finally {
      oracle.dispose()
    }
  }
  if (feasible) return { pool, quota, feasible, relaxation: null }
  const relaxation = findRelaxation(highs, instance)
  return {
    pool,
    quota,
    feasible,
    relaxation: relaxation ? relaxation.changes.map((c) => ({ ...c, sentence: describeChange(c) })) : null,
  }
}
