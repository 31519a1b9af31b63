/** What the screen channel's endpoints tell their callers, kept in one place. */
export const screenMessages = {
  noScreenKey: 'Send the screen\'s own key: "Authorization: screens API-Key <key>".',
  notThisScreen: 'A screen reports only its own plays: use its own id in the path.',
  bodyTooLarge: (maxBytes: number) =>
    `The report is larger than ${maxBytes} bytes: send smaller batches.`,
  notJson:
    'The body must be JSON: {"plays": [{"posterId", "locale", "startedAt", "durationSeconds"}]}.',
  unknownPoster: 'No such poster.',
  statusLogin: "Log in to see the screens' status.",
  statusRoles: "Only admins and reviewers see the screens' status.",
  // Proof of play is the donors' evidence of reach: it outlives neither screen nor poster.
  keepPlaysOfScreen:
    'Proof of play is kept as evidence of reach: switch the screen off (Active) instead of deleting it.',
  keepPlaysOfPoster:
    'Proof of play is kept as evidence of reach: archive the poster instead of deleting it.',
} as const
