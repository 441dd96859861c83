/**
 * Credentials found by the words written around them rather than by a parameter name: an authorization scheme
 * (`Bearer …`), a credential header in a header dump (`X-Api-Key: …`), a path segment that announces a secret link
 * (`/reset/<uid>/<token>/`). Knowledge for the log scanner (its prefilter reads the literals from here); each entry
 * names its source.
 */

export interface ContextWord {
  readonly word: string;
  readonly what: string;
  readonly source: string;
  /**
   * What the log prefilter finds the word by. Each occurrence of a literal's rarest two bytes costs a check: the link
   * segments (`/reset/`, rarest pair `re`) cost 2% more CPU on the log benchmark, the header names nothing measurable.
   * Rare single bytes (`y`, `I`, `X`) shared by four literals or more become one-byte needles, which hit far more
   * often (`X` in every macOS user agent): the literals stop before a `y` (`X-Api-Ke`), at most three start with `X`,
   * and lower-case `bearer`/`basic` (pairs `be`, `ba`) are left out. The byte search takes needles of 24 first bytes
   * at most (byte-search.ts); headers rarely dumped (`Private-Token`, `Ocp-Apim-Subscription-Key`) have no literal of
   * their own, to leave room (test/logs/prefilter.test.ts checks it).
   */
  readonly literals?: readonly string[];
}

/** Schemes of the Authorization header, whose credential follows the word and a space (or `%20`, `+`). */
export const authorizationSchemes: readonly ContextWord[] = [
  { word: 'Bearer', literals: ['Bearer'], what: 'bearer token', source: 'https://www.rfc-editor.org/rfc/rfc6750#section-2.1' },
  { word: 'Basic', literals: ['Basic '], what: 'Basic credentials', source: 'https://www.rfc-editor.org/rfc/rfc7617#section-2' },
];

/** Headers whose whole value is a credential, as header dumps print them (`X-Api-Key: …`, `"x-api-key":"…"`). */
export const credentialHeaders: readonly ContextWord[] = [
  {
    word: 'X-Api-Key',
    literals: ['X-Api-Ke', 'x-api-k'],
    what: 'API key header',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html',
  },
  {
    word: 'X-Auth-Token',
    literals: ['X-Auth-Token', 'x-auth-t'],
    what: 'auth token header',
    source: 'https://docs.openstack.org/keystone/latest/api_curl_examples.html',
  },
  {
    word: 'X-Amz-Security-Token',
    literals: ['X-Amz-Secur', 'x-amz-secur'],
    what: 'AWS session token header',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html',
  },
  {
    word: 'Private-Token',
    what: 'GitLab token header',
    source: 'https://docs.gitlab.com/api/rest/authentication/',
  },
  {
    word: 'Ocp-Apim-Subscription-Key',
    what: 'Azure API Management key header',
    source: 'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions',
  },
  {
    word: 'X-RapidAPI-Key',
    literals: ['x-rapidapi-k'],
    what: 'RapidAPI key header',
    source: 'https://docs.rapidapi.com/docs/configuring-api-security',
  },
  {
    word: 'X-Goog-Api-Key',
    literals: ['x-goog-api-k'],
    what: 'Google API key header',
    source: 'https://cloud.google.com/docs/authentication/api-keys-use#using-with-rest',
  },
];

/**
 * Path segments followed by a secret of a link that logs in, resets a password, accepts an invitation or verifies an
 * address: `/reset/<uidb64>/<token>/` (Django), `/magic/<token>`, `/invite/<token>`. Whoever has the link acts as
 * its recipient until it is used or expires; the secret is the first secret-shaped segment of the next two.
 */
export const secretLinkSegments: readonly ContextWord[] = [
  {
    word: 'reset',
    literals: ['/reset/'],
    what: 'password-reset token',
    source: 'https://docs.djangoproject.com/en/stable/topics/auth/default/#django.contrib.auth.views.PasswordResetConfirmView',
  },
  {
    word: 'password-reset',
    literals: ['/password-reset/'],
    what: 'password-reset token',
    source: 'https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html',
  },
  {
    word: 'reset-password',
    literals: ['/reset-password/'],
    what: 'password-reset token',
    source: 'https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html',
  },
  {
    word: 'magic',
    literals: ['/magic/'],
    what: 'magic-link token',
    source: 'https://supabase.com/docs/guides/auth/auth-email-passwordless',
  },
  {
    word: 'magic-link',
    literals: ['/magic-link/'],
    what: 'magic-link token',
    source: 'https://supabase.com/docs/guides/auth/auth-email-passwordless',
  },
  { word: 'invite', literals: ['/invite/'], what: 'invitation token', source: 'https://github.com/scambra/devise_invitable#usage' },
  { word: 'invitation', literals: ['/invitation/'], what: 'invitation token', source: 'https://github.com/scambra/devise_invitable#usage' },
  {
    word: 'verify-email',
    literals: ['-email/'],
    what: 'e-mail verification token',
    source: 'https://laravel.com/docs/verification#the-email-verification-handler',
  },
  {
    word: 'confirm-email',
    literals: ['-email/'],
    what: 'e-mail verification token',
    source: 'https://laravel.com/docs/verification#the-email-verification-handler',
  },
];

/** ASP.NET's cookieless session state puts the session id in the path: `/(S(lit3py55t21z5v55vlm25s55))/page.aspx`. */
export const COOKIELESS_SESSION = {
  literal: '(S(',
  pattern: /\(S\(([a-z0-5]{24})\)\)/g,
  source: 'https://learn.microsoft.com/en-us/previous-versions/aspnet/ms178581(v=vs.100)',
} as const;
