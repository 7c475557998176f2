import type { Project } from '../project/project.ts'
import type { SeededRandom } from '../random/seeded-random.ts'
import { computedLottery } from '../draw/commit-draw.ts'
import { completeDraw } from '../draw/complete-draw.ts'
import { prepareDraw, type ComputeLottery } from '../draw/prepare-draw.ts'
import { changeMemberStatus } from '../people/member-status.ts'
import { quotaTable, saveQuotas } from '../quotas/quota-repo.ts'
import { quotaFromShare } from '../quotas/targets.ts'
import { computeLottery } from '../sortition/draw.ts'

/** Who records the members' answers in the demo. */
export const DEMO_ORGANISER = 'Sam Okafor'

/** Categories the demo sets quotas on, as most assemblies do (others are recorded, not stratified). */
const STRATIFIED = ['Gender', 'Age', 'Area', 'Education', 'Climate concern']

const compute: ComputeLottery = async (input, algorithm) =>
  computedLottery(await computeLottery(input, algorithm))

/** Dice rolled in public: twenty digits from 1 to 6. */
function diceSeed(random: SeededRandom): string {
  return `dice ${Array.from({ length: 20 }, () => 1 + random.int(6)).join('')}`
}

/**
 * The demo's draw: quotas from the population figures (within one person of the exact share),
 * locked; a LEXIMIN lottery committed before the seed; the panel and reserves drawn with dice;
 * most members confirm and two decline; a replacement round (LEXIMIN again, about 5 s on this
 * pool) fills their two seats a week later, and both replacements confirm.
 */
export async function runDemoDraw(
  project: Project,
  random: SeededRandom,
  panelSize: number,
  advance: (minutes: number) => void,
): Promise<void> {
  const table = quotaTable(project.sqlite)
  const rows = table.categories.flatMap((category) =>
    category.values.map((v) => {
      if (!STRATIFIED.includes(category.name))
        return { ...v, min: 0, max: panelSize, justification: 'Recorded, not stratified.' }
      const share = Math.round(v.poolShare * 1000) / 10
      return {
        ...v,
        ...quotaFromShare(share, panelSize, { deviation: 1, floor: 0 }),
        populationShare: share,
        justification: 'Census 2021, within one person of the exact share.',
      }
    }),
  )
  await saveQuotas(project, rows, panelSize)
  advance(60 * 24 * 2)
  const first = await prepareDraw(project, 'initial', { algorithm: 'leximin' }, compute)
  advance(30)
  const drawn = await completeDraw(project, first.id, diceSeed(random))
  advance(60 * 24 * 7)
  const declining = new Set([drawn.selected[3], drawn.selected[11]])
  for (const id of drawn.selected) {
    const status = declining.has(id) ? 'declined' : 'confirmed'
    await changeMemberStatus(project, { externalId: id, status, reason: '', by: DEMO_ORGANISER })
  }
  advance(60 * 24 * 2)
  const round = await prepareDraw(project, 'replacement', { algorithm: 'leximin', reserves: 2 }, compute)
  advance(20)
  const replaced = await completeDraw(project, round.id, diceSeed(random))
  advance(60 * 24 * 3)
  for (const id of replaced.selected) {
    await changeMemberStatus(project, { externalId: id, status: 'confirmed', reason: '', by: DEMO_ORGANISER })
  }
  // The seats of those who declined are filled: their records say so.
  for (const id of [...declining].filter((d) => d !== undefined)) {
    await changeMemberStatus(project, { externalId: id, status: 'replaced', reason: '', by: DEMO_ORGANISER })
  }
}
