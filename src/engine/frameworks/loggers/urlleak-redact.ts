/**
 * urlleak's own runtime redaction (`urlleak/redact`, src/redact/): code set up with it must not be reported for what
 * it redacts, and the code rules' suggestions use it where the project depends on urlleak. Each export by what it
 * makes safe (docs/redact.md).
 */
export const URLLEAK_REDACT_MODULE = 'urlleak/redact';

export const urlleakRedactExports = {
  /** Serializers a logger applies to the request object it logs (`{ req }`): pino, pino-http, Fastify. */
  requestSerializers: ['pinoSerializers', 'fastifySerializers', 'createRequestSerializer'],
  /** winston formats redacting every string of every entry. */
  entryFormats: ['redactUrlsFormat'],
  /** morgan's `url` token replaced by a redacting one. */
  morganUrlTokens: ['useRedactingMorganTokens', 'morganUrlToken'],
  /** express-winston options whose request filter and message redact the URL (spread into the logger's options). */
  expressWinstonOptions: ['expressWinstonOptions'],
} as const;
