import { getPayload } from 'payload'

import config from '@payload-config'
import { isProduction } from '@/env'

import { demoPassword, demoUsers } from './content'
import { isDatabaseEmpty, seed } from '.'

// `npm run seed`: the sample campaign for a developer's database, never for production.
if (isProduction()) {
  console.error(
    'npm run seed adds demo users with a shared password: it refuses to run in production.',
  )
  process.exit(1)
}
const payload = await getPayload({ config })
if (!(await isDatabaseEmpty(payload))) {
  console.error(
    'The database already has users: seed only fills an empty one (delete data/dev.db to start over).',
  )
  process.exit(1)
}
const { screenKeys, partnerKey } = await seed(payload, { withDemoUsers: true })
console.log(`Demo logins (password "${demoPassword}"): ${demoUsers.map((u) => u.email).join(', ')}`)
console.log('Screen API keys:', screenKeys)
console.log('Partner API key:', partnerKey)
await payload.destroy()
process.exit(0)
