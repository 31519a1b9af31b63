/** What a source or an account that tried too often is told, with the wait from Retry-After. */
export const tooManyAttempts = {
  logins: (seconds: number) =>
    `Too many failed logins from your network: try again in ${seconds} s.`,
  account: (seconds: number) =>
    `Too many failed logins to this account from your network: try again in ${seconds} s, or reset the password.`,
  passwordResets: (seconds: number) =>
    `Too many password reset requests from your network: try again in ${seconds} s.`,
  apiKeys: (seconds: number) =>
    `Too many requests with keys that open nothing from your network: try again in ${seconds} s.`,
}

/** The answer to "forgot password", the same whether the address belongs to anyone. */
export const passwordResetRequested =
  'If this address belongs to an account, a link to reset its password is on its way.'
