import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaffUser, roles } from '@/access/roles'
import { label } from '@/i18n/label'
import { organisationLabels, organisations } from '@/workflow/signOff'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

const roleLabels = {
  admin: label('Administrator', 'Admin'),
  editor: label('Redaktor', 'Editor'),
  translator: label('Tərcüməçi', 'Translator'),
  reviewer: label('Rəyçi', 'Reviewer'),
}

/** Campaign and department staff who log into the admin. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('İstifadəçi', 'User'), plural: label('İstifadəçilər', 'Users') },
  admin: {
    group: label('İdarəetmə', 'Administration'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organisation'],
  },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Keeps partners and screens, which also authenticate, out of the admin panel.
    admin: ({ req: { user } }) => isStaffUser(user),
    // Lockout is meant to hold against insiders too: only an admin lifts it.
    unlock: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Ad, soyad', 'Full name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: label('Rollar', 'Roles'),
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // People may edit their own name and password, never their own powers.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // Stories need a reviewer of each organisation (src/workflow/signOff.ts).
      name: 'organisation',
      type: 'select',
      saveToJWT: true,
      label: label('Təşkilat', 'Organisation'),
      options: organisations.map((value) => ({ value, label: organisationLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
