/**
 * What the partner API tells its callers, kept in one place: in English unless the caller's
 * `Accept-Language` prefers Azerbaijani or Russian. Parameter names, values and headers stay as
 * they are sent, in every language.
 */
export const partnerLanguages = ['en', 'az', 'ru'] as const
export type PartnerLanguage = (typeof partnerLanguages)[number]

/**
 * The language to answer in: the first of az, en, ru by the caller's `Accept-Language` weights
 * (`ru-RU` counts as ru; `*` and anything else do not), English when it names none of them.
 */
export const partnerLanguage = (acceptLanguage: string | null | undefined): PartnerLanguage => {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      const weight = q === undefined ? 1 : Number(q.slice(2))
      return { language: tag.split('-')[0].toLowerCase(), weight, index }
    })
    .filter(
      ({ language, weight }) =>
        weight > 0 && (partnerLanguages as readonly string[]).includes(language),
    )
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  return (wanted[0]?.language as PartnerLanguage | undefined) ?? 'en'
}

const list = (values: readonly string[]) => values.join(', ')

const en = {
  noKey: 'Send your partner key: "Authorization: partners API-Key <key>".',
  notAPartner: "This API is for media partners: use the partner's own key.",
  switchedOff: "This partner's access is switched off: ask the campaign.",
  noContent:
    'This partner may take no content: ask the campaign to set its content types and languages.',
  unknownType: (type: string, types: readonly string[]) =>
    `Unknown content type "${type}": use ${list(types)}.`,
  outsideTypes: (type: string, types: readonly string[]) =>
    `This partner does not take ${type}: it takes ${list(types)}.`,
  unknownLocale: (locale: string, locales: readonly string[]) =>
    `Unknown locale "${locale}": use one of ${list(locales)}.`,
  outsideLocales: (locale: string, locales: readonly string[]) =>
    `This partner does not take "${locale}": it takes ${list(locales)}.`,
  limit: (max: number) => `"limit" must be a whole number from 1 to ${max}.`,
  badCursor:
    '"cursor" is not one this API handed out: send back nextCursor exactly, or leave it out to start again with a full snapshot.',
  cursorForOtherFilters:
    'This cursor was handed out for other types or languages: send the same `types` and `locale` as when you started, or leave the cursor out to start again.',
  unknownFormat: (format: string, formats: readonly string[]) =>
    `Unknown format "${format}": use ${formats.join(' or ')}.`,
  tooManyRequests: (perMinute: number, seconds: string) =>
    `Too many requests with this partner key: at most ${perMinute} a minute. Try again in ${seconds} s.`,
}
export type PartnerMessages = typeof en

const az: PartnerMessages = {
  noKey: 'Tərəfdaş açarınızı göndərin: "Authorization: partners API-Key <açar>".',
  notAPartner: 'Bu API media tərəfdaşları üçündür: tərəfdaşın öz açarından istifadə edin.',
  switchedOff: 'Bu tərəfdaşın girişi söndürülüb: kampaniyaya müraciət edin.',
  noContent:
    'Bu tərəfdaş heç bir məzmun ala bilməz: kampaniyadan onun məzmun növlərini və dillərini təyin etməsini xahiş edin.',
  unknownType: (type, types) => `Naməlum məzmun növü "${type}": ${list(types)} yazın.`,
  outsideTypes: (type, types) => `Bu tərəfdaş ${type} almır: o, ${list(types)} alır.`,
  unknownLocale: (locale, locales) =>
    `Naməlum dil "${locale}": bunlardan birini yazın: ${list(locales)}.`,
  outsideLocales: (locale, locales) => `Bu tərəfdaş "${locale}" almır: o, ${list(locales)} alır.`,
  limit: (max) => `"limit" 1-dən ${max}-ə qədər tam ədəd olmalıdır.`,
  badCursor:
    '"cursor" bu API-nin verdiyi kursor deyil: nextCursor-u olduğu kimi geri göndərin, ya da tam surətlə yenidən başlamaq üçün onu göndərməyin.',
  cursorForOtherFilters:
    'Bu kursor başqa növlər və ya dillər üçün verilib: başladığınız zamankı `types` və `locale` göndərin, ya da yenidən başlamaq üçün kursoru göndərməyin.',
  unknownFormat: (format, formats) =>
    `Naməlum format "${format}": ${formats.join(' və ya ')} yazın.`,
  tooManyRequests: (perMinute, seconds) =>
    `Bu tərəfdaş açarı ilə həddən çox sorğu: dəqiqədə ən çox ${perMinute}. ${seconds} s sonra yenidən cəhd edin.`,
}

const ru: PartnerMessages = {
  noKey: 'Отправьте ключ партнёра: "Authorization: partners API-Key <ключ>".',
  notAPartner: 'Этот API для медиапартнёров: используйте собственный ключ партнёра.',
  switchedOff: 'Доступ этого партнёра отключён: обратитесь в кампанию.',
  noContent:
    'Этот партнёр не может брать материалы: попросите кампанию указать его типы материалов и языки.',
  unknownType: (type, types) => `Неизвестный тип материалов "${type}": используйте ${list(types)}.`,
  outsideTypes: (type, types) => `Этот партнёр не берёт ${type}: он берёт ${list(types)}.`,
  unknownLocale: (locale, locales) =>
    `Неизвестный язык "${locale}": используйте один из ${list(locales)}.`,
  outsideLocales: (locale, locales) =>
    `Этот партнёр не берёт "${locale}": он берёт ${list(locales)}.`,
  limit: (max) => `"limit" должен быть целым числом от 1 до ${max}.`,
  badCursor:
    '"cursor" выдан не этим API: верните nextCursor в точности или не передавайте его, чтобы начать заново с полного снимка.',
  cursorForOtherFilters:
    'Этот курсор выдан для других типов или языков: передайте те же `types` и `locale`, что и в начале, или не передавайте курсор, чтобы начать заново.',
  unknownFormat: (format, formats) =>
    `Неизвестный формат "${format}": используйте ${formats.join(' или ')}.`,
  tooManyRequests: (perMinute, seconds) =>
    `Слишком много запросов с этим ключом партнёра: не больше ${perMinute} в минуту. Повторите через ${seconds} с.`,
}

/** Every message in each language the partner API answers in. */
export const partnerMessagesIn: Record<PartnerLanguage, PartnerMessages> = { en, az, ru }

/** The messages for a request, by its `Accept-Language`. */
export const partnerMessagesFor = (acceptLanguage: string | null | undefined) =>
  partnerMessagesIn[partnerLanguage(acceptLanguage)]

/** The English messages: what the API answers when nobody asks for another language. */
export const partnerMessages = en
