'use client'

import { Button, toast, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { formatAdminDate } from '@/i18n/adminDates'
import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'
import type { Locale } from '@/i18n/locales'

import { translationLabels, workflowLabels } from '../labels'
import { inLanguage, say, type WorkflowRefusal } from '../refusals'
import type { SafetyCheck } from '../safetyChecklist'
import { organisationLabels, type Organisation } from '../signOff'
import type { TranslationStatus } from '../translations'
import type { Action, Stage } from '../transitions'
import { ReasonDialog, reasonDialogSlug } from './ReasonDialog'

/** What GET /api/<collection>/:id/workflow answers (src/workflow/applyTransition.ts). */
type Available = {
  stage: Stage
  isLive: boolean
  translations: Record<Locale, TranslationStatus>
  publishedLocales: Locale[]
  publicLocales: Locale[]
  signOffProgress: { organisation: Organisation; by: string | null; at: string | null }[] | null
  schedule: { publishAt: string | null; unpublishAt: string | null }
  comments: {
    at: string
    action: string
    author: string | null
    comment: string
    isOverride: boolean
  }[]
  warnings: WorkflowRefusal[]
  withdrawnAt: string | null
  checklist: { key: SafetyCheck; az: string; en: string; ru?: string }[]
  canMarkReady: Locale[]
  canErase: boolean
  actions: {
    action: Action
    isAllowed: boolean
    isRelevant: boolean
    refusal?: WorkflowRefusal
    needsOverrideReason?: boolean
  }[]
}

/** What a dialog asks for: the comment of a request for changes, a withdrawal's reason, an override's. */
type Asked = 'comment' | 'reason' | 'overrideReason'

const words = {
  live: { az: 'saytda', en: 'live', ru: 'на сайте' },
  comment: {
    az: 'Nəyi dəyişmək lazımdır?',
    en: 'What needs to change?',
    ru: 'Что нужно изменить?',
  },
  reason: {
    az: 'Razılıq niyə geri götürüldü?',
    en: 'Why was consent withdrawn?',
    ru: 'Почему отозвано согласие?',
  },
  overrideReason: {
    az: 'Digər təşkilatın təsdiqi olmadan niyə təsdiqləyirsiniz? Səbəb audit jurnalına yazılır.',
    en: 'Why approve without the other organisation’s sign-off? The reason goes into the audit log.',
    ru: 'Почему вы утверждаете без согласования другой организации? Причина записывается в журнал аудита.',
  },
  required: { az: 'Bunu yazın.', en: 'Please write it.', ru: 'Напишите это.' },
  send: { az: 'Göndər', en: 'Send', ru: 'Отправить' },
  cancel: { az: 'Ləğv et', en: 'Cancel', ru: 'Отмена' },
  markReady: { az: 'Hazır kimi qeyd et', en: 'Mark ready', ru: 'Отметить готовым' },
  erase: { az: 'Həmişəlik sil', en: 'Erase for good', ru: 'Удалить навсегда' },
  eraseConfirm: {
    az: 'Hekayə, bütün versiyaları və şəkilləri həmişəlik silinəcək. Davam edilsin?',
    en: 'The story, all its versions and its images will be erased for good. Go on?',
    ru: 'История, все её версии и изображения будут удалены навсегда. Продолжить?',
  },
  checklist: { az: 'Təhlükəsizlik yoxlaması', en: 'Safety checklist', ru: 'Проверка безопасности' },
  confirmApprove: { az: 'Təsdiq edirəm', en: 'Confirm and approve', ru: 'Подтвердить и утвердить' },
  withdrawn: { az: 'Razılıq geri götürülüb', en: 'Consent withdrawn', ru: 'Согласие отозвано' },
  signOff: { az: 'Təşkilatların təsdiqi', en: 'Sign-off', ru: 'Согласование организаций' },
  stillMissing: { az: 'hələ təsdiqləməyib', en: 'still missing', ru: 'ещё не утверждено' },
  publishAt: { az: 'Dərc vaxtı', en: 'Goes out', ru: 'Публикация' },
  unpublishAt: { az: 'Dərcdən çıxma vaxtı', en: 'Comes down', ru: 'Снятие с публикации' },
  bakuTime: { az: 'Bakı vaxtı', en: 'Baku time', ru: 'время Баку' },
  comments: { az: 'Şərhlər', en: 'Comments', ru: 'Комментарии' },
  override: { az: 'istisna', en: 'override', ru: 'в обход' },
  scheduler: { az: 'cədvəl', en: 'scheduler', ru: 'расписание' },
} satisfies Record<string, Words>

/** The action whose dialog asks what. */
const askedFor = (action: Action, needsOverrideReason?: boolean): Asked | null =>
  action === 'request-changes'
    ? 'comment'
    : action === 'withdraw-consent'
      ? 'reason'
      : action === 'approve' && needsOverrideReason
        ? 'overrideReason'
        : null

/**
 * The workflow panel, first in the edit view's sidebar: the stage and what readers get now, any
 * warnings, each language's status, the organisations' sign-off, the schedule, every action this
 * user's roles take (available ones as buttons, the others with the reason they are not
 * available now), and the comment thread. It is a UI field rather than a document control because
 * reviewers, who cannot edit content, get a read-only view without controls. The server decides
 * and words its refusals (src/workflow/refusals.ts); this asks it (GET …/workflow) again after
 * every save and every action, and acts (POST …/<action>).
 */
export const WorkflowActions: React.FC = () => {
  const { id, collectionSlug, lastUpdateTime, data } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const router = useRouter()
  const [available, setAvailable] = useState<Available | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [isChecking, setIsChecking] = useState(false)
  const [asking, setAsking] = useState<{ action: Action; asked: Asked } | null>(null)
  const [checked, setChecked] = useState<Partial<Record<SafetyCheck, boolean>>>({})
  const language = adminLanguageOf(i18n.language)
  const sayWords = (key: keyof typeof words) => words[key][language]
  const label = (key: Stage | Action) => inLanguage(workflowLabels[key], language)
  const when = (at: string) => formatAdminDate(at)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
      credentials: 'include',
    })
    if (response.ok) setAvailable(await response.json())
  }, [id, collectionSlug])

  // Asked again whenever the document is saved: a save can make an action possible or not.
  const savedAt = data?.updatedAt
  useEffect(() => {
    void load()
  }, [load, lastUpdateTime, savedAt])

  if (!id || !available) return null

  const post = async (action: string, body: object) => {
    setIsBusy(true)
    const response = await fetch(`/api/${collectionSlug}/${id}/workflow/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const result = await response.json()
    setIsBusy(false)
    if (!response.ok) {
      const error = result.errors?.[0]
      // Our refusals carry their code: said in the admin's language from the same table.
      toast.error(
        error?.data?.code ? say(error.data, language) : (error?.message ?? response.statusText),
      )
      return null
    }
    return result
  }

  const send = async (action: Action, comment?: string) => {
    const result = await post(action, {
      ...(comment ? { comment } : {}),
      ...(action === 'approve' && available.checklist.length ? { checklist: checked } : {}),
    })
    if (!result) return false
    setIsChecking(false)
    toast.success(`${label(action)}: ${label(result.stage as Stage)}`)
    await load()
    router.refresh()
    return true
  }

  const take = async (action: Action, needsOverrideReason?: boolean) => {
    if (action === 'approve' && available.checklist.length && !isChecking) {
      setIsChecking(true)
      return
    }
    const asked = askedFor(action, needsOverrideReason)
    if (!asked) return void (await send(action))
    setAsking({ action, asked })
    openModal(reasonDialogSlug)
  }

  const markReady = async (locale: Locale) => {
    if (await post('mark-ready', { locale })) await load()
  }

  const erase = async () => {
    if (!window.confirm(sayWords('eraseConfirm'))) return
    if (await post('erase', {})) router.push(`/admin/collections/${collectionSlug}`)
  }

  const isWithdrawn = Boolean(available.withdrawnAt)
  // What this user's roles do; a withdrawn story shows its state instead of withdrawing again.
  const shown = available.actions.filter(
    ({ action, isRelevant }) => isRelevant && !(isWithdrawn && action === 'withdraw-consent'),
  )

  return (
    <div className="workflow-actions" style={{ marginBottom: 24 }}>
      <p className="workflow-actions__stage" data-stage={available.stage}>
        <strong>{label(available.stage)}</strong>
        {available.publicLocales.length ? ` · ${sayWords('live')}` : ''}
        {isWithdrawn ? ` · ${sayWords('withdrawn')} (${when(available.withdrawnAt!)})` : ''}
      </p>
      {available.warnings.length > 0 && (
        <ul className="workflow-actions__warnings" role="status" style={{ paddingLeft: 16 }}>
          {available.warnings.map((warning, index) => (
            <li key={index} data-code={warning.code} style={{ color: 'var(--theme-warning-650)' }}>
              {say(warning, language)}
            </li>
          ))}
        </ul>
      )}
      <ul className="workflow-actions__locales" style={{ listStyle: 'none', padding: 0 }}>
        {(Object.entries(available.translations) as [Locale, TranslationStatus][]).map(
          ([locale, status]) => (
            <li key={locale} data-locale={locale} data-status={status}>
              <strong>{locale}</strong>: {inLanguage(translationLabels[status], language)}
              {available.publicLocales.includes(locale) ? ` · ${sayWords('live')}` : ''}
              {available.canMarkReady.includes(locale) && ' '}
              {available.canMarkReady.includes(locale) && (
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  disabled={isBusy}
                  id={`workflow-mark-ready-${locale}`}
                  onClick={() => void markReady(locale)}
                >
                  {sayWords('markReady')}
                </Button>
              )}
            </li>
          ),
        )}
      </ul>
      {available.signOffProgress && (
        <div className="workflow-actions__sign-off">
          <strong>{sayWords('signOff')}</strong>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {available.signOffProgress.map(({ organisation, by, at }) => (
              <li key={organisation} data-organisation={organisation} data-signed={Boolean(at)}>
                {at ? '✓' : '○'} {inLanguage(organisationLabels[organisation], language)}:{' '}
                {at ? `${by ?? '—'}, ${when(at)}` : sayWords('stillMissing')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(['publishAt', 'unpublishAt'] as const).map(
        (edge) =>
          available.schedule[edge] && (
            <p key={edge} className="workflow-actions__schedule" data-edge={edge}>
              {sayWords(edge)}: {when(available.schedule[edge]!)} ({sayWords('bakuTime')})
            </p>
          ),
      )}
      {isChecking && (
        <fieldset className="workflow-actions__checklist">
          <legend>{sayWords('checklist')}</legend>
          {available.checklist.map((item) => (
            <label key={item.key} style={{ display: 'block' }}>
              <input
                type="checkbox"
                name={item.key}
                checked={Boolean(checked[item.key])}
                onChange={(event) => setChecked({ ...checked, [item.key]: event.target.checked })}
              />{' '}
              {inLanguage(item, language)}
            </label>
          ))}
        </fieldset>
      )}
      <ul
        className="workflow-actions__actions"
        style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 8 }}
      >
        {shown.map(({ action, isAllowed, refusal, needsOverrideReason }) => (
          <li key={action} data-action={action} data-available={isAllowed}>
            {isAllowed ? (
              <Button
                id={`workflow-${action}`}
                buttonStyle={action === 'approve' || action === 'publish' ? 'primary' : 'secondary'}
                disabled={isBusy}
                margin={false}
                onClick={() => void take(action, needsOverrideReason)}
                size="medium"
              >
                {action === 'approve' && isChecking ? sayWords('confirmApprove') : label(action)}
              </Button>
            ) : (
              <span className="workflow-actions__unavailable" style={{ opacity: 0.75 }}>
                <Button buttonStyle="secondary" disabled margin={false} size="medium">
                  {label(action)}
                </Button>
                {refusal && (
                  <small className="workflow-actions__reason" style={{ display: 'block' }}>
                    {say(refusal, language)}
                  </small>
                )}
              </span>
            )}
          </li>
        ))}
        {available.canErase && (
          <li>
            <Button
              buttonStyle="error"
              id="workflow-erase"
              margin={false}
              onClick={() => void erase()}
            >
              {sayWords('erase')}
            </Button>
          </li>
        )}
      </ul>
      {available.comments.length > 0 && (
        <div className="workflow-actions__comments">
          <strong>{sayWords('comments')}</strong>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {available.comments.map((entry, index) => (
              <li key={index} data-action={entry.action} style={{ marginTop: 8 }}>
                <small>
                  <span className="workflow-actions__comment-author">
                    {entry.author === 'scheduler' ? sayWords('scheduler') : (entry.author ?? '—')}
                  </span>
                  {' · '}
                  <time dateTime={entry.at}>{when(entry.at)}</time>
                  {' · '}
                  {entry.action in workflowLabels ? label(entry.action as Action) : entry.action}
                  {entry.isOverride ? ` · ${sayWords('override')}` : ''}
                </small>
                <p
                  className="workflow-actions__comment"
                  style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                >
                  {entry.comment}
                </p>
              </li>
            ))}
          </ol>
        </div>
      )}
      {asking && (
        <ReasonDialog
          heading={sayWords(asking.asked)}
          confirmLabel={
            asking.action === 'request-changes' ? sayWords('send') : label(asking.action)
          }
          cancelLabel={sayWords('cancel')}
          requiredMessage={sayWords('required')}
          onConfirm={(reason) => send(asking.action, reason)}
        />
      )}
    </div>
  )
}

/** Publishing and unpublishing are workflow actions: Payload's own buttons give way to nothing. */
export const NoPublishButton: React.FC = () => null
