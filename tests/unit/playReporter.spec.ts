import { describe, expect, it } from 'vitest'

import {
  createPlayReporter,
  maxBatch,
  maxQueued,
  sendAfterPlays,
  type Play,
} from '@/channels/screens/player/plays.js'

const play = (n: number): Play => ({
  posterId: n,
  locale: 'az',
  startedAt: new Date(Date.UTC(2026, 11, 1, 8, 0, n)).toISOString(),
  durationSeconds: 10,
})

describe('proof of play in the player', () => {
  it('should send after enough plays, in batches, and forget what the CMS took', async () => {
    const sent: Play[][] = []
    const reporter = createPlayReporter({ send: async (batch) => (sent.push(batch), true) })
    for (let n = 0; n < sendAfterPlays - 1; n++) reporter.record(play(n))
    expect(sent).toEqual([])
    reporter.record(play(sendAfterPlays - 1))
    await reporter.flush()
    expect(sent.flat().map((p) => p.posterId)).toEqual([...Array(sendAfterPlays).keys()])
    expect(reporter.queued()).toBe(0)
  })

  it('should keep what was refused or not delivered, and send it with the next try', async () => {
    const answers = [
      async () => false,
      () => Promise.reject(new Error('offline')),
      async () => true,
    ]
    const sent: Play[][] = []
    const reporter = createPlayReporter({
      send: (batch) => (sent.push(batch), answers.shift()!()),
    })
    reporter.record(play(1))
    await reporter.flush()
    reporter.record(play(2))
    await reporter.flush()
    expect(reporter.queued()).toBe(2)
    await reporter.flush()
    expect(sent.map((batch) => batch.map((p) => p.posterId))).toEqual([[1], [1, 2], [1, 2]])
    expect(reporter.queued()).toBe(0)
  })

  it('should keep at most the newest plays while offline, and send them a batch at a time', async () => {
    let isOnline = false
    const sent: Play[][] = []
    const saved: Play[][] = []
    const reporter = createPlayReporter({
      send: async (batch) => isOnline && (sent.push(batch), true),
      saved: [play(-1)],
      save: (queue) => saved.push(queue),
    })
    for (let n = 0; n < maxQueued + 5; n++) reporter.record(play(n))
    await reporter.flush()
    expect(reporter.queued()).toBe(maxQueued)
    isOnline = true
    await reporter.flush()
    expect(sent.length).toBe(maxQueued / maxBatch)
    expect(sent[0][0].posterId).toBe(5)
    expect(sent.every((batch) => batch.length <= maxBatch)).toBe(true)
    expect(saved.at(-1)).toEqual([])
  })
})
