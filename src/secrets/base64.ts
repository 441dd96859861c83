/**
 * Base64, base64url and hex text decoded, in Node and in browsers (the runtime redaction helpers of `urlleak/redact` run in
 * both): Node's `Buffer` where there is one (several times faster: the log scanner decodes every JWT it meets), else
 * `atob` and `TextDecoder`. Malformed input decodes to what can be read of it, never throws.
 */
interface NodeBuffer {
  from(text: string, encoding: 'base64'): { toString(encoding: 'utf8' | 'latin1'): string };
}

const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/** Node's decoder reads both alphabets and missing padding; so does this. `latin1`: one character per byte. */
export function decodeBase64(text: string, encoding: 'utf8' | 'latin1'): string {
  if (nodeBuffer) return nodeBuffer.from(text, 'base64').toString(encoding);
  const binary = atobLenient(text);
  if (encoding === 'latin1') return binary;
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

function atobLenient(text: string): string {
  const standard = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/[^A-Za-z0-9+/]/g, '');
  const whole = standard.slice(0, standard.length - (standard.length % 4 === 1 ? 1 : 0));
  try {
    return atob(whole.padEnd(Math.ceil(whole.length / 4) * 4, '='));
  } catch {
    return '';
  }
}

/** Hex digits (pairs; a trailing odd digit is dropped) decoded as UTF-8, with `TextDecoder` in Node and browsers alike. */
export function decodeHexText(hex: string): string {
  const bytes = new Uint8Array(Math.floor(hex.length / 2));
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16) || 0;
  return new TextDecoder().decode(bytes);
}
