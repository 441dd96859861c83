import { createUrlRedactor, type RedactOptions } from './redact-url.js';
import type { HeadersLike } from './redact-headers.js';

/** What Fastify's logger gives a `req` serializer: its request object. */
export interface FastifyRequestLike {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Fastify 5: the Host header with its port, which its default serializer logs. */
  readonly host?: string | undefined;
  /** Fastify 4: the host without the port. */
  readonly hostname?: string | undefined;
  readonly ip?: string | undefined;
  readonly headers?: HeadersLike | undefined;
  readonly socket?: { readonly remotePort?: number | undefined } | undefined;
}

/**
 * Fastify's default request fields (https://fastify.dev/docs/latest/Reference/Logging/), the URL redacted. A type,
 * not an interface, and no field set to `undefined` (pino leaves those out of the line anyway): Fastify's
 * `serializers.req` type has an index signature and optional fields, which a strict project
 * (`exactOptionalPropertyTypes`) would otherwise refuse.
 */
export type SerializedFastifyRequest = {
  method?: string;
  url?: string;
  version?: string;
  host?: string;
  remoteAddress?: string;
  remotePort?: number;
};

/** `Fastify({ logger: { serializers: fastifySerializers() } })`. */
export function fastifySerializers(options: RedactOptions = {}): { req: (request: FastifyRequestLike) => SerializedFastifyRequest } {
  const redact = createUrlRedactor(options);
  return {
    req: (request) => {
      const serialized: SerializedFastifyRequest = {};
      if (request.method !== undefined) serialized.method = request.method;
      if (request.url !== undefined) serialized.url = redact(request.url);
      const version = request.headers?.['accept-version'];
      if (typeof version === 'string') serialized.version = version;
      const host = request.host ?? request.hostname;
      if (host !== undefined) serialized.host = host;
      if (request.ip !== undefined) serialized.remoteAddress = request.ip;
      if (request.socket?.remotePort !== undefined) serialized.remotePort = request.socket.remotePort;
      return serialized;
    },
  };
}
