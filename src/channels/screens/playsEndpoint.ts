import type { Endpoint } from 'payload'

import { isWellFormedId } from '@/http/ids'
import { parseJson, readBodyText } from '@/http/jsonBody'
import { refuse } from '@/http/refuse'

import { screenMessages } from './messages'
import { readPlayReport } from './playReport'
import { recordPlays } from './recordPlays'

/** 500 plays of ~150 bytes each, with room to spare; anything bigger is not a report. */
export const maxReportBytes = 256 * 1024
/** Enough problems for a screen's developer to see the pattern, not a 500-line answer. */
const maxProblemsShown = 10

/**
 * POST /api/screens/:id/plays with the screen's own key: its proof-of-play report,
 * `{"plays": [{posterId, locale, startedAt, durationSeconds}]}`. Answers what was stored, what
 * had been stored before (a re-sent report), and which items name no poster.
 */
export const playsEndpoint: Endpoint = {
  path: '/:id/plays',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw refuse(401, screenMessages.noScreenKey)
    if (req.user.collection !== 'screens' || String(req.user.id) !== String(req.routeParams?.id))
      throw refuse(403, screenMessages.notThisScreen)
    if (Number(req.headers.get('content-length')) > maxReportBytes)
      throw refuse(413, screenMessages.bodyTooLarge(maxReportBytes))
    const text = await readBodyText(req)
    if (Buffer.byteLength(text) > maxReportBytes)
      throw refuse(413, screenMessages.bodyTooLarge(maxReportBytes))
    const json = parseJson(text)
    if (!json) throw refuse(400, screenMessages.notJson)
    const report = readPlayReport(json.value, {
      now: new Date(),
      isWellFormedId: (id) => isWellFormedId(id, req.payload.db.name),
    })
    if ('problems' in report) {
      const { problems } = report
      const more = problems.length - maxProblemsShown
      throw refuse(
        400,
        problems.slice(0, maxProblemsShown).join('; ') +
          (more > 0 ? `; and ${more} more problem(s)` : ''),
      )
    }
    return Response.json(await recordPlays({ req, screen: req.user, plays: report.plays }))
  },
}
