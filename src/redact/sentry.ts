import { createUrlRedactor, type RedactOptions } from './redact-url.js';

/** A Sentry breadcrumb, as far as URLs go: `fetch`/`xhr` record `data.url`, navigations `data.from` and `data.to`. */
export interface BreadcrumbLike {
  readonly type?: string | undefined;
  readonly category?: string | undefined;
  readonly message?: string | undefined;
  readonly data?: Readonly<Record<string, unknown>> | undefined;
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
