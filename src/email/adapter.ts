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
 * Nodemailer on SMTP_URL behind Payload's email adapter interface. Payload's own
 * @payloadcms/email-nodemailer has no release of our Payload version, and Payload's dependency
 * check rejects another version outside production; this is the part of it we need.
 */
const smtpAdapter =
  (url: string, sender: Sender): EmailAdapter =>
  ({ payload }) => {
    const transport = nodemailer.createTransport(url)
    // Checked beside the start, not before it: a slow mail server must not hold up the CMS.
    transport
      .verify()
      .catch((err) =>
        payload.logger.error({ err, msg: 'The mail server (SMTP_URL) does not answer' }),
      )
    return {
      name: 'smtp',
      ...sender,
      sendEmail: (message) =>
        transport.sendMail({
          ...message,
          from: message.from ?? {
            name: sender.defaultFromName,
            address: sender.defaultFromAddress,
          },
        }),
    }
  }

/** Email goes out through SMTP_URL; without one, emails are logged instead (see logOnlyAdapter). */
export const emailAdapter = (): EmailAdapter =>
  process.env.SMTP_URL
    ? smtpAdapter(process.env.SMTP_URL, emailSender())
    : logOnlyEmailAdapter(emailSender())
