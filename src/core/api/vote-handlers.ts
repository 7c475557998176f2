import { readFile } from 'node:fs/promises'
import type { AppContext, Handlers } from './context.ts'
import { createBallot, deleteBallot, updateBallot } from '../votes/ballot-repo.ts'
import {
  deletePaper,
  reconciliation,
  resolvePaper,
  savePaper,
  presentFromSession,
  saveTables,
  setPresent,
} from '../votes/count-entry.ts'
import { finaliseCount, recount } from '../votes/finalise-count.ts'
import {
  addMinorityStatement,
  createRecommendation,
  updateRecommendation,
} from '../votes/recommendation-repo.ts'
import { exportBallotVector } from '../votes/vector-export.ts'
import { importBallotVector } from '../votes/vector-import.ts'
import { currentCount, listPapers } from '../votes/vote-repo.ts'
import { getBallotView, votesOverview } from '../votes/votes-view.ts'

type VoteChannels = Extract<
  keyof Handlers,
  `votes:${string}` | `recs:${string}` | `ballots:${string}` | `count:${string}`
>

/** Recommendations, ballots, their counts with double entry, finalising and recounts, vote-vector files. */
export function voteHandlers(ctx: AppContext): Pick<Handlers, VoteChannels> {
  const project = () => ctx.session.require()
  return {
    'votes:overview': () => Promise.resolve(votesOverview(project().sqlite)),
    'recs:create': (input) => createRecommendation(project(), input),
    'recs:update': ({ id, ...input }) => updateRecommendation(project(), id, input),
    'recs:addMinority': (input) => addMinorityStatement(project(), input),
    'ballots:create': ({ recommendationId, spec }) => createBallot(project(), recommendationId, spec),
    'ballots:update': ({ id, spec }) => updateBallot(project(), id, spec),
    'ballots:delete': async ({ id }) => {
      await deleteBallot(project(), id)
      return null
    },
    'ballots:get': ({ id }) => Promise.resolve(getBallotView(project().sqlite, id)),
    'ballots:exportVector': ({ id }) => Promise.resolve(exportBallotVector(project().sqlite, id)),
    'ballots:importVector': async ({ recommendationId, source }) => {
      const text = 'file' in source ? await readFile(source.file, 'utf8') : source.text
      return importBallotVector(project(), recommendationId, text)
    },
    'count:saveTables': (input) => saveTables(project(), input),
    'count:savePaper': (input) => savePaper(project(), input),
    'count:deletePaper': (input) => deletePaper(project(), input),
    'count:papers': ({ ballotId, operator }) => {
      const { sqlite } = project()
      return Promise.resolve(listPapers(sqlite, ballotId, currentCount(sqlite, ballotId).countNo, operator))
    },
    'count:setPresent': ({ ballotId, present }) => setPresent(project(), ballotId, present),
    'count:presentFrom': ({ ballotId, sessionId }) => presentFromSession(project(), ballotId, sessionId),
    'count:reconcile': ({ ballotId }) => Promise.resolve(reconciliation(project().sqlite, ballotId)),
    'count:resolve': (input) => resolvePaper(project(), input),
    'count:finalise': ({ ballotId }) => finaliseCount(project(), ballotId),
    'count:recount': ({ ballotId, reason }) => recount(project(), ballotId, reason),
  }
}
