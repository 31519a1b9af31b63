import type { Role } from '@/access/roles'
import type { Organisation } from '@/workflow/signOff'

import { firstAdminEmail } from './server'

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

type RequestOptions = {
  token?: string
  json?: unknown
  form?: FormData
  headers?: Record<string, string>
}

/** A small REST client for one running server; answers in English for stable messages. */
export const apiClient = (baseUrl: string) => {
  const request = async <T = any>(
    method: string,
    path: string,
    { token, json, form, headers = {} }: RequestOptions = {},
  ): Promise<ApiResponse<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'accept-language': 'en',
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: form ?? (json !== undefined ? JSON.stringify(json) : undefined),
    })
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: body as T, headers: response.headers }
  }
  return {
    request,
    get: <T = any>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
    post: <T = any>(path: string, options?: RequestOptions) => request<T>('POST', path, options),
    patch: <T = any>(path: string, options?: RequestOptions) => request<T>('PATCH', path, options),
    del: <T = any>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
    graphql: <T = any>(query: string, token?: string, variables?: object) =>
      request<T>('POST', '/api/graphql', { token, json: { query, variables } }),
  }
}

export type ApiClient = ReturnType<typeof apiClient>

export const testPassword = 'test-password-Ə1'

/** A token per role, and one for a reviewer of the police department (stories need both). */
export type Tokens = Record<Role, string> & { departmentReviewer: string }

/**
 * Creates the first user (who becomes admin) through the admin's own first-register route, then
 * one user per other role, and logs each in.
 */
export const bootstrapUsers = async (api: ApiClient): Promise<Tokens> => {
  const first = await api.post('/api/users/first-register', {
    json: { email: firstAdminEmail, password: testPassword, name: 'Test Admin' },
  })
  if (first.status !== 200)
    throw new Error(`first-register: ${first.status} ${JSON.stringify(first.body)}`)
  const tokens = { admin: first.body.token } as Tokens
  // The campaign office's people, and a reviewer of the police department: stories need both.
  const people = [
    ['editor', 'editor', 'campaign'],
    ['translator', 'translator', 'campaign'],
    ['reviewer', 'reviewer', 'campaign'],
    ['departmentReviewer', 'reviewer', 'department'],
  ] as const
  for (const [name, role, organisation] of people)
    tokens[name] = await addStaffUser(api, tokens.admin, {
      email: `${name}@test.example`,
      name: `Test ${name}`,
      roles: [role],
      organisation,
    })
  return tokens
}

/** Creates a staff user as the admin and logs them in; returns their token. */
export const addStaffUser = async (
  api: ApiClient,
  adminToken: string,
  user: { email: string; name: string; roles: Role[]; organisation?: Organisation },
): Promise<string> => {
  const created = await api.post('/api/users', {
    token: adminToken,
    json: { ...user, password: testPassword },
  })
  if (created.status !== 201)
    throw new Error(`create ${user.email}: ${created.status} ${JSON.stringify(created.body)}`)
  const login = await api.post('/api/users/login', {
    json: { email: user.email, password: testPassword },
  })
  return login.body.token
}
