import { frameworks } from '../frameworks/index.js';
import type { CallSourceRow, PropertySourceRow } from '../frameworks/model.js';

/**
 * Where secrets come from, beyond names: calls and properties whose result is a credential, assembled from the
 * framework models (frameworks/index.ts) and matched like sinks (module + path, see frameworks/model.ts). Names
 * themselves (`accessToken`, `session.jwt`, `getIdToken()`) are judged by the shared table in src/secrets/param-names.ts.
 */
export type { CallSourceRow, PropertySourceRow } from '../frameworks/model.js';

export const callSources: readonly CallSourceRow[] = frameworks.flatMap((model) => model.callSources ?? []);

export const propertySources: readonly PropertySourceRow[] = frameworks.flatMap((model) => model.propertySources ?? []);

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
