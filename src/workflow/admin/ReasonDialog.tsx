'use client'

import { Button, Modal, useModal } from '@payloadcms/ui'
import React, { useState } from 'react'

export const reasonDialogSlug = 'workflow-reason'

/**
 * A modal dialog that asks for the words an action needs (what to change, why consent was
 * withdrawn, why an admin approves alone). It stays open until the text is there and the server
 * has accepted: `onConfirm` answers whether it did. Styled as Payload's own confirmation modal.
 */
export const ReasonDialog: React.FC<{
  heading: string
  confirmLabel: string
  cancelLabel: string
  requiredMessage: string
  onConfirm: (reason: string) => Promise<boolean>
}> = ({ heading, confirmLabel, cancelLabel, requiredMessage, onConfirm }) => {
  const { closeModal, isModalOpen } = useModal()
  const [reason, setReason] = useState('')
  const [isMissing, setIsMissing] = useState(false)
  const [isSending, setIsSending] = useState(false)
  if (!isModalOpen(reasonDialogSlug)) return null

  const close = () => {
    setReason('')
    setIsMissing(false)
    closeModal(reasonDialogSlug)
  }
  const confirm = async () => {
    if (!reason.trim()) return setIsMissing(true)
    setIsSending(true)
    const isAccepted = await onConfirm(reason.trim())
    setIsSending(false)
    if (isAccepted) close()
  }

  return (
    <Modal
      className="confirmation-modal workflow-dialog"
      closeOnBlur={false}
      slug={reasonDialogSlug}
    >
      <div className="confirmation-modal__wrapper">
        <div className="confirmation-modal__content">
          <h1>
            <label htmlFor="workflow-dialog-reason">{heading}</label>
          </h1>
          <textarea
            id="workflow-dialog-reason"
            className="workflow-dialog__reason"
            rows={4}
            required
            aria-invalid={isMissing}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value)
              setIsMissing(false)
            }}
            style={{ width: '100%' }}
          />
          {isMissing && (
            <p className="workflow-dialog__missing" role="alert">
              {requiredMessage}
            </p>
          )}
        </div>
        <div className="confirmation-modal__controls">
          <Button
            buttonStyle="secondary"
            disabled={isSending}
            id="workflow-dialog-cancel"
            onClick={close}
            size="large"
            type="button"
          >
            {cancelLabel}
          </Button>
          <Button
            disabled={isSending}
            id="workflow-dialog-confirm"
            onClick={() => void confirm()}
            size="large"
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Modal>
  )
}
