import type { SanitizedConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * Payload adds its payload-jobs-stats global (when the scheduler's sweep was last queued) while
 * sanitizing the config, with its default access: any logged-in user could read it and move that
 * time, stalling the scheduler. Only the job runner uses it, and it bypasses access.
 */
export const lockJobStats = (config: SanitizedConfig): SanitizedConfig => {
  for (const global of config.globals)
    if (global.slug === 'payload-jobs-stats')
      global.access = { ...global.access, read: nobody, update: nobody, readVersions: nobody }
  return config
}
