import { apiClient, bootstrapUsers } from './api'
import { startServer } from './server'

/** A production server with one user per role: what most HTTP tests start from. */
export const startStaffServer = async (env: Record<string, string | undefined> = {}) => {
  const server = await startServer(env)
  const api = apiClient(server.url)
  return { server, api, tokens: await bootstrapUsers(api) }
}
