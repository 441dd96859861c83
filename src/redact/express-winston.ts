import { createQueryRedactor, type QueryRedactor } from './redact-query.js';
import { redactHeaders } from './redact-headers.js';
import { createUrlRedactor, type RedactOptions, type UrlRedactor } from './redact-url.js';

/** What express-winston's `msg` function is given: Express's request. */
export interface ExpressRequestLike {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly originalUrl?: string | undefined;
}

/**
 * express-winston's `requestFilter(req, propName)`: called for each name of `requestWhitelist` with the request, and
 * for each whitelisted body field with `req.body`.
 */
export type ExpressWinstonRequestFilter = (req: object, propName: string) => unknown;

/** express-winston's default `requestWhitelist` without `originalUrl` and `query`, which repeat the URL (see docs). */
export const expressWinstonRequestWhitelist: readonly string[] = ['url', 'headers', 'method', 'httpVersion'];

interface Redactors {
  /** For the request's URL (`url`, `originalUrl`, the message): remembers the last one. */
  readonly url: UrlRedactor;
  /** For any other text (a header, a body field): not remembered, so that it does not evict the request's URL. */
  readonly text: UrlRedactor;
  readonly query: QueryRedactor;
  readonly options: RedactOptions;
}

/** How each request field a whitelist names is filtered; the fields not listed are logged as they are. */
const FIELD_FILTERS: Readonly<Record<string, (value: unknown, req: Readonly<Record<string, unknown>>, redact: Redactors) => unknown>> = {
  url: (value, _req, redact) => (typeof value === 'string' ? redact.url(value) : value),
  originalUrl: (value, _req, redact) => (typeof value === 'string' ? redact.url(value) : value),
  headers: (value, _req, redact) => (isObject(value) ? redactHeaders(value, redact.text, redact.options) : value),
  query: (value, req, redact) => (typeof value === 'string' ? redact.text(value) : redact.query(value, urlOf(req))),
  params: (value, req, redact) => (typeof value === 'string' ? redact.text(value) : redact.query(value, urlOf(req))),
};

/**
 * `expressWinston.logger({ requestFilter: expressWinstonRequestFilter() })`: `url` and `originalUrl` redacted, the
 * values of `query` and `params` redacted by name as in the URL they came with, and the headers through
 * `redactHeaders`. A dotted name (`headers.referer`, `query.page`) is read from the filtered field.
 */
export function expressWinstonRequestFilter(options: RedactOptions = {}): ExpressWinstonRequestFilter {
  return requestFilterOf(redactorsOf(options));
}

/**
 * express-winston's default message, `HTTP {{req.method}} {{req.url}}`, with the URL redacted. The template reads the
 * request itself, not the filtered meta, so the message needs its own redaction. Braces are percent-encoded: the
 * string a `msg` function returns is compiled as a lodash template when it holds `{{`, and a URL may (Node accepts
 * `/?q={{…}}`), which would run the request's text as code (bithavoc/express-winston#266).
 */
export function expressWinstonMessage(options: RedactOptions = {}): (req: ExpressRequestLike) => string {
  return messageOf(createUrlRedactor(options));
}

/**
 * The three options at once: `expressWinston.logger({ transports, ...expressWinstonOptions() })`. The filter and the
 * message share one redactor that remembers the last URL: express-winston filters `url` and then renders `msg` from
 * the same string. The whitelist is a copy: express-winston takes a mutable array.
 */
export function expressWinstonOptions(options: RedactOptions = {}): {
  requestFilter: ExpressWinstonRequestFilter;
  requestWhitelist: string[];
  msg: (req: ExpressRequestLike) => string;
} {
  const redact = redactorsOf(options);
  return { requestFilter: requestFilterOf(redact), requestWhitelist: [...expressWinstonRequestWhitelist], msg: messageOf(redact.url) };
}

function redactorsOf(options: RedactOptions): Redactors {
  const text = createUrlRedactor(options);
  return { url: rememberingLast(text), text, query: createQueryRedactor(options), options };
}

function requestFilterOf(redact: Redactors): ExpressWinstonRequestFilter {
  return (req, propName) => {
    const [field = '', ...rest] = propName.split('.');
    const source = req as Readonly<Record<string, unknown>>;
    const filter = Object.hasOwn(FIELD_FILTERS, field) ? FIELD_FILTERS[field] : undefined;
    const value = filter ? filter(source[field], source, redact) : source[field];
    return rest.reduce<unknown>(
      (inner, key) => (isObject(inner) || Array.isArray(inner) ? (inner as Record<string, unknown>)[key] : undefined),
      value,
    );
  };
}

function messageOf(redact: UrlRedactor): (req: ExpressRequestLike) => string {
  return (req) => {
    const url = req.originalUrl || req.url;
    return escapeBraces(`HTTP ${req.method ?? '-'} ${url === undefined ? '-' : redact(url)}`);
  };
}

/** The last URL and its redaction: the same URL comes as `url`, as `originalUrl` and in the message of one request. */
function rememberingLast(redact: UrlRedactor): UrlRedactor {
  let last: { readonly url: string; readonly redacted: string } | undefined;
  return (url) => {
    if (last?.url !== url) last = { url, redacted: redact(url) };
    return last.redacted;
  };
}

function urlOf(req: Readonly<Record<string, unknown>>): string | undefined {
  const url = req['originalUrl'] ?? req['url'];
  return typeof url === 'string' ? url : undefined;
}

function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, (brace) => (brace === '{' ? '%7B' : '%7D'));
}

function isObject(value: unknown): value is Readonly<Record<string, string | readonly string[] | number | undefined>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
