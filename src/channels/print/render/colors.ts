/** The campaign's print palette (RGB: print shops convert to their press's profile). */
export const colors = {
  navy: '#0b2545',
  amber: '#f4b400',
  white: '#ffffff',
  ink: '#1b1b1b',
  muted: '#5a6270',
  warning: '#8a1c1c',
} as const
