import { createQueryRedactor } from './redact-query.js';
import { redactHeaders, type HeadersLike } from './redact-headers.js';
import { createUrlRedactor, type RedactOptions, type UrlRedactor } from './redact-url.js';

/** A Sentry breadcrumb, as far as URLs go: `fetch`/`xhr` record `data.url`, navigations `data.from` and `data.to`. */
export interface BreadcrumbLike {
  readonly type?: string | undefined;
  readonly category?: string | undefined;
  readonly message?: string | undefined;
  readonly data?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A Sentry event's Request interface (https://develop.sentry.dev/sdk/data-model/event-payloads/request/): `url`
 * (the query may be in it), `query_string`, `headers` and `cookies`, each a string, an object or a list of
 * `[name, value]` pairs.
 */
export interface SentryRequestLike {
  readonly url?: string | undefined;
  readonly query_string?: unknown;
  readonly headers?: unknown;
  readonly cookies?: unknown;
}

/**
 * A Sentry event, as far as URLs and credentials go. `breadcrumbs` is an array in the SDK's `Event` (what `beforeSend`
 * gets) and `{ values: [...] }` in the payload (https://develop.sentry.dev/sdk/data-model/event-payloads/breadcrumbs/).
 */
export interface EventLike {
  readonly request?: SentryRequestLike | undefined;
  readonly breadcrumbs?: readonly BreadcrumbLike[] | { readonly values?: readonly BreadcrumbLike[] | undefined } | undefined;
  readonly transaction?: string | undefined;
  readonly tags?: Readonly<Record<string, unknown>> | undefined;
}

const URL_FIELDS = ['url', 'to', 'from'] as const;

/** `Sentry.init({ beforeBreadcrumb: createBreadcrumbScrubber() })`: a copy with the URLs in `data` redacted. */
export function createBreadcrumbScrubber(
  options: RedactOptions = {},
): <Breadcrumb extends BreadcrumbLike>(breadcrumb: Breadcrumb) => Breadcrumb {
  const redact = createUrlRedactor(options);
  return (breadcrumb) => {
    const data = breadcrumb.data;
    if (!data || !URL_FIELDS.some((field) => typeof data[field] === 'string')) return breadcrumb;
    const scrubbed: Record<string, unknown> = { ...data };
    for (const field of URL_FIELDS) {
      const value = data[field];
      if (typeof value === 'string') scrubbed[field] = redact(value);
    }
    return { ...breadcrumb, data: scrubbed };
  };
}

/**
 * `Sentry.init({ beforeSend: createEventScrubber() })`: a copy of the event with `request.url` and the values of
 * `request.query_string` redacted (judged with the URL's path, in any of its three forms), `request.headers` through
 * `redactHeaders` (Authorization, Cookie and the credential headers replaced, Referer redacted), `request.cookies`
 * dropped, its breadcrumbs scrubbed as `createBreadcrumbScrubber` does, and `transaction` and every string tag
 * (`tags.url`) redacted. The event given is not modified.
 */
export function createEventScrubber(options: RedactOptions = {}): <Event extends EventLike>(event: Event) => Event {
  const redact = createUrlRedactor(options);
  const scrubRequest = createRequestScrubber(redact, options);
  const scrubBreadcrumb = createBreadcrumbScrubber(options);
  const scrubBreadcrumbs = (crumbs: readonly BreadcrumbLike[]) => crumbs.map((crumb) => scrubBreadcrumb(crumb));
  return <Event extends EventLike>(event: Event): Event => {
    const scrubbed: Record<string, unknown> = { ...(event as EventLike) };
    if (event.request) scrubbed['request'] = scrubRequest(event.request);
    const breadcrumbs = event.breadcrumbs;
    if (isArray(breadcrumbs)) scrubbed['breadcrumbs'] = scrubBreadcrumbs(breadcrumbs);
    else if (breadcrumbs?.values) scrubbed['breadcrumbs'] = { ...breadcrumbs, values: scrubBreadcrumbs(breadcrumbs.values) };
    if (typeof event.transaction === 'string') scrubbed['transaction'] = redact(event.transaction);
    if (event.tags)
      scrubbed['tags'] = Object.fromEntries(Object.entries(event.tags).map(([key, value]) => [key, redactString(value, redact)]));
    return scrubbed as Event;
  };
}

/**
 * Cookies are dropped, not judged by name: every cookie a browser sends with a request may be its session (`sid`,
 * `connect.sid`, `__Host-session`), and `redactHeaders` replaces the whole `Cookie` header the same way.
 */
function createRequestScrubber(redact: UrlRedactor, options: RedactOptions): (request: SentryRequestLike) => Record<string, unknown> {
  const redactQuery = createQueryRedactor(options);
  return (request) => {
    const { cookies: _cookies, ...scrubbed }: Record<string, unknown> = { ...request };
    if (typeof request.url === 'string') scrubbed['url'] = redact(request.url);
    if (request.query_string !== undefined) scrubbed['query_string'] = redactQuery(request.query_string, request.url);
    if (request.headers !== undefined) scrubbed['headers'] = scrubHeaders(request.headers, redact, options);
    return scrubbed;
  };
}

/** Headers as an object, or as the list of `[name, value]` pairs the payload also accepts. */
function scrubHeaders(headers: unknown, redact: UrlRedactor, options: RedactOptions): unknown {
  if (isArray(headers)) {
    return headers.map((pair: unknown) => {
      if (!isArray(pair) || typeof pair[0] !== 'string') return pair;
      const [name, value] = pair as readonly [string, HeadersLike[string]];
      return [name, redactHeaders({ [name]: value }, redact, options)[name]];
    });
  }
  return typeof headers === 'object' && headers !== null ? redactHeaders(headers as HeadersLike, redact, options) : headers;
}

function redactString(value: unknown, redact: UrlRedactor): unknown {
  return typeof value === 'string' ? redact(value) : value;
}

function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}
