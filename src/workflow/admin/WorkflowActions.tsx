'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import type { Locale } from '@/i18n/locales'

import { translationLabels, workflowLabels } from '../labels'
import type { SafetyCheck } from '../safetyChecklist'
import type { TranslationStatus } from '../translations'
import type { Action, Stage } from '../transitions'

type Available = {
  stage: Stage
  isLive: boolean
  translations: Record<Locale, TranslationStatus>
  publishedLocales: Locale[]
  signOffs: { organisation: string }[]
  withdrawnAt: string | null
  checklist: { key: SafetyCheck; az: string; en: string }[]
  canMarkReady: Locale[]
  canErase: boolean
  actions: { action: Action; isAllowed: boolean; reason?: string }[]
}

const words = {
  ...workflowLabels,
  ...translationLabels,
  live: { az: 'saytda', en: 'live' },
  comment: { az: 'Nəyi dəyişmək lazımdır?', en: 'What needs to change?' },
  reason: { az: 'Razılıq niyə geri götürüldü?', en: 'Why was consent withdrawn?' },
  markReady: { az: 'hazırdır', en: 'ready' },
  erase: { az: 'Həmişəlik sil', en: 'Erase for good' },
  eraseConfirm: {
    az: 'Hekayə, bütün versiyaları və şəkilləri həmişəlik silinəcək. Davam edilsin?',
    en: 'The story, all its versions and its images will be erased for good. Go on?',
  },
  checklist: { az: 'Təhlükəsizlik yoxlaması', en: 'Safety checklist' },
  confirmApprove: { az: 'Təsdiq edirəm', en: 'Confirm and approve' },
  withdrawn: { az: 'Razılıq geri götürülüb', en: 'Consent withdrawn' },
}

/**
 * The workflow in the edit view's sidebar: the item's stage, each language's status, and a
 * button for each action the server says this user may take now. It is a UI field rather than a
 * document control because reviewers, who cannot edit content, get a read-only view without
 * controls. The server decides; this only asks it (GET …/workflow) and acts (POST …/<action>).
 */
export const WorkflowActions: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [available, setAvailable] = useState<Available | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [isChecking, setIsChecking] = useState(false)
  const [checked, setChecked] = useState<Partial<Record<SafetyCheck, boolean>>>({})
  const language = i18n.language === 'az' ? 'az' : 'en'
  const say = (key: keyof typeof words) => words[key][language]

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
      credentials: 'include',
    })
    if (response.ok) setAvailable(await response.json())
  }, [id, collectionSlug])

  useEffect(() => {
    void load()
  }, [load])

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
      toast.error(result.errors?.[0]?.message ?? response.statusText)
      return null
    }
    return result
  }

  const take = async (action: Action) => {
    if (action === 'approve' && available.checklist.length && !isChecking) {
      setIsChecking(true)
      return
    }
    const prompt =
      action === 'request-changes' ? 'comment' : action === 'withdraw-consent' ? 'reason' : null
    const comment = prompt ? window.prompt(say(prompt)) : undefined
    if (prompt && !comment) return
    const result = await post(action, {
      ...(comment ? { comment } : {}),
      ...(action === 'approve' && available.checklist.length ? { checklist: checked } : {}),
    })
    if (!result) return
    setIsChecking(false)
    toast.success(`${say(action)}: ${say(result.stage as Stage)}`)
    await load()
    router.refresh()
  }

  const markReady = async (locale: Locale) => {
    if (await post('mark-ready', { locale })) await load()
  }

  const erase = async () => {
    if (!window.confirm(say('eraseConfirm'))) return
    if (await post('erase', {})) router.push(`/admin/collections/${collectionSlug}`)
  }

  return (
    <div className="workflow-actions" style={{ marginBottom: 16 }}>
      <p className="workflow-actions__stage" data-stage={available.stage}>
        {say(available.stage)}
        {available.isLive ? ` · ${say('live')}` : ''}
        {available.withdrawnAt ? ` · ${say('withdrawn')}` : ''}
      </p>
      <ul className="workflow-actions__locales" style={{ listStyle: 'none', padding: 0 }}>
        {(Object.entries(available.translations) as [Locale, TranslationStatus][]).map(
          ([locale, status]) => (
            <li key={locale} data-locale={locale} data-status={status}>
              <strong>{locale}</strong>: {say(status)}
              {available.publishedLocales.includes(locale) ? ` · ${say('live')}` : ''}
              {available.canMarkReady.includes(locale) && (
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  disabled={isBusy}
                  id={`workflow-mark-ready-${locale}`}
                  onClick={() => void markReady(locale)}
                >
                  {say('markReady')}
                </Button>
              )}
            </li>
          ),
        )}
      </ul>
      {isChecking && (
        <fieldset className="workflow-actions__checklist">
          <legend>{say('checklist')}</legend>
          {available.checklist.map((item) => (
            <label key={item.key} style={{ display: 'block' }}>
              <input
                type="checkbox"
                name={item.key}
                checked={Boolean(checked[item.key])}
                onChange={(event) => setChecked({ ...checked, [item.key]: event.target.checked })}
              />{' '}
              {item[language]}
            </label>
          ))}
        </fieldset>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {available.actions
          .filter(({ isAllowed }) => isAllowed)
          .map(({ action }) => (
            <Button
              key={action}
              id={`workflow-${action}`}
              buttonStyle={action === 'approve' || action === 'publish' ? 'primary' : 'secondary'}
              disabled={isBusy}
              margin={false}
              onClick={() => void take(action)}
              size="medium"
            >
              {action === 'approve' && isChecking ? say('confirmApprove') : say(action)}
            </Button>
          ))}
        {available.canErase && (
          <Button
            buttonStyle="error"
            id="workflow-erase"
            margin={false}
            onClick={() => void erase()}
          >
            {say('erase')}
          </Button>
        )}
      </div>
    </div>
  )
}

/** Publishing and unpublishing are workflow actions: Payload's own buttons give way to nothing. */
export const NoPublishButton: React.FC = () => null
