'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { workflowLabels } from '../labels'
import type { Action, Stage } from '../transitions'

type Available = {
  stage: Stage
  isLive: boolean
  actions: { action: Action; isAllowed: boolean; reason?: string }[]
}

const words = {
  ...workflowLabels,
  live: { az: 'saytda', en: 'live' },
  comment: { az: 'Nəyi dəyişmək lazımdır?', en: 'What needs to change?' },
}

/**
 * The workflow in the edit view's sidebar: the item's stage and a button for each action the
 * server says this user may take now. It is a UI field rather than a document control because
 * reviewers, who cannot edit content, get a read-only view without controls. The server decides;
 * this only asks it (GET …/workflow) and acts (POST …/workflow/<action>).
 */
export const WorkflowActions: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [available, setAvailable] = useState<Available | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const say = (key: keyof typeof words) => words[key][i18n.language === 'az' ? 'az' : 'en']

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

  const take = async (action: Action) => {
    const comment = action === 'request-changes' ? window.prompt(say('comment')) : undefined
    if (action === 'request-changes' && !comment) return
    setIsBusy(true)
    const response = await fetch(`/api/${collectionSlug}/${id}/workflow/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(comment ? { comment } : {}),
    })
    const body = await response.json()
    setIsBusy(false)
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? response.statusText)
      return
    }
    toast.success(`${say(action)}: ${say(body.stage)}`)
    await load()
    router.refresh()
  }

  return (
    <div
      className="workflow-actions"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 16 }}
    >
      <span className="workflow-actions__stage" data-stage={available.stage}>
        {say(available.stage)}
        {available.isLive ? ` · ${say('live')}` : ''}
      </span>
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
            {say(action)}
          </Button>
        ))}
    </div>
  )
}

/** Publishing and unpublishing are workflow actions: Payload's own buttons give way to nothing. */
export const NoPublishButton: React.FC = () => null
