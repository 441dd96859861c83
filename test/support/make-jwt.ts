/** Builds an unsigned-looking compact JWT for tests: real base64url JSON header and payload, a fake signature. */
export function makeJwt(payload: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode(header)}.${encode(payload)}.${Buffer.from(`sig:${JSON.stringify(payload)}`)
    .toString('base64url')
    .slice(0, 43)}`;
}
