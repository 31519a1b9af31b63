import type { ConsentChannel } from '@/workflow/consent'

/** The channel a reader stands for: a partner's key, a screen's key, or the public website. */
export const channelOf = (user: { collection?: string } | null | undefined): ConsentChannel =>
  user?.collection === 'partners'
    ? 'partners'
    : user?.collection === 'screens'
      ? 'screens'
      : 'website'
