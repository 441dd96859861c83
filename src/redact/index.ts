/**
 * `urlleak/redact`: the detectors' knowledge at runtime. Redacts what `urlleak logs` would report, before a logger
 * writes it. No dependencies, no `node:` imports; each integration receives the library's objects instead of
 * importing the library (docs/redact.md).
 */
export { createUrlRedactor, DEFAULT_REPLACEMENT, redactUrl, type RedactOptions, type UrlRedactor } from './redact-url.js';
export { redactHeaders, type HeadersLike } from './redact-headers.js';
export {
  morganReferrerToken,
  morganUrlToken,
  safeCombined,
  useRedactingMorganTokens,
  type MorganLike,
  type MorganRequestLike,
} from './morgan.js';
export { createRequestSerializer, pinoSerializers, type RequestLike, type SerializedRequest } from './pino.js';
export { fastifySerializers, type FastifyRequestLike, type SerializedFastifyRequest } from './fastify.js';
export { redactUrlsFormat, type WinstonFormatLike } from './winston.js';
export {
  expressWinstonMessage,
  expressWinstonOptions,
  expressWinstonRequestFilter,
  expressWinstonRequestWhitelist,
  type ExpressRequestLike,
  type ExpressWinstonRequestFilter,
} from './express-winston.js';
export { createBreadcrumbScrubber, createEventScrubber, type BreadcrumbLike, type EventLike, type SentryRequestLike } from './sentry.js';
