import type { AgendaGoal, BlockKind, Phase, PhaseTotals } from '../../shared/sessions.ts'

/** The phase a kind of block belongs to by nature, when it has one. */
const naturalPhase: Partial<Record<BlockKind, Phase>> = {
  evidence: 'learning',
  qa: 'learning',
  'table-discussion': 'deliberation',
  'plenary-feedback': 'deliberation',
  drafting: 'decision',
  voting: 'decision',
}

/**
 * Minutes of learning, deliberation and decision across the process, and the days met, against
 * the good-practice minimums. A block counts for its session's phase; in a session spanning two
 * phases, a block whose kind belongs to one of them (evidence → learning, drafting → decision…)
 * counts there, the others for the session's first phase.
 */
export function phaseTotals(
  sessions: readonly { id: number; date: string; phases: readonly Phase[] }[],
  blocks: readonly { sessionId: number; kind: BlockKind; duration: number }[],
  goal: AgendaGoal,
): PhaseTotals {
  const minutes: Record<Phase, number> = { learning: 0, deliberation: 0, decision: 0 }
  const byId = new Map(sessions.map((s) => [s.id, s]))
  const days = new Set<string>()
  for (const block of blocks) {
    const session = byId.get(block.sessionId)
    const first = session?.phases[0]
    if (!session || !first) continue
    days.add(session.date)
    const natural = naturalPhase[block.kind]
    const phase = natural && session.phases.includes(natural) ? natural : first
    minutes[phase] += block.duration
  }
  return {
    minutes,
    totalMinutes: minutes.learning + minutes.deliberation + minutes.decision,
    days: days.size,
    goal,
  }
}
