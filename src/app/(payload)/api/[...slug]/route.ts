/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withJsonObjectBody } from '@/channels/website/requestBodies'

export const GET = REST_GET(config)
// Edited: a JSON body that is no object is 400, not 500 (src/channels/website/requestBodies.ts).
export const POST = withJsonObjectBody(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = withJsonObjectBody(REST_PATCH(config))
export const PUT = withJsonObjectBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
