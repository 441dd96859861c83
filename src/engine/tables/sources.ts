/**
 * Where secrets come from, beyond names: calls and properties whose result is a credential. Matched like sinks
 * (module + path, see tables/sinks.ts). Names themselves (`accessToken`, `session.jwt`, `getIdToken()`) are
 * judged by the shared table in src/secrets/param-names.ts.
 */
export interface CallSourceRow {
  readonly description: string;
  readonly modules: readonly string[];
  readonly paths: readonly string[];
  /** Only a secret when this argument is a key with a secret name (`getItem('token')`, not `getItem('theme')`). */
  readonly keyArg?: number;
}

export const callSources: readonly CallSourceRow[] = [
  {
    description: 'web storage',
    modules: ['global'],
    paths: ['localStorage.getItem', 'sessionStorage.getItem'],
    keyArg: 0,
  },
  { description: 'AsyncStorage', modules: ['@react-native-async-storage/async-storage'], paths: ['getItem'], keyArg: 0 },
  { description: 'a cookie', modules: ['js-cookie', 'universal-cookie', 'react-cookie'], paths: ['get', 'Cookies().get'], keyArg: 0 },
  { description: 'a cookie', modules: ['next/headers'], paths: ['cookies().get'], keyArg: 0 },
  { description: 'jwt.sign()', modules: ['jsonwebtoken'], paths: ['sign'] },
  { description: 'a signed JWT', modules: ['jose'], paths: ['SignJWT().**.sign'] },
];

export interface PropertySourceRow {
  readonly description: string;
  readonly modules: readonly string[];
  readonly paths: readonly string[];
}

export const propertySources: readonly PropertySourceRow[] = [
  { description: 'document.cookie', modules: ['global'], paths: ['document.cookie'] },
];

/** Environment variables named like credentials: `process.env.API_TOKEN`, `import.meta.env.VITE_STRIPE_KEY`. */
export const SECRET_ENV_NAME = /(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|CREDENTIALS?|JWT)$/i;

/** Env names that end like secrets but are public by convention or not credentials at all. */
export const PUBLIC_ENV_NAME = /(?:PUBLISHABLE|PUBLIC|ANON|SITE|CACHE|SORT|PARTITION)_?KEY$|(?:PAGE|NEXT)_?TOKEN$/i;

/** Verbs before a secret noun in a function name: `getIdToken()`, `fetchAccessToken()`, `refreshJwt()`. */
export const TOKEN_GETTER_VERBS = [
  'get',
  'fetch',
  'read',
  'load',
  'acquire',
  'obtain',
  'retrieve',
  'refresh',
  'generate',
  'create',
  'issue',
  'sign',
  'request',
  'mint',
  'renew',
  'current',
] as const;
