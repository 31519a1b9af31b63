import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isAdminOrSelfField } from '@/access/isAdminOrSelfField'
import { isStaff } from '@/access/isStaff'
import { isStaffUser, roles } from '@/access/roles'
import { publicUrl } from '@/env'
import { label } from '@/i18n/label'
import { organisationLabels, organisations } from '@/workflow/signOff'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { sameLoginTimeForUnknownAddresses } from './hooks/sameLoginTimeForUnknownAddresses'

const roleLabels = {
  admin: label('Administrator', 'Admin', 'Администратор'),
  editor: label('Redaktor', 'Editor', 'Редактор'),
  translator: label('Tərcüməçi', 'Translator', 'Переводчик'),
  reviewer: label('Rəyçi', 'Reviewer', 'Рецензент'),
}

/** Campaign and department staff who log into the admin. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: label('İstifadəçi', 'User', 'Пользователь'),
    plural: label('İstifadəçilər', 'Users', 'Пользователи'),
  },
  admin: {
    group: label('İdarəetmə', 'Administration', 'Администрирование'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organisation'],
  },
  auth: {
    // No lockout: anyone who knew an address could keep its owner out (a police reviewer, and with
    // them every story's sign-off). Failed logins are limited per source and per account from a
    // source instead, in front of Payload (src/logins/).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Browsers send a Secure cookie over https only; a plain-http PUBLIC_URL (tests, a laptop)
    // would never get it back.
    cookies: { secure: publicUrl().startsWith('https://') },
  },
  // Logins, password resets and user changes go through REST, where they are limited; GraphQL
  // would be a way around the limits.
  graphQL: { disableMutations: true },
  access: {
    // Staff see each other by name, role and organisation (an item's author, its approver, the
    // audit's actor); an address is the person's own and the admins' (the email field).
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Keeps partners and screens, which also authenticate, out of the admin panel.
    admin: ({ req: { user } }) => isStaffUser(user),
    // Nothing is locked any more (see auth); Payload's unlock route stays an admin's.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [sameLoginTimeForUnknownAddresses],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    // Payload's own email field, read only by its owner and admins.
    {
      name: 'email',
      type: 'email',
      label: label('E-poçt', 'Email', 'Эл. почта'),
      access: { read: isAdminOrSelfField },
    },
    searchable(
      {
        name: 'name',
        type: 'text',
        required: true,
        label: label('Ad, soyad', 'Full name', 'Имя и фамилия'),
      },
      { sortable: true },
    ),
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: label('Rollar', 'Roles', 'Роли'),
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // People may edit their own name and password, never their own powers.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // Stories need a reviewer of each organisation (src/workflow/signOff.ts).
      name: 'organisation',
      type: 'select',
      saveToJWT: true,
      label: label('Təşkilat', 'Organisation', 'Организация'),
      options: organisations.map((value) => ({ value, label: organisationLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
