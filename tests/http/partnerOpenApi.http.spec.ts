import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { createPartner } from '../helpers/channelKeys'
import { setHotline } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow } from '../helpers/workflow'

describe('the partner API’s OpenAPI document over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should serve a valid OpenAPI 3.1 document that the API’s real answers match', async () => {
    const served = await api.get('/api/partners/openapi.json')
    expect(served.status).toBe(200)
    const document = served.body
    const validation = await new Validator().validate(document)
    expect(validation.errors ?? []).toEqual([])
    expect(validation.valid).toBe(true)
    expect(document.servers).toEqual([{ url: server.url }])

    // Real answers, validated against the schemas the document gives for them.
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt' })
    const partner = await createPartner(api, tokens.admin, {
      name: 'Sxem',
      contentTypes: ['articles'],
      languages: ['az'],
      apiKey: 'openapi-partner-key-0123456789',
    })
    const cover = (await uploadMedia(api, tokens.editor, await smallPng(), 'c.png', 'image/png'))
      .body.doc.id
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Sənədlənmiş', cover },
    })
    await publishThroughWorkflow(api, tokens, 'articles', created.body.doc.id)

    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    ajv.addSchema({ ...document, $id: 'partner-api' })
    const matches = (status: string, body: unknown) => {
      const operation = document.paths['/api/partners/sync'].get.responses[status]
      const schema = operation.content['application/json'].schema
      return matchesSchema(schema.$ref, body)
    }
    const matchesSchema = (ref: string, body: unknown) => {
      const validate = ajv.compile({ $ref: `partner-api${ref}` })
      return validate(body) ? [] : validate.errors
    }
    const page = await api.get('/api/partners/sync', { headers: partner.headers })
    expect(page.body.items[0].item.images[0].renditions.card.url).toMatch(/^http:\/\//)
    expect(matches('200', page.body)).toEqual([])
    const refused = await api.get('/api/partners/sync?limit=0', { headers: partner.headers })
    expect(matches('400', refused.body)).toEqual([])
    expect(matches('401', (await api.get('/api/partners/sync')).body)).toEqual([])
    // Every path it names answers, with the content type it names.
    for (const [path, { get }] of Object.entries<any>(document.paths)) {
      const answer = await api.get(path, { headers: partner.headers })
      expect([path, answer.status]).toEqual([path, 200])
      expect(answer.headers.get('content-type')).toContain(
        Object.keys(get.responses['200'].content)[0],
      )
    }
    expect(matchesSchema('#/components/schemas/SyncPage', page.body)).toEqual([])
    // The ninjs pages are described too.
    const ninjs = await api.get('/api/partners/sync?format=ninjs', { headers: partner.headers })
    expect(ninjs.body.items[0].uri).toBe(page.body.items[0].item.uri)
    expect(matches('200', ninjs.body)).toEqual([])
    expect(matchesSchema('#/components/schemas/NinjsSyncPage', ninjs.body)).toEqual([])
    expect(matchesSchema('#/components/schemas/SyncPage', ninjs.body)).not.toEqual([])
    // The document itself needs no key, and says so.
    expect(document.paths['/api/partners/openapi.json'].get.security).toEqual([])
    // And the check can fail: a page without its cursor does not match.
    expect(matches('200', { ...page.body, nextCursor: undefined })).not.toEqual([])
  })
})
