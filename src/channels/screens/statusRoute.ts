import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { refusalBody } from '@/http/refuse'
import { webHeaders } from '@/server/webHeaders'

import { screenMessages } from './messages'
import { screenStatuses, type CurrentPlaylistVersion } from './screenStatuses'

export const screenStatusPath = '/api/screens/status'

/**
 * GET /api/screens/status for admins and reviewers. Served by the Express host rather than as a
 * Payload endpoint so that it reads the same in-memory playlist cache as the feed.
 */
export const screenStatusRoute =
  ({
    payload,
    currentVersion,
  }: {
    payload: Payload
    currentVersion: CurrentPlaylistVersion
  }): RequestHandler =>
  async (req, res) => {
    const { user } = await payload.auth({ headers: webHeaders(req.headers) })
    res.set('Cache-Control', 'no-store')
    if (!user) {
      res.status(401).json(refusalBody(screenMessages.statusLogin))
      return
    }
    if (!hasRole(user, 'admin', 'reviewer')) {
      res.status(403).json(refusalBody(screenMessages.statusRoles))
      return
    }
    const now = new Date()
    res.json({ now, ...(await screenStatuses({ payload, now, currentVersion })) })
  }
