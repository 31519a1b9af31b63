import type { Access } from 'payload'

/** For records only the server writes, through the Local API with access overridden. */
export const nobody: Access = () => false
