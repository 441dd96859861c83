import { frameworks } from '../frameworks/index.js';

/**
 * What ws-missing-origin-check looks for around a WebSocket server: signs that the handshake's Origin is checked,
 * and signs that the server authenticates by cookie or session (which makes a missing check an error).
 */

/**
 * Modules whose presence in the server's file means cookie or session authentication, from the framework models
 * (frameworks/index.ts); the first one a file imports is named in the message.
 */
export const cookieAuthModules: readonly string[] = frameworks.flatMap((model) => model.cookieAuthModules ?? []);

/** Members whose reads mean the same (`req.session`, `req.cookies`, `req.headers.cookie`). */
export const cookieAuthMembers: ReadonlySet<string> = new Set(['session', 'cookies', 'signedCookies', 'cookie']);

/**
 * A project module named for the session, by its file name without extension: `session`, `sessions`,
 * `sessionMiddleware`, `express-session-config`, `user_session`; the word, not `sessionStorage`.
 */
export const localSessionModule = /(?:^|[-_.])sessions?(?![a-z]|Storage)|Sessions?(?![a-z]|Storage)/;

/**
 * Callee names that say they check an origin (`isAllowedOrigin(info.origin)`, `checkOrigin(req)`, `verify_origin`,
 * `originAllowed`, `ORIGIN_ALLOWLIST`): "origin" or "origins" as a word of a camelCase, snake_case or UPPER_CASE
 * name. Not as the start of a longer word: `originalPathOf(req)`, `getOriginalUrl()` and `ORIGINAL_HOST` are about
 * the request's URL, and calling them checks nothing.
 */
export const ORIGIN_CHECK_NAME = /(?<![A-Za-z])origins?(?![a-z])|Origins?(?![a-z])|(?<![A-Z])ORIGINS?(?![A-Za-z])/;

/** The server events whose handlers can refuse a handshake after reading its Origin. */
export const handshakeEvents: ReadonlySet<string> = new Set(['upgrade', 'connection', 'headers']);
