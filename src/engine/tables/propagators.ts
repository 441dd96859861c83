import { frameworks } from '../frameworks/index.js';
import type { ApiRow, ComponentGlobalRow, ContextDecoratorRow } from '../frameworks/model.js';

export type { ApiRow } from '../frameworks/model.js';

/**
 * How values move through calls the engine does not analyze. A call or property not listed here ends a flow:
 * `sha256(token)`, `token.length` or `jwtDecode(token).sub` are not the secret any more, so precision wins over
 * guessing.
 */

/** Global functions whose result is their first argument, re-encoded. */
export const transparentFunctions: ReadonlySet<string> = new Set([
  'encodeURIComponent',
  'encodeURI',
  'decodeURIComponent',
  'decodeURI',
  'escape',
  'String',
  'btoa',
]);

/**
 * Functions named for what they take out (`redactUrl(url)`, `maskToken(t)`, `stripQuery(url)`): their result is taken
 * as clean, whatever their body does, as a reader takes it; the rules recommend exactly this for logged URLs. Not
 * `sanitize…`: `sanitizeUrl` (@braintree/sanitize-url and its kin) only blocks `javascript:` URLs and keeps the query.
 */
export const SANITIZER_NAME =
  /^(?:redact|scrub|mask|censor|obfuscat|anonymi[sz])|^(?:strip|without|remove|drop)(?:Query|Search|Params?|Tokens?|Secrets?|Credentials?)/i;

/** Methods whose result is the receiver's text (`token.trim()`, `url.toString()`). */
export const transparentMethods: ReadonlySet<string> = new Set([
  'toString',
  'valueOf',
  'toJSON',
  'trim',
  'trimStart',
  'trimEnd',
  'normalize',
]);

/**
 * Methods that cut a few characters off the start of the receiver's text and keep the rest (`req.url.substr(1)`,
 * `url.slice(1)`, `request.url.slice(origin.length)`): with a start of at most `TAIL_CUT_LIMIT` written out, or the
 * length of a prefix, and no end, the query at the end stays. A negative start (`token.slice(-4)`) keeps only the last
 * characters, and an end may cut the query off: neither is one.
 */
export const tailKeepingMethods: ReadonlySet<string> = new Set(['slice', 'substr', 'substring']);
export const TAIL_CUT_LIMIT = 9;

/**
 * Methods whose result is the receiver's text with their second argument spliced in: `':method :url'.replace(':url',
 * req.originalUrl)`, `url.replace('{token}', token)`. A replacement function keeps the receiver's text only.
 */
export const replacingMethods: ReadonlySet<string> = new Set(['replace', 'replaceAll']);

/** Properties that hold the object's own text: `url.href`, a React ref's `current`. */
export const transparentProperties: ReadonlySet<string> = new Set(['href', 'current', 'value']);

/** Serializers whose output carries everything inside their argument (`btoa(JSON.stringify({ Authorization }))`). */
export const deepSerializers: readonly ApiRow[] = [{ modules: ['global'], paths: ['JSON.stringify', 'Buffer.from'] }];

/** Builders of a query string from a record: `new URLSearchParams({ token })`, `qs.stringify({ token })`. */
export const queryBuilders: readonly ApiRow[] = [
  { modules: ['global', 'url'], paths: ['URLSearchParams'] },
  // Libraries' own (qs.stringify): their models in frameworks/.
  ...frameworks.flatMap((model) => model.queryBuilders ?? []),
];

/** printf-style formatters: `util.format('%s %s', req.method, req.originalUrl)` is the arguments put into the format. */
export const formatters: readonly ApiRow[] = [
  { modules: ['util'], paths: ['format'] },
  { modules: ['sprintf-js'], paths: ['sprintf'] },
  // Terminal colors, whose styles return their arguments' text with escape codes around it
  // (`chalk.cyan(req.url)`, `chalk.red.bold(…)`, picocolors' `pc.cyan(…)`): the text of the arguments.
  { modules: ['chalk', 'kleur', 'picocolors', 'colorette', 'ansi-colors', 'cli-color'], paths: ['**'] },
];

/**
 * Calls that build a record back from entries: `Object.fromEntries(Object.entries(params).filter(([, v]) => v))` is
 * `params` without some entries (which ones is not followed).
 */
export const entriesCollectors: readonly ApiRow[] = [{ modules: ['global'], paths: ['Object.fromEntries'] }];

/** Calls that read a property at a path: `_.get(req, 'query.token')` is `req.query.token` (frameworks/lodash.ts). */
export const propertyGetters: readonly ApiRow[] = frameworks.flatMap((model) => model.propertyGetters ?? []);

/** Calls that copy their later arguments' properties into the first and return it: `Object.assign(params, { token })`. */
export const objectMergers: readonly ApiRow[] = [{ modules: ['global'], paths: ['Object.assign'] }];

const REACT_MODULES = ['react', 'preact/hooks', 'preact/compat'];

const VUE_MODULES = ['vue', '@vue/reactivity', '@vue/runtime-core', '@vue/composition-api'];

/**
 * Hooks whose value is what their callback returns: `useMemo(() => socketUrl(token), [token])` is that URL, and so is
 * Vue's `computed(() => …)` (a ref that VueUse's `useWebSocket(url)` reads).
 */
export const callbackResults: readonly ApiRow[] = [
  { modules: REACT_MODULES, paths: ['useMemo'] },
  { modules: VUE_MODULES, paths: ['computed'] },
];

/**
 * Calls whose value is their first argument: `useCallback(() => url, [url])` is that function, `Promise.resolve(token)`
 * that token, and a box's first content: Vue's `ref(url)` and React's `useRef(url)`, read through `value` and `current`
 * (`transparentProperties`), whose later writes (`wsUrl.value = …`) are the box's values too (evaluate-declaration.ts).
 */
export const identityCalls: readonly ApiRow[] = [
  { modules: REACT_MODULES, paths: ['useCallback', 'useRef'] },
  { modules: VUE_MODULES, paths: ['unref', 'toValue', 'ref', 'shallowRef'] },
  { modules: ['global'], paths: ['Promise.resolve'] },
];

/** URL constructors: the value is the URL text (`new URL(path, base)`). */
export const urlConstructors: readonly ApiRow[] = [{ modules: ['global', 'url'], paths: ['URL'] }];

/** Functions plugins install on every component (`Vue.prototype.$downloadFile = fn`), called as `this.$downloadFile(…)`. */
export const componentGlobals: readonly ComponentGlobalRow[] = frameworks.flatMap((model) => model.componentGlobals ?? []);

/** App methods that name a value for every later handler's context (Elysia's `.decorate`). */
export const contextDecorators: readonly ContextDecoratorRow[] = frameworks.flatMap((model) => model.contextDecorators ?? []);
