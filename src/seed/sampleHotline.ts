/**
 * The one place the sample hotline lives. The source article does not print the department's
 * real number, so this is a placeholder, marked as a sample everywhere it appears; an admin
 * replaces it in Settings before anything is published for real.
 */
export const sampleHotline = {
  number: '+994 12 000 00 00',
  label: {
    az: 'Qaynar xətt (NÜMUNƏ nömrə)',
    en: 'Hotline (SAMPLE number)',
    ru: 'Горячая линия (ПРИМЕР номера)',
  },
}
