import type { DetectLineOptions } from '../logs/detect/detect-line.js';
import { contextLiterals } from '../logs/detect/find-context-secrets.js';
import { providerTokenPrefixes } from '../secrets/shapes.js';

/**
 * What the log scanner's prefilter (src/logs/detect/prefilter.ts) looks for before it reads a line, read from the
 * same tables: `=` and `%3D` (encoded once or more: `%253D`) for parameters, `@` for user info, `eyJ` for JWTs, the
 * provider token prefixes, and the context words (`/reset/`, `Bearer`, `(S(`). A text with none of them holds nothing
 * the scanner reports, so `redactUrl` returns it at once; otherwise only the shapes announced are searched for, as the
 * scanner does (searching every provider pattern costs microseconds). Short prefixes carry the class that must follow
 * them, as in the prefilter (`SK` then a hex digit), so that ordinary words do not leave the fast path.
 */
const TOKEN_CHARACTER = '[A-Za-z0-9_-]';
const escapeLiteral = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const PARAM_OR_USERINFO = /[=@]|%(?:25)*3[Dd]/;
const PROVIDER = new RegExp(
  providerTokenPrefixes()
    .map(({ literal, next }) => escapeLiteral(literal) + (literal.length < 4 ? (next ?? TOKEN_CHARACTER) : ''))
    .join('|'),
);
const CONTEXT = new RegExp(
  contextLiterals()
    .map(({ literal, next }) => escapeLiteral(literal) + (next ?? ''))
    .join('|'),
);

/** The shapes worth searching the text for, or undefined when it holds nothing the log scanner looks at. */
export function prefilterUrl(text: string): DetectLineOptions | undefined {
  const options = {
    jwts: text.includes('eyJ'),
    providers: PROVIDER.test(text),
    userinfo: text.includes('@'),
    contexts: CONTEXT.test(text),
  };
  if (options.jwts || options.providers || options.userinfo || options.contexts || PARAM_OR_USERINFO.test(text)) return options;
  return undefined;
}
