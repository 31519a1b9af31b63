export const roles = ['admin', 'editor', 'translator', 'reviewer'] as const
export type Role = (typeof roles)[number]

type MaybeStaff = { collection?: string; roles?: readonly Role[] | null } | null | undefined

/**
 * Staff are people who log into the admin. Partners and screens also authenticate (with API
 * keys) but are never staff, whatever their record holds.
 */
export const isStaffUser = (user: MaybeStaff): boolean => user?.collection === 'users'

export const hasRole = (user: MaybeStaff, ...wanted: Role[]): boolean =>
  isStaffUser(user) && Boolean(user?.roles?.some((role) => wanted.includes(role)))
