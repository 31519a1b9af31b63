/** An admin label in the admin UI's languages: Azerbaijani first, English always. */
export const label = (az: string, en: string): Record<'az' | 'en', string> => ({ az, en })
