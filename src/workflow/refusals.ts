import type { Role } from '@/access/roles'
import type { AdminLanguage, Words } from '@/i18n/adminLanguage'
import { formatAdminDate } from '@/i18n/adminDates'
import type { Locale } from '@/i18n/locales'
import type { ConsentChannel } from '@/ledger/publicNow'

import { translationLabels, workflowLabels } from './labels'
import { bakuTime } from './schedule/due'
import { organisationLabels, type Organisation } from './signOff'
import type { TranslationStatus } from './translations'
import type { Action, Stage } from './transitions'

/**
 * Why the workflow says no, in one table: each refusal is a code with its facts, and each code
 * reads in every language of the admin. The API answers with the English text (tests and API
 * users rely on it word for word) and the code; the admin's panel renders the admin's language
 * from the same table. No Payload here: the panel imports it too.
 */
type ParamsOf = {
  'only-for': { action: Action; collections: string[] }
  'wrong-stage': { action: Action; stage: Stage; from: Stage[] }
  'nothing-live': { action: Action }
  'unpublish-first': { action: Action }
  'comment-required': { action: Action }
  'content-changed': Record<string, never>
  'role-required': { action: Action; roles: Role[]; actorRoles: Role[] }
  'own-work': Record<string, never>
  scheduled: { at: string }
  'unpublish-time-passed': { at: string }
  consent: { problems: ConsentRefusal[] }
  'original-not-ready': { locale: Locale; status: TranslationStatus }
  'identifiable-person': Record<string, never>
  'no-organisation': Record<string, never>
  'already-signed': Record<string, never>
  'organisation-signed': { organisation: Organisation }
  'override-reason-required': { missing: Organisation[] }
  // The consent record's problems (src/workflow/consent.ts), each also inside `consent`.
  'consent-not-recorded': Record<string, never>
  'consent-given-in-future': Record<string, never>
  'consent-expired': { on: string }
  'consent-without-end': Record<string, never>
  'consent-excludes-text': Record<string, never>
  'guardian-given-in-future': Record<string, never>
  'guardian-needed': Record<string, never>
  'consent-withdrawn': { on: string }
  'consent-without-channel': Record<string, never>
  'consent-without-language': Record<string, never>
  'consent-excludes-media': { media: 'image' | 'video' }
  // Warnings before approval and publication (src/workflow/warnings.ts): allowed, but not everywhere.
  'language-not-consented': { locale: Locale }
  'channels-not-consented': { channels: ConsentChannel[] }
  'published-not-public': { locale: Locale }
}
export type RefusalCode = keyof ParamsOf
export type WorkflowRefusal = { [C in RefusalCode]: { code: C; params: ParamsOf[C] } }[RefusalCode]
export type ConsentRefusal = Extract<
  WorkflowRefusal,
  { code: `consent-${string}` | `guardian-${string}` }
>

/** A refusal without facts, e.g. `refusal('own-work')`. */
export const refusal = <C extends RefusalCode>(
  code: C,
  ...[params]: ParamsOf[C] extends Record<string, never> ? [] : [ParamsOf[C]]
) => ({ code, params: params ?? {} }) as Extract<WorkflowRefusal, { code: C }>

/** Labels written before Russian came to the admin fall back to English until they have it. */
type Labelled = { az: string; en: string; ru?: string }
export const inLanguage = (words: Labelled, language: AdminLanguage) => words[language] ?? words.en

const actionName = (action: Action): Words => ({
  az: `«${workflowLabels[action].az}»`,
  en: action,
  ru: `«${inLanguage(workflowLabels[action], 'ru')}»`,
})
const stageNames = (stages: readonly Stage[], language: AdminLanguage, or: string) =>
  stages.map((stage) => `«${inLanguage(workflowLabels[stage], language)}»`).join(` ${or} `)
const roleNames: Record<Role, Words> = {
  admin: { az: 'administrator', en: 'admin', ru: 'администратор' },
  editor: { az: 'redaktor', en: 'editor', ru: 'редактор' },
  translator: { az: 'tərcüməçi', en: 'translator', ru: 'переводчик' },
  reviewer: { az: 'rəyçi', en: 'reviewer', ru: 'рецензент' },
}
const organisationNames = (organisations: readonly Organisation[], language: AdminLanguage) =>
  organisations.map((org) => inLanguage(organisationLabels[org], language)).join(', ')
// A date that cannot be read is shown as it is: a reason must never throw.
const day = (value: string) =>
  Number.isNaN(new Date(value).getTime()) ? value : new Date(value).toISOString().slice(0, 10)
// The admin's one date format; English keeps the API's long form, which its users rely on.
const bakuMinute = (at: string): Words => ({
  az: formatAdminDate(at),
  en: bakuTime(at),
  ru: formatAdminDate(at),
})
const mediaNames = {
  image: { az: 'şəkil', en: 'an image', ru: 'изображение' },
  video: { az: 'video', en: 'a video', ru: 'видео' },
}

const channelNames: Record<ConsentChannel, Words> = {
  website: { az: 'sayt', en: 'website', ru: 'сайт' },
  partners: { az: 'tərəfdaşlar', en: 'partners', ru: 'партнёры' },
  screens: { az: 'ekranlar', en: 'screens', ru: 'экраны' },
  print: { az: 'çap', en: 'print', ru: 'печать' },
}
const channelList = (channels: readonly ConsentChannel[], language: AdminLanguage) =>
  channels.map((channel) => channelNames[channel][language]).join(', ')

const messages: { [C in RefusalCode]: (params: ParamsOf[C]) => Words } = {
  'only-for': ({ action, collections }) => ({
    az: `${actionName(action).az} yalnız bu növlər üçündür: ${collections.join(', ')}.`,
    en: `${action} is only for ${collections.join(', ')}.`,
    ru: `${actionName(action).ru} есть только для: ${collections.join(', ')}.`,
  }),
  'wrong-stage': ({ action, stage, from }) => ({
    az: `${actionName(action).az} mümkün deyil: material «${workflowLabels[stage].az}» mərhələsindədir, ${stageNames(from, 'az', 'və ya')} olmalıdır.`,
    en: `Cannot ${action} an item that is ${stage}; it must be ${from.join(' or ')}.`,
    ru: `${actionName(action).ru} невозможно: материал на этапе «${inLanguage(workflowLabels[stage], 'ru')}», а должен быть ${stageNames(from, 'ru', 'или')}.`,
  }),
  'nothing-live': ({ action }) => ({
    az: `Heç nə dərc edilməyib: ${actionName(action).az} üçün bir şey yoxdur.`,
    en: `Nothing is published: there is nothing to ${action}.`,
    ru: `Ничего не опубликовано: для действия ${actionName(action).ru} нет материала.`,
  }),
  'unpublish-first': ({ action }) => ({
    az: `${actionName(action).az} üçün əvvəlcə dərcdən çıxarın.`,
    en: `Unpublish it before you ${action} it.`,
    ru: `Снимите с публикации, прежде чем выполнить ${actionName(action).ru}.`,
  }),
  'comment-required': ({ action }) => ({
    az: `Nəyin dəyişməli olduğunu yazın: ${actionName(action).az} şərh tələb edir.`,
    en: `Say what needs to change: ${action} needs a comment.`,
    ru: `Напишите, что нужно изменить: ${actionName(action).ru} требует комментария.`,
  }),
  'content-changed': () => ({
    az: 'Məzmun təsdiqdən sonra dəyişib: dərcdən əvvəl yenidən rəyə göndərilməlidir.',
    en: 'The content changed after it was approved: it needs a new review before it can be published.',
    ru: 'Содержание изменилось после утверждения: перед публикацией нужна новая проверка.',
  }),
  'role-required': ({ action, roles, actorRoles }) => ({
    az: `${actionName(action).az} yalnız ${roles.map((r) => roleNames[r].az).join(' və ya ')} edə bilər; siz ${actorRoles.map((r) => roleNames[r].az).join(', ') || 'rolsuz'}sunuz.`,
    en: `Only a ${roles.join(' or ')} may ${action}; you are ${actorRoles.join(', ') || 'without a role'}.`,
    ru: `${actionName(action).ru} может выполнить только ${roles.map((r) => roleNames[r].ru).join(' или ')}; ваша роль: ${actorRoles.map((r) => roleNames[r].ru).join(', ') || 'нет'}.`,
  }),
  'own-work': () => ({
    az: 'Heç kim öz işini təsdiqləmir: bu materialı siz yazmısınız və ya sonuncu redaktə etmisiniz.',
    en: 'Nobody approves their own work: you wrote or last edited this item.',
    ru: 'Никто не утверждает свою работу: вы написали или последним редактировали этот материал.',
  }),
  scheduled: ({ at }) => ({
    az: `Planlaşdırılıb: ${bakuMinute(at).az} (Bakı vaxtı) özü dərc ediləcək; təsdiq kifayətdir.`,
    en: `Scheduled: it goes out on ${bakuMinute(at).en} (Baku time) by itself; the approval is all it needs.`,
    ru: `Запланировано: выйдет само ${bakuMinute(at).ru} (по бакинскому времени); утверждения достаточно.`,
  }),
  'unpublish-time-passed': ({ at }) => ({
    az: `Dərcdən çıxarılma vaxtı (${bakuMinute(at).az}, Bakı vaxtı) keçib: tarixləri dəyişin və yenidən təsdiqlədin.`,
    en: `Its unpublish time (${bakuMinute(at).en}, Baku time) has passed: change the dates and have it approved again.`,
    ru: `Время снятия с публикации (${bakuMinute(at).ru}, по бакинскому времени) прошло: измените даты и утвердите заново.`,
  }),
  consent: ({ problems }) => {
    const all = problems.map(sayAll)
    const joined = (language: AdminLanguage) => all.map((words) => words[language]).join(' ')
    return {
      az: `Razılıq buna icazə vermir: ${joined('az')}`,
      en: `Consent does not allow this: ${joined('en')}`,
      ru: `Согласие этого не разрешает: ${joined('ru')}`,
    }
  },
  'original-not-ready': ({ locale, status }) => ({
    az: `${locale} orijinalı «${translationLabels[status].az}»: təsdiqdən əvvəl tam yazılmalı və rəyə göndərilməlidir.`,
    en: `The ${locale} original is ${status}: it must be complete and submitted before approval.`,
    ru: `Оригинал (${locale}) — «${inLanguage(translationLabels[status], 'ru')}»: перед утверждением он должен быть полным и отправленным на проверку.`,
  }),
  'identifiable-person': () => ({
    az: 'Əsas şəkildə tanına bilən şəxs var: qurbanın hekayəsi ondan istifadə edə bilməz.',
    en: 'The hero image shows an identifiable person: a victim’s story cannot use it.',
    ru: 'На главном изображении узнаваемый человек: история пострадавшего не может его использовать.',
  }),
  'no-organisation': () => ({
    az: 'Hesabınız heç bir təşkilata aid deyil: təsdiqləməzdən əvvəl administrator onu təyin etməlidir.',
    en: 'Your account belongs to no organisation: an admin must set it before you can approve.',
    ru: 'Ваша учётная запись не привязана к организации: администратор должен указать её, прежде чем вы сможете утверждать.',
  }),
  'already-signed': () => ({
    az: 'Bu versiyanı artıq təsdiqləmisiniz; digər təşkilatı gözləyir.',
    en: 'You have already approved this version; it waits for the other organisation.',
    ru: 'Вы уже утвердили эту версию; она ждёт другую организацию.',
  }),
  'organisation-signed': ({ organisation }) => ({
    az: `${organisationNames([organisation], 'az')} bu versiyanı artıq təsdiqləyib; digər təşkilatı gözləyir.`,
    en: `${organisationLabels[organisation].en} has already approved this version; it waits for the other organisation.`,
    ru: `${organisationNames([organisation], 'ru')}: эта версия уже утверждена; она ждёт другую организацию.`,
  }),
  'override-reason-required': ({ missing }) => ({
    az: `Təsdiq olmadan keçmək üçün səbəb yazın: ${organisationNames(missing, 'az')} hələ təsdiqləməyib.`,
    en: `Give a reason to override the sign-off: ${organisationNames(missing, 'en')} has not approved yet.`,
    ru: `Укажите причину, чтобы обойти согласование: ${organisationNames(missing, 'ru')} ещё не утвердил(а).`,
  }),
  'consent-not-recorded': () => ({
    az: 'Razılıq qeydi yoxdur: verildiyi tarix və imzalanmış formanın nömrəsi lazımdır.',
    en: 'There is no consent record: the date it was given and the signed form’s reference are needed.',
    ru: 'Нет записи о согласии: нужны дата согласия и номер подписанной формы.',
  }),
  'consent-given-in-future': () => ({
    az: 'Razılıq gələcək tarixlə verilmiş kimi qeyd edilə bilməz.',
    en: 'Consent cannot be recorded as given in the future.',
    ru: 'Согласие не может быть записано как данное в будущем.',
  }),
  'consent-expired': ({ on }) => ({
    az: `Razılığın müddəti ${day(on)} tarixində bitib.`,
    en: `Consent expired on ${day(on)}.`,
    ru: `Срок согласия истёк ${day(on)}.`,
  }),
  'consent-without-end': () => ({
    az: 'Razılıq qeydində onun nə vaxta qədər qüvvədə olduğu göstərilməlidir.',
    en: 'The consent record must say until when it holds.',
    ru: 'В записи о согласии должно быть указано, до какого срока оно действует.',
  }),
  'consent-excludes-text': () => ({
    az: 'Razılıq qeydi hekayənin mətninin dərcinə icazə vermir.',
    en: 'The consent record does not allow the story’s text to be published.',
    ru: 'Запись о согласии не разрешает публиковать текст истории.',
  }),
  'guardian-given-in-future': () => ({
    az: 'Qəyyumun razılığı gələcək tarixlə verilmiş kimi qeyd edilə bilməz.',
    en: 'The guardian’s consent cannot be recorded as given in the future.',
    ru: 'Согласие опекуна не может быть записано как данное в будущем.',
  }),
  'guardian-needed': () => ({
    az: 'Şəxs azyaşlı olub: qəyyumun razılığı da (tarix və forma nömrəsi) lazımdır.',
    en: 'The person was a minor: a guardian’s consent (date and form reference) is needed too.',
    ru: 'Человек был несовершеннолетним: нужно и согласие опекуна (дата и номер формы).',
  }),
  'consent-withdrawn': ({ on }) => ({
    az: `Razılıq ${day(on)} tarixində geri götürülüb: əvvəlcə yeni razılığı (ondan sonra, yeni imzalanmış formada verilmiş) qeyd edin.`,
    en: `Consent was withdrawn on ${day(on)}: record the new consent (given after that, on a new signed form) first.`,
    ru: `Согласие отозвано ${day(on)}: сначала запишите новое согласие (данное после этого, на новой подписанной форме).`,
  }),
  'consent-without-channel': () => ({
    az: 'Razılıq qeydi heç bir kanala icazə vermir.',
    en: 'The consent record allows no channel.',
    ru: 'Запись о согласии не разрешает ни одного канала.',
  }),
  'consent-without-language': () => ({
    az: 'Razılıq qeydi heç bir dilə icazə vermir.',
    en: 'The consent record allows no language.',
    ru: 'Запись о согласии не разрешает ни одного языка.',
  }),
  'consent-excludes-media': ({ media }) => ({
    az: `Hekayədə ${mediaNames[media].az} var, razılıq qeydi isə buna icazə vermir.`,
    en: `The story uses ${mediaNames[media].en}, which the consent record does not allow.`,
    ru: `В истории есть ${mediaNames[media].ru}, а запись о согласии этого не разрешает.`,
  }),
  'language-not-consented': ({ locale }) => ({
    az: `Razılıq ${locale} dilinə icazə vermir: təsdiqlənsə də, bu dildə heç yerdə görünməyəcək.`,
    en: `The consent record does not allow ${locale}: even approved, it will not be shown in ${locale} anywhere.`,
    ru: `Согласие не разрешает язык ${locale}: даже после утверждения на нём история нигде не появится.`,
  }),
  'channels-not-consented': ({ channels }) => ({
    az: `Razılıq bu kanallara icazə vermir, orada görünməyəcək: ${channelList(channels, 'az')}.`,
    en: `The consent record does not allow these channels; it will not appear there: ${channelList(channels, 'en')}.`,
    ru: `Согласие не разрешает эти каналы, там история не появится: ${channelList(channels, 'ru')}.`,
  }),
  'published-not-public': ({ locale }) => ({
    az: `${locale} dərc edilib, amma indi saytda oxunmur (razılıq, vaxt cədvəli və ya geri götürülmə).`,
    en: `${locale} is published but not public on the website now (consent, schedule or withdrawal).`,
    ru: `${locale} опубликован, но сейчас не виден на сайте (согласие, расписание или отзыв).`,
  }),
}

/** The refusal in every language of the admin. */
export const sayAll = ({ code, params }: WorkflowRefusal): Words =>
  (messages[code] as (params: unknown) => Words)(params)

/** The refusal in one language; the API's messages are `say(refusal, 'en')`. */
export const say = (refusal: WorkflowRefusal, language: AdminLanguage): string =>
  sayAll(refusal)[language]

export const refusalCodes = Object.keys(messages) as RefusalCode[]
