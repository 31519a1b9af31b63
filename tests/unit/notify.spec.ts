import { describe, expect, it } from 'vitest'

import { emailSender } from '@/email/adapter'
import {
  chooseRecipients,
  composeEmail,
  composeSignOffReminder,
  composeTranslationReminder,
  organisationsWaited,
  remindOnce,
  signOffReminded,
  type Person,
  type Reviewer,
} from '@/workflow/notify'
import { actions } from '@/workflow/transitions'

const person = (id: number): Person => ({ id, email: `u${id}@test.example` })
const author = person(1)
const translator = person(2)
const reviewers = [person(3), person(4)]
const ids = (people: Person[]) => people.map(({ id }) => id)

describe('chooseRecipients', () => {
  it('should tell every reviewer about a submission, except whoever submitted it', () => {
    expect(ids(chooseRecipients({ action: 'submit', actorId: 1, author, reviewers }))).toEqual([
      3, 4,
    ])
    // A reviewer who submits (also an editor) hears nothing of their own action.
    expect(
      ids(chooseRecipients({ action: 'submit', actorId: 3, author: person(3), reviewers })),
    ).toEqual([4])
  })

  it('should not tell a reviewer who wrote or last edited the item, who may not approve it', () => {
    expect(
      ids(
        chooseRecipients({
          action: 'submit',
          actorId: 1,
          author,
          lastEditor: person(4),
          reviewers,
        }),
      ),
    ).toEqual([3])
  })

  it('should tell the author and a different last editor when it is approved or sent back', () => {
    for (const action of ['approve', 'request-changes'] as const) {
      expect(
        ids(chooseRecipients({ action, actorId: 3, author, lastEditor: translator, reviewers })),
      ).toEqual([1, 2])
      expect(
        ids(chooseRecipients({ action, actorId: 3, author, lastEditor: person(1), reviewers })),
      ).toEqual([1])
      // Ids compare as text: MongoDB's are strings, the author's relationship may not be.
      expect(
        ids(
          chooseRecipients({
            action,
            actorId: '2',
            author: { id: '1', email: 'a@test.example' },
            lastEditor: translator,
            reviewers,
          }),
        ),
      ).toEqual(['1'])
    }
  })

  it('should tell nobody about the other actions, or about an item without a known author', () => {
    for (const action of actions.filter(
      (a) => !['submit', 'approve', 'request-changes'].includes(a),
    ))
      expect(chooseRecipients({ action, actorId: 3, author, reviewers })).toEqual([])
    expect(chooseRecipients({ action: 'approve', actorId: 3, author: null, reviewers })).toEqual([])
  })
})

describe('composeEmail', () => {
  it('should name the item and the stage in both languages, with the comment and the link', () => {
    const email = composeEmail({
      action: 'request-changes',
      actorName: 'Rəyçi',
      title: 'Yol xəritəsi',
      comment: '  Adı gizlədin.  ',
      link: 'https://cms.example.az/admin/collections/stories/7',
    })
    expect(email.subject).toBe('Düzəliş istənib / Changes requested: Yol xəritəsi')
    expect(email.text).toContain('Rəyçi «Yol xəritəsi» materialında düzəliş istədi.')
    expect(email.text).toContain('Rəyçi requested changes to “Yol xəritəsi”.')
    expect(email.text).toContain('Şərh / Comment: Adı gizlədin.\n')
    expect(email.text).toContain('https://cms.example.az/admin/collections/stories/7')
    expect(
      composeEmail({ action: 'submit', actorName: 'R', title: 'T', link: 'x' }).text,
    ).not.toMatch(/Comment/)
  })
})

describe('reminders', () => {
  const campaign: Reviewer[] = [
    { ...person(3), organisation: 'campaign' },
    { ...person(4), organisation: 'campaign' },
  ]
  const department: Reviewer[] = [
    { ...person(5), organisation: 'department' },
    { ...person(6), organisation: 'department' },
  ]
  const noOrganisation: Reviewer = { ...person(7), organisation: null }
  const reviewers = [...campaign, ...department, noOrganisation]

  it('should remind only the organisation still waited for, never an owner of the item', () => {
    const signOff = { userId: '3', organisation: 'campaign' as const, at: '', hash: 'h' }
    expect(organisationsWaited([signOff])).toEqual(['department'])
    expect(organisationsWaited([])).toEqual([])
    expect(
      ids(signOffReminded({ waitingFor: ['department'], reviewers, owners: [], actorId: 3 })),
    ).toEqual([5, 6])
    // A department reviewer who wrote the story may not approve it: not reminded.
    expect(
      ids(
        signOffReminded({ waitingFor: ['department'], reviewers, owners: [person(6)], actorId: 3 }),
      ),
    ).toEqual([5])
    expect(signOffReminded({ waitingFor: [], reviewers, owners: [], actorId: 3 })).toEqual([])
  })

  it('should never remind the actor, anyone already emailed, or anyone twice', () => {
    const translators = [person(2), person(8), { id: '8', email: 'u8@test.example' }, person(9)]
    expect(
      ids(remindOnce({ candidates: translators, actorId: 9, alreadyTold: [{ ...person(2) }] })),
    ).toEqual([8])
  })

  it('should word both reminders in both languages, with the link', () => {
    const signOff = composeSignOffReminder({
      waitingFor: ['department'],
      title: 'Yol',
      link: 'https://cms.example.az/admin/collections/stories/7',
    })
    expect(signOff.subject).toBe('Təsdiqinizi gözləyir / Waiting for your sign-off: Yol')
    expect(signOff.text).toContain(
      'Kampaniya ofisi (miqrasiya təşkilatı) «Yol» materialını təsdiqlədi; Polis idarəsi təsdiqi gözlənilir.',
    )
    expect(signOff.text).toContain(
      'Campaign office (migration organisation) approved “Yol”; it waits for the sign-off of Police department.',
    )
    expect(signOff.text).toContain('Aç / Open: https://cms.example.az/admin/collections/stories/7')

    const translation = composeTranslationReminder({
      title: 'Yol',
      toWrite: ['ru'],
      toUpdate: ['en'],
      link: 'https://cms.example.az/admin/collections/stories/7?locale=ru',
    })
    expect(translation.subject).toBe('Tərcümə lazımdır / Translation wanted: Yol')
    expect(translation.text).toContain('“Yol” needs translating into: ru.')
    expect(translation.text).toContain('The original of “Yol” changed; update the translation: en.')
    expect(translation.text).toContain('«Yol» materialının tərcüməsi lazımdır: ru.')
    expect(
      composeTranslationReminder({ title: 'Yol', toWrite: ['en'], toUpdate: [], link: 'x' }).text,
    ).not.toMatch(/changed/)
  })
})

describe('emailSender', () => {
  it('should read EMAIL_FROM as a name and an address, or a bare address', () => {
    expect(emailSender('Xəbərdar CMS <cms@example.az>')).toEqual({
      defaultFromName: 'Xəbərdar CMS',
      defaultFromAddress: 'cms@example.az',
    })
    expect(emailSender('"Kampaniya" <k@example.az>').defaultFromName).toBe('Kampaniya')
    expect(emailSender('cms@example.az')).toEqual({
      defaultFromName: 'Xəbərdar',
      defaultFromAddress: 'cms@example.az',
    })
    expect(emailSender(undefined).defaultFromAddress).toMatch(/^no-reply@/)
  })
})
