import { redactHeaders, type HeadersLike } from './redact-headers.js';
import { createUrlRedactor, type RedactOptions } from './redact-url.js';

/**
 * What a pino `req` serializer is given: Node's `IncomingMessage` (plain pino, `logger.info({ req })`), or the object
 * pino-http's standard serializer made of it (`{ id, method, url, query, params, headers, remoteAddress, remotePort }`).
 */
export interface RequestLike {
  readonly id?: unknown;
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Express's full URL (`req.url` is relative to the router's mount path there). */
  readonly originalUrl?: string | undefined;
  readonly headers?: HeadersLike | undefined;
  readonly remoteAddress?: string | undefined;
  readonly remotePort?: number | undefined;
  readonly socket?: { readonly remoteAddress?: string | undefined; readonly remotePort?: number | undefined } | undefined;
}

/** The logged request: its URL redacted, credential headers replaced, and no `query` or `params` (copies of the URL). */
export interface SerializedRequest {
  id?: unknown;
  method: string | undefined;
  url: string | undefined;
  headers?: Record<string, unknown>;
  remoteAddress?: string | undefined;
  remotePort?: number | undefined;
}

/** A `serializers.req` for pino and pino-http that logs what the default logs, without the secrets. */
export function createRequestSerializer(options: RedactOptions = {}): (req: RequestLike) => SerializedRequest {
  const redact = createUrlRedactor(options);
  return (req) => {
    const url = req.originalUrl ?? req.url;
    const serialized: SerializedRequest = { method: req.method, url: url === undefined ? undefined : redact(url) };
    if (req.id !== undefined) serialized.id = req.id;
    if (req.headers) serialized.headers = redactHeaders(req.headers, redact, options);
    const remoteAddress = req.remoteAddress ?? req.socket?.remoteAddress;
    if (remoteAddress !== undefined) serialized.remoteAddress = remoteAddress;
    const remotePort = req.remotePort ?? req.socket?.remotePort;
    if (remotePort !== undefined) serialized.remotePort = remotePort;
    return serialized;
  };
}

/** `pino({ serializers: pinoSerializers() })`, `pinoHttp({ serializers: pinoSerializers() })`. */
export function pinoSerializers(options: RedactOptions = {}): { req: (req: RequestLike) => SerializedRequest } {
  return { req: createRequestSerializer(options) };
}
