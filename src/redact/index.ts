/**
 * `urlleak/redact`: the detectors' knowledge at runtime. Redacts what `urlleak logs` would report, before a logger
 * writes it. No dependencies, no `node:` imports; each integration receives the library's objects instead of
 * importing the library (docs/redact.md).
 */
export { createUrlRedactor, DEFAULT_REPLACEMENT, redactUrl, type RedactOptions, type UrlRedactor } from './redact-url.js';
