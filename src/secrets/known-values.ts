/**
 * Values that sit where a credential would and are none: documentation examples, public-by-design keys, masks and
 * flags. Knowledge for the risk model (credential-risk.ts), shared by the code engine and the log scanner; each entry
 * names its source.
 */

export interface KnownValue {
  readonly value: string;
  readonly what: string;
  readonly source: string;
}

/** Example credentials printed in vendors' documentation: copied into code, tests and curl lines, never live. */
export const documentationExamples: readonly KnownValue[] = [
  {
    value: 'AKIAIOSFODNN7EXAMPLE',
    what: "AWS's example access key id",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html',
  },
  {
    value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    what: "AWS's example secret access key",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html',
  },
  { value: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', what: "Stripe's documented test key", source: 'https://docs.stripe.com/api/authentication' },
  {
    value: 'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
    what: "Stripe's earlier documented test key",
    source: 'https://web.archive.org/web/2019/https://stripe.com/docs/api/authentication',
  },
  { value: 'pk_test_TYooMQauvdEDq54NiTphI7jx', what: "Stripe's documented publishable test key", source: 'https://docs.stripe.com/keys' },
  {
    value:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    what: "jwt.io's sample token",
    source: 'https://jwt.io/introduction',
  },
];

/** The claims of jwt.io's sample token, whatever key re-signed it (tutorials change the secret, not the payload). */
export const EXAMPLE_JWT_CLAIMS = { sub: '1234567890', name: 'John Doe', source: 'https://jwt.io/introduction' } as const;

/**
 * Words that mark a made-up value inside it (`AKIA…EXAMPLE`, `sk_test_dummy…`, `INSERT_API_KEY_HERE`): a generated
 * secret never spells them.
 */
export const EXAMPLE_WORDS =
  /example|dummy|placeholder|changeme|replace[_-]?me|your[_-]?(?:api[_-]?)?(?:key|token|secret)|^insert[_-]|[_-]here$/i;

/** JWT roles that mark a key as public by design. */
export const PUBLIC_JWT_ROLES: readonly KnownValue[] = [
  {
    value: 'anon',
    what: 'Supabase anon key (row-level security decides what it may read)',
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
];

/**
 * Parameter names whose value is public by design: sent by browsers to the vendor on every page view, restricted by
 * the vendor to what a visitor may do.
 */
export const publicParamNames: readonly KnownValue[] = [
  { value: 'sentrykey', what: 'Sentry DSN public key', source: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/' },
  {
    value: 'xalgoliaapikey',
    what: 'Algolia search-only API key (the JavaScript client sends it in the query)',
    source: 'https://www.algolia.com/doc/guides/security/api-keys/',
  },
];

/**
 * Parameter and header names whose value is one part of a credential that signs nothing alone: an AWS STS session
 * token goes with a temporary access key ID and its secret access key, and a request needs all three to be signed.
 */
export const credentialPartNames: readonly KnownValue[] = [
  {
    value: 'xamzsecuritytoken',
    what: 'AWS STS session token',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html',
  },
];

/**
 * Vault's audit devices write every secret of a request and response as an HMAC of it (`hmac-sha256:<hex>`), a
 * hash that can only be compared with a known value (https://developer.hashicorp.com/vault/docs/audit#sensitive-information).
 */
export const HMAC_OF_VALUE = {
  pattern: /^hmac-sha(?:256|384|512):[0-9a-f]{40,128}$/,
  source: 'https://developer.hashicorp.com/vault/docs/audit#sensitive-information',
} as const;

/**
 * `Authorization` values that sign one request rather than authorize any: AWS Signature Version 4 (and SigV4a) and its
 * Cloud Storage counterpart name the key (`Credential=<key id>/…`) and carry a signature of that request's method,
 * path, headers and body hash, which no other request can reuse.
 */
export const REQUEST_SIGNATURE_SCHEME = {
  pattern: /^(?:AWS4-HMAC-SHA256|AWS4-ECDSA-P256-SHA256|GOOG4-HMAC-SHA256|GOOG4-RSA-SHA256) Credential=/,
  // Its fields read as parameters: the signature (normalized), after the list of signed headers (a dozen at most).
  signatureField: 'signature',
  signedHeadersField: 'SignedHeaders=',
  maxSignedHeadersSpan: 1024,
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html',
} as const;

/**
 * Environment variables a bundler inlines into client code: their values ship to every browser, so a key read from
 * one is public by design (a secret there is a leak of its own, but not through this URL).
 */
export const CLIENT_ENV_PREFIXES: readonly KnownValue[] = [
  { value: 'NEXT_PUBLIC_', what: 'Next.js', source: 'https://nextjs.org/docs/app/guides/environment-variables' },
  { value: 'VITE_', what: 'Vite', source: 'https://vite.dev/guide/env-and-mode' },
  { value: 'REACT_APP_', what: 'Create React App', source: 'https://create-react-app.dev/docs/adding-custom-environment-variables/' },
  { value: 'PUBLIC_', what: 'SvelteKit, Astro', source: 'https://svelte.dev/docs/kit/$env-static-public' },
  { value: 'EXPO_PUBLIC_', what: 'Expo', source: 'https://docs.expo.dev/guides/environment-variables/' },
  { value: 'NUXT_PUBLIC_', what: 'Nuxt', source: 'https://nuxt.com/docs/guide/going-further/runtime-config' },
  { value: 'GATSBY_', what: 'Gatsby', source: 'https://www.gatsbyjs.com/docs/how-to/local-development/environment-variables/' },
];

/** Names of variables that hold a public key by design (`supabaseAnonKey`, `publishableKey`, `STRIPE_PK`). */
export const PUBLIC_KEY_NAME = /(?:anon|publishable|public|site)_?key$|^pk$|_pk$|anonkey|publishablekey/i;

/**
 * Names (normalized: lower case, no `_`, `-`, `.`) of functions and variables that make or hold a short-lived
 * single-use ticket: the pattern the rule docs recommend for WebSocket and redirect URLs.
 */
export const TICKET_NAME = /ticket|onetime|singleuse|transfertoken|exchangetoken|handofftoken/;

/**
 * Normalized names of a variable or parameter holding a one-time password (`otp`, `totp`, `emailOtp`, `otpCode`):
 * used once, within seconds or minutes (https://datatracker.ietf.org/doc/html/rfc6238). Whole names only: `verifyOtp()`
 * returns a session, and `otpauth`/`otpSecret` hold the long-lived TOTP seed.
 */
export const ONE_TIME_PASSWORD_NAME = /^(?:t|h|sms|email|mail|mfa|user|input)?otp(?:code|token|value)?$/;

/**
 * A session "id" that is a small number: a firewall's or load balancer's connection (FortiGate's and PAN-OS's
 * `sessionid=52534165`), a database connection, a terminal or RDP session. A web session's secret has at least 64
 * bits of randomness (OWASP Session Management Cheat Sheet, "Session ID Entropy"), which 12 digits (40 bits) cannot
 * hold.
 */
export const NUMERIC_SESSION_ID = /^\d{1,12}$/;

/**
 * A session id of digits only, long enough to hold the 64 bits of randomness a session's secret needs (OWASP Session
 * Management Cheat Sheet, "Session ID Entropy"): 20 digits hold 66. Sympa's `sympa_session` cookie is one (its id is
 * `Sympa::Tools::Password::get_random`'s digits, https://github.com/sympa-community/sympa). Shorter numbers are
 * connections and records (`NUMERIC_SESSION_ID`).
 */
const LONG_NUMERIC_SESSION_ID = /^\d{20,64}$/;
/**
 * A session id of 16 hex digits or more, with letters and digits both: 64 bits, as AVM's FRITZ!Box sends its `sid` in
 * every URL of its web interface and its home-automation API (`data.lua?sid=…`, `homeautoswitch.lua?…&sid=…`;
 * http://www.fr-an.de/programming/fritzbox/031.htm). A line's context that names its session so is not read as one
 * (src/logs/detect/detect-line.ts `isSessionIdAsContext`).
 */
const RANDOM_HEX_SESSION_ID = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,64}$/i;

/** A session id of digits only or of hex that still holds a session secret's 64 bits (the two shapes above). */
export function isSessionSecretShape(value: string): boolean {
  return LONG_NUMERIC_SESSION_ID.test(value) || RANDOM_HEX_SESSION_ID.test(value);
}

/**
 * Routes whose last segment names WebAuthn credentials by their ids (`/api/webauthn/credentials/<id>`, `/passkeys/<id>`):
 * a credential id is public by design, since the authenticator signs with a private key it never gives out.
 */
export const WEBAUTHN_CREDENTIAL_ROUTES: {
  /** The route word right before the id. */
  readonly collections: readonly string[];
  /** A route word before it that says the collection is WebAuthn's. */
  readonly api: readonly string[];
  readonly source: string;
} = {
  collections: ['credentials', 'passkeys'],
  api: ['webauthn', 'passkeys'],
  source: 'https://www.w3.org/TR/webauthn-2/#credential-id',
};

/**
 * A record's reference number, capitals then numbers joined by `-` (a tracker's `OPS-12`, an invoice's
 * `INV-2024-0001`, a weighbridge slip's `WB-280118-0087`): it names a ticket of a desk or a counter, never one that
 * opens anything, whatever the parameter is called.
 */
export const REFERENCE_NUMBER = /^[A-Z]{1,6}(?:-\d{1,12}){1,4}$/;

/**
 * Values that switch a feature rather than carry a secret: `auth=required`, `token=true`, `password=1`, `key=asc`.
 */
export const FLAG_VALUE = /^(?:true|false|yes|no|on|off|y|n|required|optional|enabled|disabled|none|null|undefined|asc|desc|\d{1,3})$/i;

/**
 * Masks and truncations that loggers and people write over a secret: `sk_live_****`, `****abcd`, `ghp_xxxx…xxxx`,
 * `eyJhbGciOi...`, `•••`. Marks found anywhere; runs of `x` as a whole part between `_`, `.` and `-`, or at the end.
 */
export const MASK_MARKS: readonly string[] = ['***', '•••', '…'];
export const MASKED_TAIL = { dots: '...', xRun: 8 } as const;
export const MASKED_PART = /^(?:x{6,}|X{6,})$/;

/** A JWT whose signature or payload a redactor replaced (`eyJ….eyJ….REDACTED`). */
export const REDACTED_SEGMENT = /^[[(<]?(?:redacted|filtered|masked|removed|hidden|x+|\*+|sig(?:nature)?)[\])>]?$/i;

/**
 * Engine.IO's transport session id (`sid`), sent next to `EIO=` on every polling request and WebSocket upgrade: it
 * names a connection, not a user (https://socket.io/docs/v4/engine-io-protocol/).
 */
export const ENGINE_IO_SID = { name: 'sid', companion: 'eio', path: /\/(?:socket\.io|engine\.io)\/?\?/ } as const;

/** An API that takes its key only in the URL, and the query parameters that hold the key there. */
export interface VendorUrlKeyHost extends KnownValue {
  /**
   * Normalized names (param-names.ts) of the key's query parameters: there they are the key, even the names that
   * elsewhere often hold none (`key`, `appid`: a Facebook or WeChat app id is public).
   */
  readonly keyParams: readonly string[];
  /**
   * What the path holds right before the key, when the key is a path segment (Telegram's `/bot<token>/`): a value
   * written there is the key, whatever its variable is named (`process.env.TELEGRAM_BOT`).
   */
  readonly keyPathPrefix?: string;
}

/**
 * APIs that take their key only in the URL (in the path or the query): a team cannot move it to a header, so a
 * finding says so at warning level and what to do instead (restrict the key, redact egress logs).
 */
export const vendorUrlKeyHosts: readonly VendorUrlKeyHost[] = [
  {
    value: 'api.telegram.org',
    what: 'the Telegram Bot API (bot token in the path)',
    keyParams: [],
    keyPathPrefix: '/bot',
    source: 'https://core.telegram.org/bots/api#making-requests',
  },
  {
    value: 'tapi.bale.ai',
    what: 'the Bale Bot API (Telegram-compatible, token in the path)',
    keyParams: [],
    keyPathPrefix: '/bot',
    source: 'https://docs.bale.ai/',
  },
  {
    value: 'maps.googleapis.com',
    what: 'Google Maps Platform web services (key=)',
    keyParams: ['key'],
    source: 'https://developers.google.com/maps/documentation/geocoding/requests-geocoding',
  },
  {
    value: 'api.pushy.me',
    what: 'the Pushy API (api_key=)',
    keyParams: ['apikey'],
    source: 'https://pushy.me/docs/api/send-notifications',
  },
  { value: 'iframe.ly', what: 'the Iframely API (api_key=)', keyParams: ['apikey'], source: 'https://iframely.com/docs/iframely-api' },
  {
    value: 'api.mapbox.com',
    what: 'the Mapbox web services APIs (access_token=)',
    keyParams: ['accesstoken'],
    source: 'https://docs.mapbox.com/api/overview/#access-tokens-and-token-scopes',
  },
  {
    value: 'api.weixin.qq.com',
    what: 'the WeChat Official Accounts API (appid and secret=, then access_token=)',
    keyParams: ['secret', 'accesstoken'],
    source: 'https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html',
  },
  {
    value: 'api.openweathermap.org',
    what: 'the OpenWeather APIs (appid=)',
    keyParams: ['appid'],
    source: 'https://openweathermap.org/appid',
  },
  {
    value: 'api.ipstack.com',
    what: 'the ipstack API (access_key=)',
    keyParams: ['accesskey'],
    source: 'https://ipstack.com/documentation',
  },
  {
    value: 'www.omdbapi.com',
    what: 'the OMDb API (apikey=)',
    keyParams: ['apikey'],
    source: 'https://www.omdbapi.com/',
  },
  {
    value: 'api.rawg.io',
    what: 'the RAWG Video Games Database API (key=)',
    keyParams: ['key'],
    source: 'https://api.rawg.io/docs/',
  },
  {
    // Its v3 API key goes only in the query; the header takes another credential, the API read access token.
    value: 'api.themoviedb.org',
    what: 'the TMDB API (api_key=, its v3 key)',
    keyParams: ['apikey'],
    source: 'https://developer.themoviedb.org/docs/authentication-application',
  },
  {
    // Shut down in 2023; code written for it still runs, and Pirate Weather took its URL shape over.
    value: 'api.darksky.net',
    what: 'the Dark Sky API (its key in the path: /forecast/<key>/<lat>,<lon>)',
    keyParams: [],
    source: 'https://web.archive.org/web/2022/https://darksky.net/dev/docs',
  },
  {
    value: 'api.pirateweather.net',
    what: 'the Pirate Weather API (its key in the path: /forecast/<key>/<lat>,<lon>)',
    keyParams: [],
    source: 'https://docs.pirateweather.net/en/latest/API/',
  },
  {
    value: 'www.alphavantage.co',
    what: 'the Alpha Vantage API (apikey=)',
    keyParams: ['apikey'],
    source: 'https://www.alphavantage.co/documentation/',
  },
];

/**
 * A name that holds a credential in a URL query and a digest of one elsewhere: Supabase Auth's e-mail links carry
 * `token_hash`, which `verifyOtp` takes to sign the user in, while an audit line's `token_hash=<sha256>` records which
 * token was used and opens nothing. Normalized (param-names.ts).
 */
export const QUERY_ONLY_CREDENTIAL_NAME: KnownValue = {
  value: 'tokenhash',
  what: "Supabase Auth's e-mail link credential",
  source: 'https://supabase.com/docs/guides/auth/passwords',
};

/**
 * Where `code=` is an OAuth authorization code (RFC 6749 §4.1.2: the redirect carries `code` and the client's `state`),
 * and not one of the many other codes URLs carry: beside `state`, or on a callback path (`/oauth/callback?code=`).
 */
export const OAUTH_CODE_CONTEXT = {
  companion: 'state',
  // The client's token request (RFC 6749 §4.1.3) carries the code beside `grant_type=authorization_code`, as a form
  // body its HTTP client logs or records (a VCR cassette, a debug dump).
  tokenRequest: { name: 'granttype', value: 'authorization_code' },
  callbackPath: /\/(?:[\w-]*callback|redirect|oauth2?|authorized?|signin-\w+)(?=[/?;]|$)/i,
  source: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2',
} as const;

/**
 * Where `code=` is a credential by itself rather than an OAuth code (`OAUTH_CODE_CONTEXT` is read first): the path of
 * the URL it is on, up to the query.
 */
export const CODE_AS_CREDENTIAL_PATHS: readonly (KnownValue & { readonly path: RegExp })[] = [
  {
    value: 'azure-functions-key',
    // `/api` is the default route prefix of Azure Functions' HTTP triggers; `*.azurewebsites.net` is the app's host.
    path: /^(?:https?:\/\/[^/]+)?\/api\/|\.azurewebsites\.net\//i,
    what: 'an Azure Functions key',
    source: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to#use-access-keys',
  },
  {
    value: 'account-link-token',
    // ASP.NET Core Identity's `/Account/ConfirmEmail?userId=…&code=…`, `ConfirmEmailChange`, `ResetPassword?code=…`;
    // Strapi's and Supabase's `/reset-password?code=…`, `/verify-email?code=…`; Gitea's `/user/recover_account?code=…`.
    path: /\/(?:confirm|reset|verify|activate|recover)[\w-]*$/i,
    what: 'an e-mail confirmation or password-reset token',
    source: 'https://learn.microsoft.com/en-us/aspnet/core/security/authentication/accconfirm',
  },
];

/**
 * A front controller's query naming the page (OpenCart's `index.php?route=account/reset&code=…`, Yii's
 * `index.php?r=site/reset-password`): such apps' URLs have no path of their own, so the route stands for it where a
 * path is read (`CODE_AS_CREDENTIAL_PATHS`). `script`: the path such a URL has; `names`: normalized parameter names.
 */
export const FRONT_CONTROLLER_ROUTE = {
  script: /(?:^|\/)(?:index\.php)?$/,
  names: ['route', 'r'],
  source: 'https://docs.opencart.com/en-gb/developer/routing/ and https://www.yiiframework.com/doc/guide/2.0/en/runtime-routing',
} as const;

/**
 * A value under a credential's name that is known to be something else by its shape and a companion name beside it.
 * `name` and `companion` are normalized parameter names (any name when unset; `companion`: a parameter the same
 * redirect or record always holds).
 */
export type CompanionShapedValue = KnownValue & { readonly shape: RegExp; readonly name?: string; readonly companion?: string };

/**
 * Ids a vendor's redirect puts under a credential's name in the return URL: they name a checkout or an order, and
 * reading one takes the merchant's own secret key.
 */
export const RETURN_URL_IDS: readonly CompanionShapedValue[] = [
  {
    value: 'stripe-checkout-session-id',
    // An id only: a client secret (`cs_live_…_secret_…`) has more after an underscore.
    shape: /^cs_(?:live|test)_[A-Za-z0-9]{10,}$/,
    what: 'a Stripe Checkout Session id, which the success URL carries by design',
    source: 'https://docs.stripe.com/payments/checkout/custom-success-page',
  },
  {
    value: 'paypal-order-id',
    // The order id of the Orders API (17 characters), or an Express Checkout token (`EC-` and 17).
    shape: /^(?:EC-)?[0-9A-Z]{17}$/,
    name: 'token',
    companion: 'payerid',
    what: "a PayPal order id, which the buyer's return URL carries beside PayerID",
    source: 'https://paypal.github.io/mobile-checkout-docs/ios/reference/Classes/ApprovalData.html',
  },
];

/**
 * Ids of an API's resources that its records put under a credential's name: they name an object, and reading it takes
 * the account's own credentials.
 */
export const RESOURCE_IDS: readonly CompanionShapedValue[] = [
  {
    value: 'twilio-resource-sid',
    // Two capitals for the resource's type (AC account, SM message, NO alert, CA call…) and 32 hex digits.
    shape: /^[A-Z]{2}[0-9a-f]{32}$/,
    name: 'sid',
    companion: 'accountsid',
    what: "a Twilio resource's SID beside its account_sid, which names a message, call or alert",
    source: 'https://www.twilio.com/docs/glossary/what-is-a-sid',
  },
  {
    value: 'xibo-display-hardware-key',
    // XMDS calls name the display by its hardware key (32 hex digits) and authenticate with the CMS's `serverKey`.
    shape: /^[0-9a-f]{32}$/,
    name: 'hardwarekey',
    what: "a Xibo display's hardware key, which names the display (its calls authenticate with the CMS's server key)",
    source: 'https://github.com/xibosignage/xibo-cms (lib/Xmds/Soap.php)',
  },
  {
    value: 'phorge-diffusion-commit',
    // `r`, the repository's callsign in capitals, the commit's hash: a Diffusion URL's whole path (`/rWZORE<hash>`).
    shape: /^r[A-Z]{1,32}[0-9a-f]{12,40}$/,
    name: 'commit',
    what: 'a commit of a Phabricator or Phorge repository, named by its callsign and hash in a Diffusion URL',
    source: 'https://we.phorge.it/book/phorge/article/diffusion/',
  },
];

/**
 * Records a gateway writes with the hash it keeps of a key under the key's name: the hash identifies the key in
 * analytics and cannot be sent in its place.
 */
export const KEY_HASHES: readonly CompanionShapedValue[] = [
  {
    value: 'tyk-analytics-key-hash',
    // Tyk hashes keys by default (`hash_keys`), with murmur32, murmur64, murmur128 or sha256 (`hash_key_function`):
    // 8, 16, 32 or 64 hex digits. An unhashed Tyk key is longer (the org id and a UUID) or base64 JSON.
    shape: /^(?:[0-9a-f]{8}|[0-9a-f]{16}|[0-9a-f]{32}|[0-9a-f]{64})$/,
    name: 'apikey',
    companion: 'orgid',
    what: "Tyk's hash of an API key in its analytics records (api_key beside org_id)",
    source: 'https://tyk.io/docs/basic-config-and-security/security/key-hashing/',
  },
];

/**
 * Anti-forgery tokens sent under a credential's name, known by their shape: MediaWiki's action API takes its CSRF
 * token as `token=`, and every such token ends in `+\` (an anonymous user's is `+\` alone). It is tied to the session
 * cookie and worthless without it.
 */
export const FORGERY_TOKENS: readonly CompanionShapedValue[] = [
  {
    value: 'mediawiki-csrf-token',
    shape: /^[0-9a-f]{32,40}\+\\$/,
    name: 'token',
    what: "MediaWiki's CSRF token, which ends in +\\",
    source: 'https://www.mediawiki.org/wiki/API:Tokens',
  },
  {
    value: 'csrf-magic-token',
    // csrf-magic (Cacti, other PHP apps) writes its token as what it is tied to, its SHA-1 and the time it was made:
    // `sid:<sha1>,<unix time>` (also `cookie:`, `key:`, `ip:`, `user:`), several joined by `;`; a query's value is read
    // up to the `,` before the time.
    shape: /^(?:(?:sid|cookie|key|ip|user):[0-9a-f]{40}(?:,\d{9,10})?;?)+$/,
    name: 'token',
    what: "csrf-magic's token (`sid:<sha1>,<time>`)",
    source: 'https://github.com/ezyang/csrf-magic',
  },
  {
    value: 'prestashop-admin-token',
    // The back office's links carry `token=<md5>` beside `controller=Admin…`: an MD5 of the controller, the employee's
    // id and the shop's cookie key (`Tools::getAdminToken`), checked against the employee's own session cookie.
    shape: /^[0-9a-f]{32}$/,
    name: 'token',
    companion: 'controller',
    what: "PrestaShop's back-office token, an anti-forgery hash checked against the employee's session cookie",
    source: 'https://github.com/PrestaShop/PrestaShop (classes/Tools.php getAdminToken)',
  },
  {
    value: 'piwigo-pwg-token',
    // `pwg_token` is an MD5 of the session id and a secret key (`get_pwg_token`), sent with actions that change data.
    shape: /^[0-9a-f]{32}$/,
    name: 'pwgtoken',
    what: "Piwigo's pwg_token, an anti-forgery hash tied to the session cookie",
    source: 'https://github.com/Piwigo/Piwigo (include/functions.inc.php get_pwg_token)',
  },
];

/**
 * Records of network traffic (a secure web gateway's, a firewall's) name the network session a request belongs to under
 * a session's name: it identifies a flow in the vendor's own logs and authenticates nothing.
 */
export const FLOW_SESSION_IDS: readonly CompanionShapedValue[] = [
  {
    value: 'network-flow-session-id',
    shape: /^[0-9a-f]{16,64}$/i,
    name: 'sessionid',
    companion: 'destinationip',
    what: "a network session's id in a traffic record (Cloudflare Gateway's SessionID beside DestinationIP)",
    source: 'https://developers.cloudflare.com/logs/reference/log-fields/account/gateway_http/',
  },
  {
    value: 'telemetry-session-id',
    shape: /^[A-Za-z0-9+/_-]{16,32}$/,
    name: 'sessionid',
    companion: 'operationid',
    what: "a browser telemetry session's id (Application Insights' SessionId beside OperationId), which signs nobody in",
    source: 'https://learn.microsoft.com/en-us/azure/azure-monitor/app/data-model-complete#session-id',
  },
];

/**
 * Objects whose values are ciphertext for a key the logger never sees, whatever their keys say: a Bitnami SealedSecret's
 * `spec.encryptedData` (`{"WEBHOOK_SECRET":"AgB4…"}`, encrypted to the cluster's controller key, safe to commit by
 * design) as a Kubernetes audit log or an Argo CD diff prints it.
 */
export const CIPHERTEXT_OBJECTS: readonly KnownValue[] = [
  {
    value: 'encryptedData',
    what: "Bitnami SealedSecret's encrypted values",
    source: 'https://github.com/bitnami-labs/sealed-secrets#overview',
  },
];

/**
 * Query parameters whose values are random by design but open nothing, by their normalized names (lower case, no
 * separators): what a generated value under a name the credential table does not know is not (the log scanner's
 * reading of such values, src/logs/detect/detect-line.ts `unknownNameEntry`). Each was met with a random value in a
 * public log sample, a vendor's documentation or a labeled negative of corpus/logs-in-the-wild.
 */
export const RANDOM_BY_DESIGN_NAMES: readonly (KnownValue & { readonly names: RegExp })[] = [
  {
    value: 'identifier',
    // S3's `uploadId` and `versionId`, a request's or a device's id: they name a thing, the caller authenticates apart.
    names: /(?:id|ids|uuid|guid)$/,
    what: 'an identifier',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html',
  },
  {
    value: 'content-id',
    // A playlist, a video, a document or a post named by its kind (YouTube's `list=PL…`, a shared folder's `folder=`),
    // an observability product's entity (New Relic's `/redirect/entity/<guid>`:
    // https://docs.newrelic.com/docs/new-relic-solutions/new-relic-one/core-concepts/what-entity-new-relic/).
    names: /^(?:list|playlist|video|item|file|folder|doc|document|sheet|post|thread|album|track|channel|entity)$/,
    what: 'the id of a piece of content',
    source: 'https://developers.google.com/youtube/player_parameters#list',
  },
  {
    value: 'content-digest',
    names: /(?:hash|digest|checksum|etag|integrity|fingerprint|md5|sha1|sha256)$/,
    what: 'a digest of content',
    source: 'https://www.rfc-editor.org/rfc/rfc9530',
  },
  {
    value: 'version-or-cache-buster',
    names: /^(?:v|ver|version|rev|revision|cb|cachebuster|t|ts|build|b)$/,
    what: 'a version or a cache buster',
    source: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Caching',
  },
  {
    value: 'pagination',
    names: /^(?:after|before|since|until|marker|startafter|continuation|offset|page|next|prev|previous|from|cursormark|skiptoken)$/,
    what: 'a position in a list',
    source: 'https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api',
  },
  {
    value: 'oauth-flow',
    // The client's CSRF value and the OIDC nonce, the PKCE challenge (whose verifier is sent only to the token
    // endpoint), SAML's RelayState, CAS's and Spring Web Flow's `execution` and `lt`.
    names: /^(?:state|nonce|noncestr|codechallenge|codechallengemethod|relaystate|execution|lt|prompt|responsemode)$/,
    what: 'a value of an OAuth, OpenID Connect or SAML flow that grants nothing',
    source: 'https://www.rfc-editor.org/rfc/rfc7636#section-4.3',
  },
  {
    value: 'keycloak-login-action',
    // The login form's step in an authentication session, posted back with the user's own credentials.
    names: /^sessioncode$/,
    what: "Keycloak's login-actions step code",
    source: 'https://www.keycloak.org/docs/latest/server_development/#_action_token_spi',
  },
  {
    value: 'drupal-asset-aggregation',
    // Drupal 10.1+ names an aggregated stylesheet's or script's libraries in `include` and `exclude`, compressed.
    names: /^(?:include|exclude)$/,
    what: "the libraries of one of Drupal's aggregated assets",
    source: 'https://www.drupal.org/node/2258313',
  },
  {
    value: 'load-balancer-stickiness',
    // The instance a load balancer pins a visitor to: Azure App Service's ARRAffinity, AWS ALB's and Classic ELB's
    // stickiness cookies, Google Cloud's GCLB. They name a backend (random or encrypted), not a user.
    names: /^(?:arraffinity|arraffinitysamesite|awsalb|awsalbcors|awsalbtg|awsalbtgcors|awselb|gclb)$/,
    what: "a load balancer's stickiness cookie",
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
  },
  {
    value: 'click-id',
    // Google's, Microsoft's, Meta's, TikTok's, X's, LinkedIn's, Yandex's, impact.com's click ids; Instagram's share id;
    // HubSpot's and Marketo's mail tracking; Google's search result tracking (`ei`, `ved`, `usg`, `gs_lp`, `sca_esv`) and
    // its ad click URL's ad id (`googleadservices.com/pagead/aclk?sa=L&ai=…`).
    names:
      /^(?:gclid|gbraid|wbraid|dclid|gclsrc|msclkid|fbclid|ttclid|twclid|lifatid|yclid|irclickid|igshid|hsenc|hsmi|mkttok|mceid|epik|ei|ved|usg|gslp|scaesv|oq|aqs|sxsrf|rlz|srsltid|ai)$/,
    what: 'an ad click or tracking id',
    source: 'https://support.google.com/google-ads/answer/9744275',
  },
  {
    value: 'challenge-response',
    // A proof that a person solved a challenge, checked once by its provider (reCAPTCHA, hCaptcha, Turnstile, Cloudflare's
    // challenge pages).
    names: /(?:captcharesponse|turnstileresponse|cfchltk|cfchlrttk|challenge)$/,
    what: "a challenge's response, checked once by its provider",
    source: 'https://developers.google.com/recaptcha/docs/verify',
  },
];

/**
 * Keys public by design whose shape tells them where their name does not (`?k=` of reCAPTCHA's own requests). The
 * secret key of a reCAPTCHA pair has the same shape, but it is sent only to `siteverify`, under `secret`, which the
 * credential table reads by its name.
 */
export const PUBLIC_KEY_VALUES: readonly (KnownValue & { readonly shape: RegExp })[] = [
  {
    value: 'recaptcha-site-key',
    shape: /^6L[A-Za-z0-9_-]{38}$/,
    what: 'a reCAPTCHA site key, which every page with the widget carries',
    source: 'https://developers.google.com/recaptcha/docs/display',
  },
  {
    value: 'ssh-public-key',
    // The key blob of an `authorized_keys` line or a `known_hosts` entry: its algorithm's name first, length-prefixed
    // (`ssh-rsa`, `ssh-ed25519`, `ecdsa-sha2-…`, `sk-ssh-ed25519@openssh.com`, `sk-ecdsa-…`), in base64.
    shape: /^AAAA(?:B3NzaC1|C3NzaC1|E2VjZHNh|GnNrLXNzaC1|InNrLWVjZHNh)[A-Za-z0-9+/]+={0,2}$/,
    what: 'an SSH public key',
    source: 'https://www.rfc-editor.org/rfc/rfc4253#section-6.6',
  },
];

/**
 * `u=<user>&p=<password>`: the query parameters that carry a user and a password where the API takes them in the URL,
 * InfluxDB 1.x's `/write` and `/query` (https://docs.influxdata.com/influxdb/v1/administration/authentication_and_authorization/#authenticate-with-query-parameters-in-the-url-or-request-body)
 * and the Subsonic API's clients (Navidrome, Airsonic: `p=` plain or `enc:` hex, https://www.subsonic.org/pages/api.jsp).
 * `p` alone is a page or a parameter as often: only beside `u`.
 */
export const USER_PASSWORD_QUERY = {
  user: 'u',
  password: 'p',
  /** How far from `p=` its `u=` is looked for: these APIs' URLs are short, and a hostile line is read in bounded steps. */
  reach: 256,
} as const;

/**
 * Public share links under a one-letter route at the start of a path, whose token is shorter than a generated segment
 * (shapes.ts `GENERATED_SEGMENT_MIN_LENGTH`) and is the whole credential: whoever has the link reads (or writes) what it
 * shares. By the route's letter: Nextcloud's and ownCloud's `/s/<token>` (also `/index.php/s/<token>`), 15 characters
 * of both cases and digits (`OCP\Share\IShare::TOKEN_LENGTH`, ISecureRandom's human-readable characters); Seafile's
 * file and folder links `/f/<token>/`, `/d/<token>/`, 20 hexadecimal digits (`gen_token(max_length=20)`, a UUID's), and
 * its upload links `/u/d/<token>/`, through which anyone uploads into the folder. `under`: the one segment a link may have
 * before its route (Nextcloud keeps its front controller where the server does not rewrite URLs).
 */
export const SHORT_ROUTE_SHARE_LINKS: Readonly<
  Record<string, { readonly token: RegExp; readonly source: string; readonly under?: string }>
> = (() => {
  const seafile = { token: /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{20}$/, source: 'https://manual.seafile.com/latest/' };
  return {
    s: {
      // A digit, or capitals side by side as random letters have them (one token in ten has no digit; camel-case words
      // have one capital per word).
      token: /^(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*(?:\d|[A-Z]{2}))[A-Za-z0-9]{15}$/,
      source: 'https://docs.nextcloud.com/server/latest/user_manual/en/files/sharing.html',
      under: 'index.php',
    },
    f: seafile,
    d: { ...seafile, under: 'u' },
  };
})();
/**
 * A private BitTorrent tracker's per-user passkey in its announce URL's path, before or after the announce route
 * (`/<passkey>/announce`; UNIT3D's `/announce/<passkey>`, https://github.com/HDInnovations/UNIT3D): 32 hex digits
 * (Gazelle's, UNIT3D's) or 40.
 */
export const TRACKER_PASSKEY: { readonly lengths: readonly number[]; readonly route: string } = { lengths: [32, 40], route: '/announce' };

/**
 * A desk phone's provisioning URL whose folder a provisioning server made random (`/p/<token>/<MAC>.cfg` of a hosted
 * PBX): the configuration file named by the phone's MAC address (Yealink's and Fanvil's `<mac>.cfg`, Polycom's
 * `<mac>-phone.cfg`, Grandstream's `cfg<mac>.xml`, Cisco SPA's `spa<mac>.cfg`) holds its SIP account's password, and
 * the folder is all that keeps others from fetching it. A folder of at least 24 characters (the log prefilter's token
 * run), with a digit: a word is a server's own layout (`/provisioning/yealink/…`).
 */
export const PROVISIONING_FOLDER = {
  pattern: String.raw`/((?=[A-Za-z_-]{0,63}[0-9])[A-Za-z0-9_-]{24,64})/(?:cfg|spa)?[0-9a-fA-F]{12}(?:-phone)?\.(?:cfg|xml)(?![\w.])`,
  source: 'https://support.yealink.com/en/portal/knowledge/show?id=6459d4a4e9ba3b2ac2ecb7b7',
} as const;

/** The lengths of `SHORT_ROUTE_SHARE_LINKS`' tokens, shortest and longest: what the log prefilter and detection read. */
export const SHARE_LINK_TOKEN_LENGTH = { min: 15, max: 20 } as const;

/**
 * A cookie value that Laravel's cookie encryption wrote: base64 of `{"iv":…,"value":…,"mac":…}`
 * (`Illuminate\Encryption\Encrypter::encrypt`), which begins `eyJpdiI6` (`{"iv":`). Laravel encrypts every cookie
 * but those it exempts, and names its session cookie for the app (`Str::slug(APP_NAME).'_session'`, whatever the app's
 * language): such a cookie under a name no table knows is the session's, which the app decrypts into the session id.
 * Its own CSRF cookie, `XSRF-TOKEN`, is written so too, and is a known name that holds no credential.
 */
export const ENCRYPTED_COOKIE_VALUE = {
  prefix: 'eyJpdiI6',
  what: "Laravel's encrypted cookie",
  source: 'https://laravel.com/docs/11.x/session#configuration',
} as const;

/**
 * A webhook's signature header, a time and an HMAC of the body at that time: Paddle's `Paddle-Signature: ts=<unix>;h1=<hex>`
 * and Stripe's `Stripe-Signature: t=<unix>,v1=<hex>`. The HMAC opens nothing (it signs one body), and `;` or `,` between
 * its fields are no cookie's or query's. Matched on what is written before the HMAC's name.
 */
export const TIMESTAMPED_SIGNATURE = {
  before: /(?:^|[\s"'[:=])ts?=\d{9,11}[;,]$/,
  /** The longest text `before` reads: a separator, `ts=`, eleven digits and the field separator. */
  reach: 16,
  source: 'https://developer.paddle.com/webhooks/signature-verification',
} as const;

/**
 * A database's or a broker's connection URL in base64, with its password in the user info: how Kubernetes secrets and CI
 * variables keep one (`kubectl create secret generic … --from-literal=DATABASE_URL_B64=cG9zdGdyZXM6Ly…`,
 * `DATABASE_URL: cG9zdGdyZXNxbDovL…` in a printed Secret): each scheme with the base64 of `<scheme>://` up to its last
 * whole character (test/logs/hidden-places.test.ts checks the two agree), which the log scanner decodes
 * (src/logs/detect/detect-line.ts).
 */
export const BASE64_DATABASE_URLS: readonly { readonly scheme: string; readonly start: string }[] = [
  { scheme: 'postgres', start: 'cG9zdGdyZXM6Ly' },
  { scheme: 'postgresql', start: 'cG9zdGdyZXNxbDovL' },
  { scheme: 'mysql', start: 'bXlzcWw6Ly' },
  { scheme: 'mongodb', start: 'bW9uZ29kYjovL' },
  { scheme: 'mongodb+srv', start: 'bW9uZ29kYitzcnY6Ly' },
  { scheme: 'redis', start: 'cmVkaXM6Ly' },
  { scheme: 'rediss', start: 'cmVkaXNzOi8v' },
  { scheme: 'amqp', start: 'YW1xcDovL' },
  { scheme: 'amqps', start: 'YW1xcHM6Ly' },
];
