import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { publicUrl } from '@/env'

import { logOnlyEmailAdapter } from './logOnlyAdapter'

export type Sender = { defaultFromName: string; defaultFromAddress: string }

/** EMAIL_FROM as `Name <address>` or a bare address; by default no-reply at PUBLIC_URL's host. */
export const emailSender = (from = process.env.EMAIL_FROM): Sender => {
  const match = from?.trim().match(/^(.*?)\s*<([^<>\s]+)>$/)
  return {
    defaultFromName: match?.[1].replace(/^"|"$/g, '') || 'Xəbərdar',
    defaultFromAddress: match?.[2] || from?.trim() || `no-reply@${new URL(publicUrl()).hostname}`,
  }
}

/**
 * Payload's nodemailer adapter on SMTP_URL. It is told not to verify the server, because it would
 * hold the CMS's start until a slow mail server answered; the check runs beside the start instead.
 */
const smtpAdapter = async (url: string, sender: Sender): Promise<EmailAdapter> => {
  const transport = nodemailer.createTransport(url)
  const adapter = await nodemailerAdapter({ ...sender, transport, skipVerify: true })
  return (args) => {
    transport
      .verify()
      .catch((err) =>
        args.payload.logger.error({ err, msg: 'The mail server (SMTP_URL) does not answer' }),
      )
    return adapter(args)
  }
}

/** Email goes out through SMTP_URL; without one, emails are logged instead (see logOnlyAdapter). */
export const emailAdapter = (): EmailAdapter | Promise<EmailAdapter> =>
  process.env.SMTP_URL
    ? smtpAdapter(process.env.SMTP_URL, emailSender())
    : logOnlyEmailAdapter(emailSender())
