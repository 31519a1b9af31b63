import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Action } from '@/workflow/transitions'

import { addStaffUser, type ApiClient, type Tokens } from '../helpers/api'
import { confirmedChecklist } from '../helpers/fixtures'
import type { RunningServer } from '../helpers/server'
import { startSmtpServer, type ReceivedMail } from '../helpers/smtpServer'
import { startStaffServer } from '../helpers/staffServer'
import { submittedStory, takeAction } from '../helpers/workflow'

describe('workflow emails through a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  /** An editor who is also a reviewer: told about others' submissions, never about their own. */
  let both: string
  const reviewers = [
    'both@test.example',
    'departmentreviewer@test.example',
    'reviewer2@test.example',
    'reviewer@test.example',
  ]
  /** Every reviewer but the one who submitted. */
  const others = reviewers.slice(1)

  /** The submission's emails to reviewers (reminders to translators end with the title too). */
  const about = (title: string) => (mail: ReceivedMail) =>
    mail.subject === `Rəydə / In review: ${title}`
  const wanted = (title: string) => (mail: ReceivedMail) =>
    mail.subject === `Tərcümə lazımdır / Translation wanted: ${title}`
  const recipients = (mails: ReceivedMail[]) => mails.flatMap(({ to }) => to).sort()
  const newArticle = async (title: string, token = tokens.editor) => {
    const created = await api.post('/api/articles', { token, json: { title } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number | string
  }
  const act = async (token: string, id: number | string, action: Action, comment?: string) =>
    (await takeAction(api, token, 'articles', id, action, comment)).status

  beforeAll(async () => {
    smtp = await startSmtpServer()
    ;({ server, api, tokens } = await startStaffServer({
      SMTP_URL: smtp.url,
      EMAIL_FROM: 'Xəbərdar CMS <cms@test.example>',
    }))
    both = await addStaffUser(api, tokens.admin, {
      email: 'both@test.example',
      name: 'İkili rol',
      roles: ['editor', 'reviewer'],
    })
    await addStaffUser(api, tokens.admin, {
      email: 'reviewer2@test.example',
      name: 'İkinci rəyçi',
      roles: ['reviewer'],
    })
  })
  afterAll(async () => {
    await server?.stop()
    await smtp?.stop()
  })

  it('should email each reviewer once when an item is submitted, and not the one who submitted it', async () => {
    const title = 'Bildiriş: təqdim'
    const id = await newArticle(title, both)
    expect(await act(both, id, 'submit')).toBe(200)

    const mails = await smtp.waitFor(about(title), others.length)
    expect(recipients(mails)).toEqual(others)
    expect(mails[0]).toMatchObject({
      from: '"Xəbərdar CMS" <cms@test.example>',
      subject: `Rəydə / In review: ${title}`,
    })
    expect(mails[0].text).toContain(`İkili rol submitted “${title}” for review.`)
    expect(mails[0].text).toContain(`${server.url}/admin/collections/articles/${id}`)
  })

  it('should email the author and the last editor, not the reviewer, when an item is approved', async () => {
    const title = 'Bildiriş: təsdiq'
    const id = await newArticle(title)
    const translated = await api.patch(`/api/articles/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      json: { title: 'Notice: approval' },
    })
    expect(translated.status).toBe(200)
    expect(await act(tokens.editor, id, 'submit')).toBe(200)
    expect(recipients(await smtp.waitFor(about(title), reviewers.length))).toEqual(reviewers)

    expect(await act(tokens.reviewer, id, 'approve')).toBe(200)
    const approved = await smtp.waitFor((mail) => mail.subject.startsWith('Təsdiqlənib'), 2)
    expect(recipients(approved)).toEqual(['editor@test.example', 'translator@test.example'])
    // The title in the editors' language, whatever the last edit was.
    expect(approved[0].subject).toBe(`Təsdiqlənib / Approved: ${title}`)
    expect(approved[0].text).toContain(`Test reviewer approved “${title}”.`)
  })

  it("should email the author the reviewer's comment when changes are requested", async () => {
    const title = 'Bildiriş: düzəliş'
    const id = await newArticle(title)
    expect(await act(tokens.editor, id, 'submit')).toBe(200)
    await smtp.waitFor(about(title), reviewers.length)
    const comment = 'Şəxsi məlumatı çıxarın: ad və kənd tanınır.'
    expect(await act(tokens.reviewer, id, 'request-changes', comment)).toBe(200)

    const [mail] = await smtp.waitFor((m) => m.subject.startsWith('Düzəliş istənib'), 1)
    expect(mail.to).toEqual(['editor@test.example'])
    expect(mail.subject).toBe(`Düzəliş istənib / Changes requested: ${title}`)
    expect(mail.text).toContain(`Şərh / Comment: ${comment}`)
  })

  it('should send nothing for a refused action', async () => {
    const title = 'Bildiriş: rədd'
    const id = await newArticle(title)
    expect(await act(tokens.reviewer, id, 'approve')).toBe(409)
    expect(await act(tokens.translator, id, 'submit')).toBe(403)
    expect(await act(tokens.editor, id, 'request-changes', 'x')).toBe(409)
    // The next accepted action's emails arrive after anything the refused ones could have sent.
    expect(await act(tokens.editor, id, 'submit')).toBe(200)
    await smtp.waitFor(about(title), reviewers.length)
    expect(recipients(smtp.received.filter(about(title)))).toEqual(reviewers)
  })

  it('should remind the translators when an original goes to review with languages missing', async () => {
    const title = 'Bildiriş: tərcümə'
    const id = await newArticle(title)
    expect(await act(tokens.editor, id, 'submit')).toBe(200)
    const [mail] = await smtp.waitFor(wanted(title), 1)
    expect(mail.to).toEqual(['translator@test.example'])
    expect(mail.text).toContain(`«${title}» materialının tərcüməsi lazımdır: en, ru.`)
    expect(mail.text).toContain(`“${title}” needs translating into: en, ru.`)
    expect(mail.text).toContain(`${server.url}/admin/collections/articles/${id}?locale=en`)
  })

  it("should remind the other organisation's reviewers once one organisation has signed off", async () => {
    const title = 'Bildiriş: ikinci təşkilat'
    const id = await submittedStory(api, tokens, title)
    await smtp.waitFor(about(title), reviewers.length)
    const signed = await takeAction(api, tokens.reviewer, 'stories', id, 'approve', {
      checklist: confirmedChecklist,
    })
    expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    const [mail] = await smtp.waitFor((m) => m.subject.startsWith('Təsdiqinizi gözləyir'), 1)
    expect(mail.to).toEqual(['departmentreviewer@test.example'])
    expect(mail.subject).toBe(`Təsdiqinizi gözləyir / Waiting for your sign-off: ${title}`)
    expect(mail.text).toContain('it waits for the sign-off of Police department.')
    expect(mail.text).toContain(`${server.url}/admin/collections/stories/${id}`)
  })

  it('should have sent no other email', async () => {
    // Each reminder leaves with the emails the tests waited for, but may arrive after them.
    await smtp.waitFor((mail) => mail.subject.startsWith('Tərcümə lazımdır'), 6)
    const sent = smtp.received.map((mail) => `${mail.subject} → ${mail.to.join(', ')}`).sort()
    expect(sent).toEqual(
      [
        ...others.map((to) => `Rəydə / In review: Bildiriş: təqdim → ${to}`),
        ...['Bildiriş: təsdiq', 'Bildiriş: düzəliş', 'Bildiriş: rədd'].flatMap((title) =>
          reviewers.map((to) => `Rəydə / In review: ${title} → ${to}`),
        ),
        ...['editor', 'translator'].map(
          (who) => `Təsdiqlənib / Approved: Bildiriş: təsdiq → ${who}@test.example`,
        ),
        'Düzəliş istənib / Changes requested: Bildiriş: düzəliş → editor@test.example',
        // The translator hears of every submitted original with languages missing, but not of
        // the approval they were already told of as its last editor.
        ...['təqdim', 'təsdiq', 'düzəliş', 'rədd', 'tərcümə', 'ikinci təşkilat'].map(
          (title) =>
            `Tərcümə lazımdır / Translation wanted: Bildiriş: ${title} → translator@test.example`,
        ),
        ...['Bildiriş: tərcümə', 'Bildiriş: ikinci təşkilat'].flatMap((title) =>
          reviewers.map((to) => `Rəydə / In review: ${title} → ${to}`),
        ),
        'Təsdiqinizi gözləyir / Waiting for your sign-off: Bildiriş: ikinci təşkilat → departmentreviewer@test.example',
      ].sort(),
    )
  })

  it("should send Payload's own emails the same way: a password reset", async () => {
    const reset = await api.post('/api/users/forgot-password', {
      json: { email: 'translator@test.example' },
    })
    expect(reset.status).toBe(200)
    const [mail] = await smtp.waitFor((m) => /password/i.test(m.subject), 1)
    expect(mail.to).toEqual(['translator@test.example'])
    expect(mail.from).toBe('"Xəbərdar CMS" <cms@test.example>')
    expect(mail.text).toContain(`${server.url}/admin/reset/`)
  })

  it('should take the action and log the failure when the mail server is down', async () => {
    await smtp.stop()
    const id = await newArticle('Bildiriş: poçt yoxdur')
    expect(await act(tokens.editor, id, 'submit')).toBe(200)
    expect(await act(tokens.reviewer, id, 'approve')).toBe(200)
    const stage = await api.get(`/api/articles/${id}?draft=true`, { token: tokens.admin })
    expect(stage.body.workflow.stage).toBe('approved')
    await expect
      .poll(() => server.output().match(/Could not email user \S+ about approve/g)?.length ?? 0, {
        timeout: 15_000,
      })
      .toBe(1)
  })
})
