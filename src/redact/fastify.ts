import { createUrlRedactor, type RedactOptions } from './redact-url.js';
import type { HeadersLike } from './redact-headers.js';

/** What Fastify's logger gives a `req` serializer: its request object. */
export interface FastifyRequestLike {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly hostname?: string | undefined;
  readonly ip?: string | undefined;
  readonly headers?: HeadersLike | undefined;
  readonly socket?: { readonly remotePort?: number | undefined } | undefined;
}

/** Fastify's default request fields (https://fastify.dev/docs/latest/Reference/Logging/), the URL redacted. */
export interface SerializedFastifyRequest {
  method: string | undefined;
  url: string | undefined;
  version?: string;
  host: string | undefined;
  remoteAddress: string | undefined;
  remotePort: number | undefined;
}

/** `Fastify({ logger: { serializers: fastifySerializers() } })`. */
export function fastifySerializers(options: RedactOptions = {}): { req: (request: FastifyRequestLike) => SerializedFastifyRequest } {
  const redact = createUrlRedactor(options);
  return {
    req: (request) => {
      const version = request.headers?.['accept-version'];
      return {
        method: request.method,
        url: request.url === undefined ? undefined : redact(request.url),
        ...(typeof version === 'string' ? { version } : {}),
        host: request.hostname,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      };
    },
  };
}
