import { MULTILINGUAL_PASSWORD_WORDS } from './param-names.js';

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
   * and lower-case `bearer`/`basic` (pairs `be`, `ba`) are left out. The byte search takes needles of 32 first bytes
   * at most (byte-search.ts; a fourth group of tables past 24), and spare slots split a first byte's second bytes: a literal holding a pair the search
   * already has is found by it (`Private-Tok` by `/activat`'s `va`), and one that would need a first byte of its own
   * gets a literal that does not (`Ocp-Apim-Subscription-Key` by the key names' `Key:`, Tableau's `/trusted/` by
   * `/views/`); test/logs/prefilter.test.ts counts the first bytes.
   */
  readonly literals?: readonly string[];
  /** A link redeemed once (Tableau's trusted ticket): a second request with it is a replay. */
  readonly singleUse?: boolean;
  /**
   * A link whose id is its secret (a webhook trigger's or a deploy hook's UUID, 122 random bits): a UUID after the word
   * counts, where after other words it is a resource's id.
   */
  readonly uuidIsSecret?: boolean;
  /**
   * A word many routes start with (`/auth/`): only a segment of mixed-case random letters and digits after it is a
   * secret; ids (UUIDs, hex) and names, which other routes under it hold, are not.
   */
  readonly broad?: boolean;
  /**
   * A path word that announces the link wherever a segment holds it: alone, after or before other words joined by `-`
   * or `_` (`/password_reset/`, `/email-confirmation/`), or glued after a short word (`/webhooks/`, `/sendwebhookdata/`).
   */
  readonly contained?: boolean;
  /** How many segments after the word may hold the secret (2 unless set; at most 4). */
  readonly reach?: number;
}

/** Schemes of the Authorization header, whose credential follows the word and a space (or `%20`, `+`). */
export const authorizationSchemes: readonly ContextWord[] = [
  { word: 'Bearer', literals: ['Bearer'], what: 'bearer token', source: 'https://www.rfc-editor.org/rfc/rfc6750#section-2.1' },
  // Also in lower case after git's `http.<url>.extraheader` (`AUTHORIZATION: basic <base64 of x-access-token:…>`), as
  // actions/checkout configures it and a CI job's `git config --list` or trace prints it; found by `: `, a needle the
  // search has anyway.
  {
    word: 'Basic',
    literals: ['Basic ', 'AUTHORIZATION: basic '],
    what: 'Basic credentials',
    source: 'https://www.rfc-editor.org/rfc/rfc7617#section-2',
  },
  // Django REST framework's TokenAuthentication (`Authorization: Token 9944b0…`), also Rails' `token_and_options` and
  // Frappe's `token <key>:<secret>`: read only after the header's name on the line (`token` alone is in too much prose).
  {
    word: 'Token',
    // Frappe's and ERPNext's `token <api_key>:<api_secret>` in lower case, by `ke`.
    literals: ['Token ', 'token '],
    what: 'token credential',
    source: 'https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication',
  },
  // Okta's API tokens (`Authorization: SSWS 00…`): a word no prose writes, read wherever it is (a recorded request's
  // header list puts the header's name on the line before).
  { word: 'SSWS', literals: ['SSWS '], what: 'Okta API token', source: 'https://developer.okta.com/docs/guides/create-an-api-token/main/' },
  // Splunk's HTTP Event Collector (`Authorization: Splunk <token>`): read only after the header's name, like `Token`.
  {
    word: 'Splunk',
    literals: ['Splunk '],
    what: 'Splunk HTTP Event Collector token',
    source: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/FormateventsforHTTPEventCollector',
  },
];

/**
 * An Authorization header's value in a vendor's own scheme (`Authorization: Zoho-oauthtoken 1000.…`, Shippo's
 * `ShippoToken shippo_live_…`, Apple's `Authorization: key=…` aside): any scheme word after the header's name, the
 * credential after it (RFC 9110 §11.4: `credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`). Found by the
 * header's name; the schemes of `authorizationSchemes` are read by their own rows, and these hold no secret of their
 * own: challenge-response handshakes (Digest's and AWS's are parameter lists; NTLM's and Negotiate's are messages of
 * a handshake, not reusable credentials).
 */
export const VENDOR_SCHEME = {
  literals: ['uthorization'],
  /** Besides the schemes of `authorizationSchemes`. */
  handshakes: ['digest', 'ntlm', 'negotiate', 'kerberos', 'aws4-hmac-sha256', 'hoba', 'mutual'],
  source: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.4',
} as const;

/** The schemes read only after the Authorization header's name on their line, and only as written. */
export const HEADER_ONLY_SCHEMES: ReadonlySet<string> = new Set(['Token', 'Splunk']);

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
    // `security-t` (rarest pair `y-`, a first byte already searched) rather than `x-amz-secur`, whose `z` was a first
    // byte of its own.
    literals: ['X-Amz-Secur', 'security-t'],
    what: 'AWS session token header',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html',
  },
  {
    word: 'Private-Token',
    // Found by `va`, the needle of `/activat`. `PRIVATE-TOKEN` (GitLab's curl examples) would need a first byte of its
    // own (`VA`): the `glpat-` tokens it carries since GitLab 14.5 are found by their prefix.
    literals: ['Private-Tok', 'private-tok'],
    what: 'GitLab token header',
    source: 'https://docs.gitlab.com/api/rest/authentication/',
  },
  {
    word: 'X-Vault-Token',
    // Found by `X-` and `x-`, the needles of `X-Api-Ke` and `x-auth-t`.
    literals: ['X-Vault-T', 'x-vault-t'],
    what: 'Vault token header',
    source: 'https://developer.hashicorp.com/vault/api-docs#authentication',
  },
  {
    word: 'apikey',
    // Found by the key-name literals (`key:`, `key"`: secretKeyLiterals).
    what: 'API key header of Kong key-auth and Supabase',
    source: 'https://developer.konghq.com/plugins/key-auth/',
  },
  {
    word: 'Ocp-Apim-Subscription-Key',
    // Found by the key-name literals (`Key:`, `key"`: secretKeyLiterals).
    what: 'Azure API Management key header',
    source: 'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions',
  },
  {
    word: 'X-Functions-Key',
    what: 'Azure Functions key header',
    source: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to#use-access-keys',
  },
  {
    word: 'x-vercel-protection-bypass',
    // Vercel's Protection Bypass for Automation secret as a header, lower case as Vercel writes it (its query form is a
    // parameter). The whole name, so that it is found by a needle the search has: `x-vercel-p` alone took `ve` (+17%
    // prefilter hits on the benchmark's log).
    literals: ['x-vercel-protection-bypass'],
    what: 'Vercel protection bypass header',
    source: 'https://vercel.com/docs/deployment-protection/methods-to-bypass-deployment-protection/protection-bypass-automation',
  },
  {
    word: 'X-Auth-Key',
    // Found by `X-` and `x-`: Cloudflare's global API key, sent beside `X-Auth-Email`.
    literals: ['X-Auth-K', 'x-auth-k'],
    what: 'Cloudflare API key header',
    source: 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/',
  },
  {
    word: 'Api-Key',
    // Found by the key-name literals (`Key:`, `key:`, `key"`: secretKeyLiterals).
    what: 'API key header of Azure OpenAI and Azure AI Search',
    source: 'https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication',
  },
  {
    word: 'X-Redmine-API-Key',
    // Found by the key-name literals (`Key:`: secretKeyLiterals).
    what: 'Redmine API key header',
    source: 'https://www.redmine.org/projects/redmine/wiki/Rest_api#Authentication',
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
 * Path words followed by a secret of a link that logs in, resets a password, accepts an invitation or verifies an
 * address: `/reset/<uidb64>/<token>/` (Django), `/magic/<token>`, `/invite/<token>`. Whoever has the link acts as
 * its recipient until it is used or expires; the secret is the first secret-shaped segment of the next two (a word's
 * `reach` more). Most words are `contained`: the segment names the link when it holds the word, alone or joined to
 * others (`/password_reset/`, `/forgot-password/`, `/email-confirmation/`, `/accept-invite/`, `/passwordless/`).
 */
export const secretLinkSegments: readonly ContextWord[] = [
  // Django's `/reset/<uidb64>/<token>/`, `/password-reset/<token>`, `/reset-password/<token>` (found by `password/`).
  {
    word: 'reset',
    contained: true,
    literals: ['reset/'],
    what: 'password-reset token',
    source: 'https://docs.djangoproject.com/en/stable/topics/auth/default/#django.contrib.auth.views.PasswordResetConfirmView',
  },
  // `/forgot-password/<token>`, `/set-password/<token>`, `/passwordless/<token>`, and Rails 8's authentication generator:
  // `resources :passwords, param: :token`, so the reset link is `/passwords/<token>/edit` (a signed id,
  // `<base64 JSON>--<digest>`). Found by `wo`, the needle of the `password` key literals.
  {
    word: 'password',
    contained: true,
    literals: ['password/', 'passwords/', 'passwordless/'],
    what: 'password-reset token',
    source: 'https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html',
  },
  // `magic` (pair `ma`) also finds `/magic-link/`, `/magic_links/`, `/email-magic-link/`.
  {
    word: 'magic',
    contained: true,
    literals: ['magic'],
    what: 'magic-link token',
    source: 'https://supabase.com/docs/guides/auth/auth-email-passwordless',
  },
  // `invit` (pair `vi`) finds every word of the invitation family (`/invites/`, `/invitations/`, `/accept-invite/`).
  {
    word: 'invit',
    contained: true,
    literals: ['invit'],
    what: 'invitation token',
    source: 'https://github.com/scambra/devise_invitable#usage',
  },
  { word: 'join', literals: ['/join/'], what: 'invitation token', source: 'https://discord.com/developers/docs/resources/invite' },
  // Laravel's `/email/verify/{id}/{hash}`: the id, then the secret; `/verify-email/<token>`, `/verification/<token>`.
  {
    word: 'verif',
    contained: true,
    literals: ['/verify/', '-email/', 'verify-', 'verify_', 'verification/'],
    what: 'verification token',
    source: 'https://laravel.com/docs/verification#the-email-verification-handler',
  },
  // Flask-Security's `/confirm/<token>`, `/email/confirm/<token>`, `/account/delete/confirm/<token>`, Devise's
  // `/confirmation/`. Found by `fi` (`f` a first byte of its own: 1.5–2.2% more hits on the benchmark's logs when it
  // took the last of three groups' slots, no more candidate lines; `irm/` would have made `m/` a pair, admitting `mo` of
  // every `Mozilla`).
  {
    word: 'confirm',
    contained: true,
    // Without its first letter, so that MediaWiki's `Special:ConfirmEmail/<token>` is found too.
    literals: ['onfirm'],
    what: 'confirmation token',
    source: 'https://github.com/heartcombo/devise#confirmable',
  },
  // An account locked after failed logins is unlocked by a link (Devise's :lockable, `/account/unlock/<token>`).
  {
    word: 'unlock',
    contained: true,
    literals: ['/unlock/'],
    what: 'account unlock token',
    source: 'https://github.com/heartcombo/devise#lockable',
  },
  // authentik's recovery links (`/recovery/use-token/<token>/`), found by `y/`, a pair the search has already.
  {
    word: 'recover',
    contained: true,
    literals: ['/recovery/', 'recover/'],
    what: 'account recovery token',
    source: 'https://docs.goauthentik.io/docs/users-sources/user/user_basic_operations#create-a-recovery-link',
  },
  {
    word: 'activat',
    contained: true,
    literals: ['activat'],
    what: 'account activation token',
    source: 'https://github.com/django-registration/django-registration',
  },
  // Discourse's e-mail login link (`/session/email-login/<token>`), found by `ma` (the needle of `magic`): any token,
  // where other sign-in words take only a random mixed-case one.
  {
    word: 'email-login',
    literals: ['email-login/'],
    what: 'e-mail login token',
    source: 'https://github.com/discourse/discourse/blob/main/config/routes.rb',
  },
  // Incoming webhooks, authenticated by their URL alone: whoever has it posts as the integration. The first random
  // segment of the four after any path word naming a hook (a UUID included) is the secret: Mattermost's `/hooks/<id>`,
  // Rocket.Chat's `/hooks/<id>/<token>`, n8n's `/webhook/<uuid>` (`/webhook-test/<uuid>` while a workflow is edited),
  // Netlify's `/build_hooks/<id>`, Cloudflare Pages' `/deploy_hooks/<id>`, Workato's `/webhooks/rest/<uuid>/…`,
  // Odoo's `/web/hook/<uuid>`, Grafana OnCall's `/formatted_webhook/<token>/`, Sentry's
  // `/api/hooks/release/builtin/<id>/<token>/`. A receiver's own route (`/webhooks/github`), an API's numeric hook ids
  // (`/repos/o/r/hooks/42`) and prefixed object ids (`/v2/webhooks/wh_1NG8…`) hold none. Sources:
  // developers.mattermost.com/integrate/webhooks/incoming, docs.n8n.io (Webhook node), docs.netlify.com (build hooks),
  // developers.cloudflare.com/pages/configuration/deploy-hooks.
  {
    word: 'hook',
    contained: true,
    literals: ['hook/', 'hooks/', 'hook-test/'],
    reach: 4,
    uuidIsSecret: true,
    what: 'incoming-webhook secret',
    source: 'https://www.w3.org/TR/capability-urls/',
  },
  // A magic link under a path word of the app's own (`/auth/m/<token>`, `/auth/link/<token>`): the secret is the first
  // random segment of the two after `auth`. Its pair `ut` is the search's 23rd first byte (`u`): 590 hits per 40 MB of
  // the benchmark's log, and one spare slot fewer to split a first byte's seconds with.
  {
    word: 'auth',
    literals: ['/auth/'],
    broad: true,
    what: 'sign-in link token',
    source: 'https://supabase.com/docs/guides/auth/auth-email-passwordless',
  },
  // A sign-in link under `/login/` (`/login/<token>`, `/login/token/<token>`, `/login-link/<token>`), found by `gi`
  // (`email-login/`'s): only a random mixed-case segment, since SSO routes put an identity provider's UUID there.
  {
    word: 'login',
    contained: true,
    literals: ['login/', 'login-', 'login_'],
    broad: true,
    what: 'sign-in link token',
    source: 'https://github.com/aaugustin/django-sesame',
  },
  // Phoenix's phx.gen.auth magic link, `/users/log-in/<token>` (32 random bytes, base64url): a sign-in link as above.
  {
    word: 'log-in',
    contained: true,
    literals: ['/log-in/'],
    broad: true,
    what: 'sign-in link token',
    source: 'https://hexdocs.pm/phoenix/mix_phx_gen_auth.html',
  },
  {
    word: 'signin',
    contained: true,
    literals: ['signin/', 'signin-'],
    broad: true,
    what: 'sign-in link token',
    source: 'https://github.com/aaugustin/django-sesame',
  },
  {
    word: 'sign-in',
    contained: true,
    literals: ['sign-in/'],
    broad: true,
    what: 'sign-in link token',
    source: 'https://github.com/aaugustin/django-sesame',
  },
  // An unsubscribe link (`/unsubscribe/<token>`, Portuguese `/cancelar-subscricao/<token>`, Spanish
  // `/cancelar-suscripcion/<token>`): whoever has it changes the recipient's subscriptions without signing in (RFC
  // 8058's one-click unsubscribe URLs are such capabilities). Not `subscri` alone: Azure's resource ids all run
  // `/subscriptions/<uuid>/…`.
  ...(['unsubscri', 'cancelar-subscri', 'cancelar-suscri'] as const).map((word): ContextWord => ({
    word,
    contained: true,
    literals: [word.replace('cancelar-', 'ar-')],
    what: 'unsubscribe token',
    source: 'https://www.rfc-editor.org/rfc/rfc8058',
  })),
  // Share links of file and photo servers (Immich's `/share/<key>`, Paperless-ngx's `/share/<slug>`, Nextcloud's
  // `/s/<token>` under `/index.php/`): the link alone opens what is shared. A random mixed-case segment only: other
  // routes under `/share/` name a service or a page. Found by `re` (`are/`, `ared/`): `share`'s own pair `ha` would take
  // a first byte of its own.
  {
    word: 'share',
    contained: true,
    literals: ['are/', 'ared/'],
    broad: true,
    what: 'share link token',
    source: 'https://immich.app/docs/features/sharing',
  },
  // Links of apps written in other languages than English, under the words of their routes (Portuguese and Spanish
  // `redefinir`, `restablecer`, French `réinitialiser` (written `reinitialiser`), Norwegian `tilbakestill` for a reset; Spanish and Portuguese
  // `verificar` for a verification; German `passwort` and Dutch `wachtwoord` for
  // "password"; Portuguese `convite` and Dutch `uitnodiging` for an invitation; Dutch `bevestig` and German `bestaetig(en)` for a confirmation, German `abmelden` for an unsubscribe link;
  // Portuguese `ativar`, Spanish `activar`, French and Dutch `activer(en)`, Italian `attiva`, German and Nordic `aktiv`
  // for an activation (`ativa` alone is in `iniciativa` and `alternativa`); `entrar`
  // (Portuguese, Spanish) and `inloggen` (Dutch) for a sign-in link, random segments only). Words whose rarest pair is
  // one the search has or can take without a first byte of its own; the words of Django's translations of its own
  // password-reset and registration views (django/contrib/auth/locale/<lang>/LC_MESSAGES/django.po).
  ...(
    [
      ['redefin', ['redefin'], 'password-reset token'],
      ['restablec', ['restablec'], 'password-reset token'],
      ['reinitialis', ['nitialis'], 'password-reset token'],
      ['tilbakestill', ['akestill'], 'password-reset token'],
      ['passwort', ['asswort'], 'password-reset token'],
      ['wachtwoord', ['twoord'], 'password-reset token'],
      ['convite', ['onvite'], 'invitation token'],
      ['uitnodig', ['itnodig'], 'invitation token'],
      ['bevestig', ['evestig'], 'confirmation token'],
      ['bestaetig', ['bestaetig'], 'confirmation token'],
      ['abmeld', ['abmeld'], 'unsubscribe token'],
      ['ativar', ['ativar'], 'account activation token'],
      ['ativac', ['ativac'], 'account activation token'],
      ['activar', ['ctivar'], 'account activation token'],
      ['activac', ['ctivac'], 'account activation token'],
      ['activer', ['ctiver'], 'account activation token'],
      ['attiva', ['ttiva'], 'account activation token'],
      ['aktiv', ['aktiv'], 'account activation token'],
      // More languages, from the translations of Wiktionary's "reset", "verify", "confirm" and "invitation"
      // (https://en.wiktionary.org/wiki/reset#Translations and the others'): German `zurücksetzen`, Italian
      // `reimpostare`, Turkish `sıfırla`, Finnish `palauta` for a reset; Polish `weryfikacja`, Turkish `doğrula`,
      // Italian and Romanian `verifica`, French `vérifier`, German `verifizieren`, Dutch `verifiëren`, Indonesian
      // `verifikasi`, Finnish `vahvista` for a verification; Swedish `bekräfta`, Norwegian
      // `bekreft`, Danish `bekræft`, Italian `conferma` for a confirmation; German `Einladung`,
      // Polish `zaproszenie`, Turkish `davet`, Hungarian `meghívó`, Czech `pozvánka`, Finnish `kutsu`, Indonesian
      // `undangan` for an invitation. Written without accents, as routes write them.
      ['zuruecksetz', ['cksetz'], 'password-reset token'],
      ['zurucksetz', ['cksetz'], 'password-reset token'],
      ['reimpost', ['reimpost'], 'password-reset token'],
      ['sifirla', ['sifirla'], 'password-reset token'],
      ['palauta', ['palauta'], 'password-reset token'],
      // Romanian `resetare`, Hungarian `visszaállítás`.
      ['resetare', ['resetare'], 'password-reset token'],
      ['visszaallit', ['visszaall'], 'password-reset token'],
      ['weryfik', ['fikacj'], 'e-mail verification token'],
      ['dogrula', ['dogrula'], 'e-mail verification token'],
      ['verifica', ['erifica'], 'e-mail verification token'],
      ['verifier', ['erifier'], 'e-mail verification token'],
      ['verifizier', ['erifizier'], 'e-mail verification token'],
      ['verifieer', ['erifieer'], 'e-mail verification token'],
      ['verifikasi', ['erifikasi'], 'e-mail verification token'],
      ['vahvist', ['vahvist'], 'e-mail verification token'],
      ['bekraft', ['bekraft'], 'confirmation token'],
      ['bekreft', ['bekreft'], 'confirmation token'],
      ['bekraeft', ['bekraeft'], 'confirmation token'],
      ['conferma', ['conferma'], 'confirmation token'],
      ['einladung', ['inladung'], 'invitation token'],
      ['zaprosz', ['zaprosz'], 'invitation token'],
      ['davet', ['davet'], 'invitation token'],
      ['meghivo', ['meghivo'], 'invitation token'],
      ['pozvank', ['pozvank'], 'invitation token'],
      ['kutsu', ['kutsu'], 'invitation token'],
      ['undangan', ['undangan'], 'invitation token'],
      // Indonesian `kata sandi` ("password"): `/atur-ulang-sandi/<token>`, by `di`.
      ['sandi', ['sandi'], 'password-reset token'],
      // Azerbaijani `bərpa` ("restore"): `/sifre-berpa/<token>`, `/sifre/berpa/<token>`, by `be`.
      ['berpa', ['berpa'], 'password-reset token'],
      // Tajik, Uzbek and Persian `davat` (даъват, "invitation") by `va`, and `tasdiq` (тасдиқ, "confirmation") by `di`.
      ['davat', ['davat'], 'invitation token'],
      ['tasdiq', ['tasdiq'], 'confirmation token'],
      // Corsican `cunfirmà` and Sardinian `cunfirmare` ("confirm"), by `fi`.
      ['cunfirm', ['cunfirm'], 'confirmation token'],
    ] as const
  ).map(([word, literals, what]): ContextWord => ({
    word,
    contained: true,
    literals,
    what,
    source: 'https://github.com/django/django/tree/main/django/contrib/auth/locale',
  })),
  ...(['entrar', 'inloggen'] as const).map((word): ContextWord => ({
    word,
    contained: true,
    literals: [word === 'entrar' ? 'trar/' : 'nloggen'],
    broad: true,
    what: 'sign-in link token',
    source: 'https://github.com/django/django/tree/main/django/contrib/auth/locale',
  })),
  // A ticket redeemed by opening its link (`/ticket/<token>`, Portuguese `/bilhete/abrir/<token>`, Spanish `/billete/`):
  // single-use, so a second request with it is a replay. A random mixed-case segment only: a support ticket's id is a
  // number or a key (`OPS-12`).
  ...(['ticket', 'bilhete', 'billete'] as const).map((word): ContextWord => ({
    word,
    // `icket/` by `ke`; `bilhete/`, `billete/` by `bi` (`b` is a first byte the search has; `h` and `l` are not).
    literals: [word === 'ticket' ? 'icket/' : `${word}/`],
    broad: true,
    singleUse: true,
    what: 'single-use ticket',
    source: 'https://cheatsheetseries.owasp.org/cheatsheets/WebSocket_Security_Cheat_Sheet.html',
  })),
  // Tableau's trusted ticket, redeemed once within three minutes: `/trusted/<ticket>/views/…`,
  // `/trusted/<ticket>/t/<site>/views/…`. Found by the `/views/` every such URL leads to, through `vi` (the needle of
  // `invit`): `/trusted/`'s own pair, `us`, is in every `status` and `users` (70k more hits per 40 MB of the benchmark).
  {
    word: 'trusted',
    literals: ['/views/'],
    singleUse: true,
    what: 'Tableau trusted ticket',
    source: 'https://help.tableau.com/current/server/en-us/trusted_auth_webURL.htm',
  },
  // A document-signing link that opens a signer's envelope (Documenso's `/sign/<token>`, OpenSign's and DocuSeal's
  // signing pages): whoever has it signs in the signer's place. A random mixed-case token only: `/sign/in`,
  // `/sign/up` and ids are no secret.
  {
    word: 'sign',
    literals: ['/sign/'],
    broad: true,
    what: 'document-signing link token',
    source: 'https://github.com/documenso/documenso (apps/remix/app/routes/_recipient+/sign.$token)',
  },
];

/**
 * How the log prefilter finds ASP.NET's cookieless paths: both end in `))/` (`/(S(<id>))/`, `/(X(1)F(<ticket>))/`),
 * whose pair `))` no access log writes otherwise, where `S(` and `F(` made `S` admit `SH` (every TLS cipher's `SHA256`:
 * 12k hits per 40 MB of the benchmark's log) and `F` a first byte of the search.
 */
export const COOKIELESS_PATH_END = '))/';

/** ASP.NET's cookieless session state puts the session id in the path: `/(S(lit3py55t21z5v55vlm25s55))/page.aspx`. */
export const COOKIELESS_SESSION = {
  // Also after the auto-detection mark (`/(X(1)S(…))/`).
  pattern: /[()]S\(([a-z0-5]{24})\)\)/g,
  source: 'https://learn.microsoft.com/en-us/previous-versions/aspnet/ms178581(v=vs.100)',
} as const;

/**
 * Cookieless forms authentication puts the encrypted login ticket in the path the same way: `/(X(1)F(<hex>))/`
 * (`cookieless="UseUri"`): whoever has the URL is logged in until the ticket expires.
 */
export const COOKIELESS_FORMS_TICKET = {
  pattern: /[()]F\(([0-9A-Fa-f]{32,2048})\)\)/g,
  source: 'https://learn.microsoft.com/en-us/dotnet/api/system.web.configuration.formsauthenticationconfiguration.cookieless',
} as const;

/**
 * "Password" in other languages (param-names.ts) as the end of a longer name written with `_` (`smtp_losenord`,
 * Vietnamese `mat_khau`): found by `_`, a needle the search has anyway. A word written in parts ends with its last one;
 * `lozinka` and `jelszo` are left out: they took pairs of their own that user agents are full of (`zi` of Mozilla).
 */
const WRITTEN_LAST_PART: Readonly<Record<string, string>> = {
  palavrapasse: 'passe',
  motdepasse: 'passe',
  katasandi: 'sandi',
  katalaluan: 'laluan',
  matkhau: 'khau',
  ekigambokyekyama: 'ekyama',
};
const WITHOUT_CHEAP_NEEDLE = new Set(['lozinka', 'jelszo']);
const MULTILINGUAL_PASSWORD_NAME_ENDINGS = [
  ...new Set(
    MULTILINGUAL_PASSWORD_WORDS.filter((word) => !WITHOUT_CHEAP_NEEDLE.has(word)).map((word) => `_${WRITTEN_LAST_PART[word] ?? word}`),
  ),
];

/**
 * Key names as JSON, Python's repr and Node's util.inspect print them (`"access_token":"…"`, `'api_key': '…'`,
 * `apiKey: '…'`, `"Ocp-Apim-Subscription-Key":"…"`, `{\"access_token\":…` inside a JSON string, as Docker's
 * json-file driver and Cloud Run wrap an app's line), each ending then a quote, a `\` or a `:`: what lets the log prefilter
 * pass a line whose credential sits in a printed object rather than a URL (`findQuotedPairs` reads it). Each ending's
 * rarest byte starts a pair the search already has: `_` (a one-byte needle whose every hit is confirmed anyway) for
 * snake_case names, `y` for keys, `wo` for passwords, `Se` for `clientSecret`. `token` alone (`"token":`) is left out:
 * its rarest pair `ke` is in every browser's user agent (`like Gecko`), 5 per line of the benchmark's access logs.
 */
export const secretKeyLiterals: readonly string[] = [
  // `Token`, `-token` and `-ticket`: headers named for a token or a ticket, as dumps print them
  // (`X-Parse-Session-Token: r:…`, gRPC metadata's `x-validation-ticket: …`).
  // `_session` and `_ticket`: a session cookie or a one-use ticket under an app's name (`"store_session":"…"`,
  // `"join_ticket":"…"`), by `_` like the other snake_case endings.
  ...[
    '_token',
    '_secret',
    '_jwt',
    '_session',
    '_ticket',
    'key',
    'Key',
    'password',
    'Password',
    'Secret',
    'Token',
    // A session under an app's camel-case name (`"memberSession":"…"` in an APM's user attributes).
    'Session',
    '-token',
    '-ticket',
  ].flatMap((ending) => ['"', "'", ':', '\\'].map((closer) => ending + closer)),
  // "Password" in other languages (param-names.ts) as a whole key: German `passwort` and `kennwort` and Dutch
  // `wachtwoord` by `wo`; Portuguese `senha` by a needle of its own. As the end of a longer name (Portuguese
  // `palavra_passe`, French `mot_de_passe`, …), without a closer: `MULTILINGUAL_PASSWORD_NAME_ENDINGS`.
  ...['passwort', 'Passwort', 'kennwort', 'Kennwort', 'twoord'].flatMap((ending) => ['"', "'", ':'].map((closer) => ending + closer)),
  ...['senha', 'Senha'].flatMap((ending) => ['"', ':'].map((closer) => ending + closer)),
  // go-sql-driver/mysql's `Config.Passwd`, as `%+v` prints a DSN's config (`&{User:app Passwd:… Net:tcp …}`), and
  // `passwd` keys, by `wd`. Not with `'` or `\` after: those closers would pass eight pairs, and a needle alone.
  ...['passwd', 'Passwd'].flatMap((ending) => ['"', ':'].map((closer) => ending + closer)),
  // Polish `haslo` (by `ha`), Czech and Slovak `heslo`, Welsh `cyfrinair` (by `y`, a one-byte needle since the Welsh
  // names: test/logs/prefilter.test.ts): +2.5% byte-search hits on the benchmark's log for the two. Other words took
  // pairs of their own that user agents are full of (`nt`, `ko` of Gecko, `zi` of Mozilla: +28% hits).
  ...['haslo', 'heslo', 'cyfrinair'].flatMap((ending) => ['"', ':'].map((closer) => ending + closer)),
  // Headers named for a client's or an app's secret (`x-client-secret`, `X-App-Secret`) in a printed dictionary, and
  // XML elements named for a credential (`<auth:Token>…`, `<wsse:Password>…`, `<ApiKey>…`, GlobalProtect's
  // `<portal-userauthcookie>…`): each by a needle the search has (measured: no more byte-search hits on the benchmark's
  // log).
  '-secret',
  ...['Token>', 'Password>', 'password>', 'Secret>', '_token>', 'Key>', 'cookie>'],
  // A Wi-Fi pre-shared key in a device's JSON config (`"psk":"…"`): measured, no more byte-search hits.
  'psk"',
  // Headers named for an API's key in other languages (`X-Api-Kalit`, `X-API-Schluessel`: param-names.ts), by `X-`.
  'X-Api-',
  'x-api-',
  'X-API-',
  // Georgian `tokeni`, also as an SQL column (`\`tokeni\``, a MySQL binlog's row events), by `ke`. Not `paroli` as a
  // whole key: its own pair (`pa`) cost 6.8 % more byte-search hits on the benchmark's log.
  ...['tokeni'].flatMap((ending) => ['"', ':', '`'].map((closer) => ending + closer)),
  ...MULTILINGUAL_PASSWORD_NAME_ENDINGS,
  // Environment variables' names, as container definitions and CI jobs print them (`"NPM_TOKEN":…`,
  // `{"name":"PARTNER_API_KEY","value":…}`). Without a closer, so that each is found by `_`, a one-byte needle the
  // search has anyway (with one, `Y"` and `N"` would each take a first byte).
  '_TOKEN',
  '_KEY',
  '_SECRET',
  '_PASSWORD',
];

/**
 * Options of a command line that take a credential as their next argument (`--api-key <key>`, `--token <token>`,
 * `--password <password>`, PowerShell's `-ApiKey <key>`, `npm config set //registry/:_authToken <token>` and its
 * base64 `user:password` form `:_auth <base64>` (`:_auth=<base64>` as an `.npmrc` a job prints writes it),
 * https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration), as CI jobs,
 * `sudo` and process audits log them: what lets the log prefilter pass such a line (detection reads the option by name,
 * find-quoted-pairs.ts). Each by a pair the search has (`ke`, `wo`, `Ap`, `_`), none by the `y ` of `key `.
 */
export const COMMAND_LINE_OPTION_LITERALS: readonly string[] = [
  '-api-ke',
  '-token ',
  '-password ',
  '-ApiKe',
  '_authToken ',
  ':_auth ',
  ':_auth=',
];

/**
 * A calendar's private feed (iCalendar, RFC 5545): a random segment before `.ics` (Confluence Team Calendars'
 * `/private/<hex>.ics`, Nextcloud's and a rota app's `/ical/<token>.ics`) or Google Calendar's `/private-<hex>/basic.ics`.
 * Whoever has the URL reads the calendar, and a subscribed client polls it every few minutes, into every access log.
 */
export const CALENDAR_FEED = {
  literal: '.ics',
  pattern: /\/(?:(private-[0-9a-f]{16,64})\/basic|([A-Za-z0-9_-]{16,128}))\.ics(?![\w.])/g,
  source: 'https://support.google.com/calendar/answer/37648#zippy=%2Cget-your-calendar-view-only',
} as const;

/**
 * PowerShell's `-EncodedCommand` (and the prefixes PowerShell takes for it: `-enc`, `-ec`, `-e`): a script in base64 of
 * UTF-16LE, as process-creation events log it (Windows event 4688, Sysmon event 1, EDR telemetry). What the script
 * holds (`Authorization='Basic …'`, `-Token …`) is read once decoded. Lines are found by `powershell` as Windows
 * writes it (by `we`, a pair the search has; `POWERSHELL` would take a first byte of its own, `O`).
 */
export const POWERSHELL_ENCODED_COMMAND = {
  literals: ['powershell', 'PowerShell', 'Powershell'],
  pattern:
    /(?<![\w-])[-/](?:e|ec|en(?:c(?:o(?:d(?:e(?:d(?:c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?)?)?)?)?)?)?)\s+([A-Za-z0-9+/]{16,65536}={0,2})(?![\w+/=])/gi,
  source:
    'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_powershell_exe#-encodedcommand-base64encodedcommand',
} as const;

/**
 * curl's `-u user:password` (`--user`, and `-U`/`--proxy-user` for a proxy): Basic credentials written on the command
 * line, as a CI job's trace (`set -x`), a process audit, cron's mail or an app's exec log prints it. The password is
 * what is reported; a user alone (`-u user`, curl then asks) or a variable (`-u "$USER:$PASS"`) is none.
 */
export const CURL_USER_OPTION = {
  literal: 'curl ',
  pattern: /(?<=[\s'"])(?:-u|--user|-U|--proxy-user)(?: +|=)(['"]?)[^\s:'"]{1,128}:([^\s'"]{1,256})\1(?=[\s'"]|$)/g,
  source: 'https://curl.se/docs/manpage.html#-u',
} as const;

/**
 * A password PowerShell turns into a SecureString from plain text (`ConvertTo-SecureString '<password>' -AsPlainText
 * -Force`): written out on the command line or in a script a process event logs.
 */
export const PLAIN_TEXT_SECURE_STRING = {
  literal: 'ConvertTo-SecureString',
  pattern: /ConvertTo-SecureString\s+(?:-String\s+)?(['"])([^'"\r\n]{1,256})\1\s+-AsPlainText/gi,
  source: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring',
} as const;

/**
 * A live stream's ingest URL, `rtmp(s)://<server>/<app>/<stream key>` (YouTube's `xxxx-xxxx-xxxx-xxxx-xxxx`, Twitch's
 * `live_<id>_<random>`, Facebook's `FB-…`, Vimeo's UUID): whoever has the key streams to the channel. Read where the
 * last segment looks generated, is a UUID or is written in YouTube's dashed groups; a stream named by a word
 * (`/live/stream1`) is a playback name. The log prefilter finds keys of 24 characters or more by the `/` before them
 * (`rtmp` itself would take the pair `mp`, in every `example` and `timestamp`: +9% byte-search hits).
 */
export const RTMP_STREAM_KEY = {
  scheme: 'rtmp',
  pattern: /rtmps?:\/\/[\w.-]+(?::\d{1,5})?(?:\/[\w.~-]{1,64}){1,4}\/([\w-]{16,128})(?=[\s"'?,;)\]}]|$)/g,
  dashedGroups: /^(?:[a-z0-9]{4}-){3,5}[a-z0-9]{4}$/i,
  source: 'https://support.google.com/youtube/answer/2907883',
} as const;

/**
 * A SASL exchange a mail or chat server's protocol log writes (Haraka's `C: AUTH PLAIN …`, Python smtplib's
 * `send: 'AUTH XOAUTH2 …'`, IMAP's `AUTHENTICATE PLAIN`, XMPP's `<auth … mechanism='PLAIN'>…</auth>` as ejabberd and
 * Openfire print stanzas at debug): PLAIN is base64 of `authzid NUL user NUL password` (RFC 4616), XOAUTH2 of
 * `user=… ^A auth=Bearer <token> ^A ^A` (Google's SASL XOAUTH2), OAUTHBEARER of a GS2 header then `auth=Bearer <token>`
 * (RFC 7628). The mechanism decides what the blob must decode to.
 */
export const SASL_CREDENTIAL = {
  // A protocol transcript writes who speaks before the command (`C: `, PHPMailer's `CLIENT -> SERVER: `): found by the
  // `: ` needle of printed keys, which costs no needle.
  // IMAP's command after its tag (`a001 AUTHENTICATE PLAIN …`, Geary's and Mailspring's protocol logs), as one literal:
  // alone, it is found by a needle another literal has (measured: no more byte-search hits on the benchmark's log);
  // three would share a pair of their own (`AUTHENTICATE(` beside it would). IRC's SASL sends the blob in an
  // `AUTHENTICATE` of its own, after the one that names the mechanism (soju's `sent: AUTHENTICATE <blob>`, a Rust
  // client's `AUTHENTICATE("<blob>")`): the blob alone tells which it is. XMPP's stanza by its `mechanism=`, which
  // needs no needle of its own either. Not found alone: smtplib's `send: 'AUTH …'` (`: '` would make a needle of its
  // own); read when the line has another hit.
  literals: [': AUTH PLAI', ': AUTH XOAUTH2', ': AUTH OAUTHBEARER', 'AUTHENTICATE', 'mechanism='],
  pattern:
    /(?:(?<![\w-])AUTH(?:ENTICATE)? (PLAIN|XOAUTH2|OAUTHBEARER) |mechanism=\\?["'](PLAIN|X-OAUTH2|XOAUTH2|OAUTHBEARER)\\?["']>|(?<![\w-])AUTHENTICATE(?: |\(\\?"))([A-Za-z0-9+/]{8,8192}={0,2})/g,
  source: 'https://www.rfc-editor.org/rfc/rfc4616',
} as const;

/**
 * Docker's config.json keeps each registry's login as `"auth": "<base64 of user:password>"`, which CI jobs print (a
 * `cat ~/.docker/config.json` while debugging a push): read where it decodes to a user and a password, as `Basic`. The
 * log prefilter finds the key by `ut`, the needle of `/auth/`.
 */
export const DOCKER_CONFIG_AUTH = {
  literal: '"auth"',
  pattern: /"auth" ?: ?"([A-Za-z0-9+/]{8,4096}={0,2})"/g,
  source: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
} as const;
