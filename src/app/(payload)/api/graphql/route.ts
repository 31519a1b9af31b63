/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphqlBodyErrors, withoutFragmentCycles } from '@/channels/website/requestBodies'

// Edited: malformed bodies and cyclic fragments are 400, not 500 (src/channels/website/requestBodies.ts).
export const POST = withGraphqlBodyErrors(withoutFragmentCycles(GRAPHQL_POST(config)))

export const OPTIONS = REST_OPTIONS(config)
