import { describe, expect, it } from 'vitest'

import { emailSender } from '@/email/adapter'
import { chooseRecipients, composeEmail, type Person } from '@/workflow/notify'
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
