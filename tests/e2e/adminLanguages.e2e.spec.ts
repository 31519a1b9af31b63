import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { launchBrowser, saveScreenshot, type LaunchedBrowser } from '../helpers/browser'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { submittedStory } from '../helpers/workflow'

/**
 * The admin in Azerbaijani and in Russian, as an admin sees it: the dashboard, a story list, the
 * audit log and a story's edit view read in the chosen language, with no raw codes, no English
 * words of ours and none of the Payload phrases that read wrong (src/i18n/adminTranslations.ts).
 */

/** Wrong in any admin language but English: raw codes, logic words, English words of ours. */
const wrongEverywhere = [
  /\bin-review\b/,
  /\bchanges-requested\b/,
  /(^|\s)submit(\s|$)/m,
  /\bStories\b/,
  /\bWorkflow\b/,
  /\bAudit log\b/,
  /\bScheduler\b/,
  /<No /,
]
const wrongIn = {
  az: [
    ...wrongEverywhere,
    /\byalan\b/i,
    /\bdoğru\b/i,
    /Payload Parametrləri/,
    /\d+ Xətalar/,
    /Heç bir/,
    /\bLokal\b/,
    /Təhlükəsizlik parametrlərini/,
  ],
  ru: [...wrongEverywhere, /\bложь\b/i, /\bправда\b/i, /Без метки/, /Настройки Payload/, /Локаль/],
}

/** Each page's words the chosen language must show. */
const expected = {
  az: {
    dashboard: ['Hekayələr', 'Audit jurnalı', 'Məzmun'],
    stories: ['Hekayələr', 'Başlıq'],
    audit: ['Rəyə göndərildi', 'Qaralama', 'Rəydə', 'Hekayə', 'xeyr'],
    story: ['Təxəllüs', 'Qısa məzmun', 'Razılıq qeydi'],
    account: ['Parametrlər', 'Admin mövzusu', 'Rollar'],
  },
  ru: {
    dashboard: ['Истории', 'Журнал аудита', 'Материалы'],
    stories: ['Истории', 'Заголовок'],
    audit: ['Отправлено на рецензию', 'Черновик', 'На рецензии', 'История', 'нет'],
    story: ['Псевдоним', 'Краткое содержание', 'Запись о согласии'],
    account: ['Настройки', 'Тема панели', 'Роли'],
  },
}

/** One date format in every language: "07.12.2026 09:18". */
const adminDate = /\b\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\b/

describe('the admin in Azerbaijani and Russian', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let launched: LaunchedBrowser
  let storyId: string | number

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    storyId = await submittedStory(api, tokens, 'Dillər üçün hekayə')
    launched = await launchBrowser()
  }, 180_000)
  afterAll(async () => {
    await launched?.close()
    await server?.stop()
  })

  /** An admin's browser whose admin language is `language` (Payload's payload-lng cookie). */
  const adminIn = async (
    language: 'az' | 'ru',
  ): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await launched.browser.newContext({ locale: 'en-US' })
    context.setDefaultTimeout(30_000)
    context.setDefaultNavigationTimeout(60_000)
    await context.addCookies([
      { name: 'payload-token', value: tokens.admin, url: server.url },
      { name: 'payload-lng', value: language, url: server.url },
    ])
    return { context, page: await context.newPage() }
  }

  /**
   * The page's visible text once each of `ready` shows, with its text if given (a list's cells
   * fill in after its rows); a screenshot is kept if one never does.
   */
  const visibleText = async (
    page: Page,
    address: string,
    ready: [selector: string, hasText?: RegExp][],
    name: string,
  ) => {
    await page.goto(`${server.url}${address}`)
    try {
      for (const [selector, hasText] of ready)
        await page.locator(selector, { hasText }).first().waitFor()
    } catch (error) {
      await saveScreenshot(page, `admin-languages-${name}`)
      throw error
    }
    return page.locator('body').innerText()
  }

  for (const language of ['az', 'ru'] as const) {
    it(`reads in ${language}: dashboard, story list, audit log, story and account`, async () => {
      const { context, page } = await adminIn(language)
      try {
        const pages = {
          dashboard: await visibleText(page, '/admin', [['.dashboard']], `${language}-dashboard`),
          stories: await visibleText(
            page,
            '/admin/collections/stories',
            [['table tbody td.cell-title', /Dillər üçün hekayə/]],
            `${language}-stories`,
          ),
          audit: await visibleText(
            page,
            '/admin/collections/audit-log',
            [
              ['table tbody td.cell-at', adminDate],
              ['table tbody td.cell-actor', /Test editor/],
            ],
            `${language}-audit`,
          ),
          story: await visibleText(
            page,
            `/admin/collections/stories/${storyId}`,
            [['#field-pseudonym']],
            `${language}-story`,
          ),
          account: await visibleText(
            page,
            '/admin/account',
            [['#field-name']],
            `${language}-account`,
          ),
        }
        for (const [name, text] of Object.entries(pages)) {
          for (const word of expected[language][name as keyof typeof pages])
            expect(text, `${language} ${name} shows "${word}"`).toContain(word)
          for (const wrong of wrongIn[language])
            expect(text, `${language} ${name} has no ${wrong}`).not.toMatch(wrong)
        }
        expect(pages.audit, 'the audit log dates in one 24-hour format').toMatch(adminDate)
        expect(pages.audit).not.toMatch(/\b(AM|PM)\b/)
      } finally {
        await context.close()
      }
    }, 240_000)
  }
})
