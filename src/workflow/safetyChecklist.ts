/**
 * What a reviewer confirms before approving a victim's story: nothing in it could identify the
 * person or put them at risk. Confirmed item by item; the confirmation goes into the audit log.
 */
export const safetyChecklist = [
  {
    key: 'noFace',
    az: 'Üz və ya tanına bilən görünüş yoxdur',
    en: 'No face or recognisable appearance',
    ru: 'Нет лица или узнаваемой внешности',
  },
  {
    key: 'noVoice',
    az: 'Tanına bilən səs yoxdur',
    en: 'No recognisable voice',
    ru: 'Нет узнаваемого голоса',
  },
  {
    key: 'noExactPlace',
    az: 'Dəqiq yer (ünvan, kənd, məhəllə) yoxdur',
    en: 'No exact place (address, village, neighbourhood)',
    ru: 'Нет точного места (адреса, села, квартала)',
  },
  {
    key: 'noEmployer',
    az: 'İşəgötürən və ya şirkət adı yoxdur',
    en: 'No employer or company name',
    ru: 'Нет названия работодателя или компании',
  },
  {
    key: 'noRoute',
    az: 'Dəqiq yol / marşrut yoxdur',
    en: 'No exact route of travel',
    ru: 'Нет точного маршрута',
  },
  {
    key: 'noOtherIdentifier',
    az: 'Şəxsi tanıda və ya təhlükəyə ata biləcək başqa detal yoxdur',
    en: 'No other detail that could identify the person or put them at risk',
    ru: 'Нет других деталей, по которым можно узнать человека или подвергнуть его опасности',
  },
] as const
export type SafetyCheck = (typeof safetyChecklist)[number]['key']

/** The items not confirmed: every one must be `true`. */
export const unconfirmedChecks = (confirmed: unknown): SafetyCheck[] =>
  safetyChecklist
    .map((item) => item.key)
    .filter(
      (key) =>
        !(
          confirmed &&
          typeof confirmed === 'object' &&
          (confirmed as Record<string, unknown>)[key] === true
        ),
    )
