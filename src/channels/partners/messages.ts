/** What the partner API tells its callers, kept in one place. */
export const partnerMessages = {
  noKey: 'Send your partner key: "Authorization: partners API-Key <key>".',
  notAPartner: "This API is for media partners: use the partner's own key.",
  switchedOff: "This partner's access is switched off: ask the campaign.",
} as const
