import { simpleParser } from 'mailparser'
import type { AddressInfo } from 'net'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = {
  /** The envelope's recipients: who the mail was delivered to, whatever its headers say. */
  to: string[]
  from: string
  subject: string
  text: string
}

const user = 'xeberdar'
const pass = 'smtp-test-password'

/**
 * A real SMTP server on a free loopback port that keeps what it receives. It asks for the login
 * in its URL, so a test proves SMTP_URL's credentials are used. STARTTLS is off: nodemailer would
 * upgrade to it and then reject the server's self-signed certificate.
 */
export const startSmtpServer = async () => {
  const received: ReceivedMail[] = []
  const onReceive = new Set<() => void>()
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) =>
      auth.username === user && auth.password === pass
        ? callback(null, { user })
        : callback(new Error('Invalid username or password')),
    onData: (stream, session, callback) => {
      simpleParser(stream).then((mail) => {
        received.push({
          to: session.envelope.rcptTo.map(({ address }) => address),
          from: mail.from?.text ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        })
        onReceive.forEach((check) => check())
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  /** Resolves with the mails that match once there are `count` of them; rejects after `timeoutMs`. */
  const waitFor = (match: (mail: ReceivedMail) => boolean, count: number, timeoutMs = 15_000) =>
    new Promise<ReceivedMail[]>((resolve, reject) => {
      const check = () => {
        const found = received.filter(match)
        if (found.length < count) return
        stop()
        resolve(found)
      }
      const timer = setTimeout(() => {
        stop()
        reject(new Error(`${received.filter(match).length} of ${count} mails in ${timeoutMs} ms`))
      }, timeoutMs)
      const stop = () => {
        clearTimeout(timer)
        onReceive.delete(check)
      }
      onReceive.add(check)
      check()
    })

  return {
    url: `smtp://${user}:${pass}@127.0.0.1:${port}`,
    received,
    waitFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
