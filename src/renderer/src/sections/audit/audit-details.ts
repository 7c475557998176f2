import type { TFunction } from 'i18next'

type Payload = Record<string, unknown>

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : [])

/**
 * One line on what an entry records, for the kinds observers look for (the full payload is in
 * the file and in `cli verify`). Unknown kinds get no line rather than a guess.
 */
export function auditDetails(t: TFunction, kind: string, value: unknown): string {
  if (typeof value !== 'object' || value === null) return ''
  const p = value as Payload
  switch (kind) {
    case 'draw.committed': {
      const committed = t('audit.details.drawCommitted', {
        draw: text(p['draw']),
        algorithm: text(p['algorithm']).toUpperCase(),
        pool: text(p['poolSize']),
        seats: text(p['panelSize']),
        hash: text(p['lotteryHash'] ?? p['inputHash']).slice(0, 12),
      })
      const stopped = p['stopped']
      if (typeof stopped !== 'object' || stopped === null) return committed
      const { iterations, lowest } = stopped as Payload
      return `${committed}; ${t('audit.details.drawStopped', {
        iterations: text(iterations),
        lowest: typeof lowest === 'number' ? lowest.toFixed(4) : '',
      })}`
    }
    case 'pool.imported':
    case 'pool.person-added':
      return t('audit.details.pool', {
        what: text(p['file'] ?? p['person']),
        people: text(p['people']),
        hash: text(p['poolHash']).slice(0, 12),
      })
    case 'draw.completed':
      return t('audit.details.drawCompleted', {
        draw: text(p['draw']),
        seed: text(p['seed']),
        count: list(p['selected']).length,
      })
    case 'panel.status':
      return t('audit.details.panelStatus', {
        person: text(p['person']),
        status: t(`pool.panelPlace.${text(p['status'])}`, { defaultValue: text(p['status']) }),
      })
    case 'votes.recommendation.created':
    case 'votes.recommendation.version':
    case 'votes.recommendation.minority':
      return text(p['code'])
    case 'votes.recommendation.status':
      return t('audit.details.recommendationStatus', {
        code: text(p['code']),
        from: t(`votes.statuses.${text(p['from'])}`, { defaultValue: text(p['from']) }),
        to: t(`votes.statuses.${text(p['to'])}`, { defaultValue: text(p['to']) }),
      })
    case 'votes.ballot.created':
    case 'votes.ballot.deleted':
      return text(p['title']) || text((p['spec'] as Payload | undefined)?.['title'])
    case 'votes.count.final':
      return t('audit.details.countFinal', {
        title: text(p['title']),
        number: text(p['count']),
        hash: text(p['resultHash']).slice(0, 12),
      })
    case 'votes.count.recount':
      return t('audit.details.recount', { number: text(p['count']), reason: text(p['reason']) })
    case 'tables.planned': {
      const sessions = p['sessions']
      const count = typeof sessions === 'object' && sessions !== null ? Object.keys(sessions).length : 0
      return t('audit.details.tablesPlanned', { seed: text(p['seed']), count })
    }
    case 'tables.reseated':
    case 'tables.moved':
      return t('audit.details.tablesChanged', {
        session: text(p['session']),
        moved: list(p['moved']).join(', ') || '—',
        hash: text(p['fingerprint']).slice(0, 12),
      })
    case 'tables.rule':
    case 'tables.ruleRemoved': {
      const rule = text(p['kind'])
      return rule === 'pin' || rule === 'apart' || rule === 'together'
        ? t(`audit.details.tablesRule.${rule}`)
        : ''
    }
    default:
      return ''
  }
}
