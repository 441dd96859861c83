// The worst input for a log scanner's report (issue #11, #15): an nginx access log where every line carries a
// different JWT in `?token=`, each with its own `sub`, `jti`, `iat` and `exp`, the way per-request WebSocket tickets
// look. Shared by bench:logs (its distinct-jwt workload) and bench:budget; typed for TypeScript in distinct-jwt-log.d.mts.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';

const LINES_PER_BATCH = 4096;
const SIGNATURE_CHARS = 43; // HS256: 32 bytes in base64url.
/** Requests per second of log time: `iat` and the line's time advance one second every this many lines. */
const LINES_PER_SECOND = 100;
const START = Date.UTC(2026, 9, 12, 8, 0, 0) / 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Writes at least `bytes` bytes of nginx combined lines, `GET /ws?room=…&token=<JWT>`, to `path`; resolves to the
 * number of lines. Every JWT is distinct: its `sub` and `jti` name the line, `iat` is the line's time (so the token is
 * live when logged) and `exp` an hour later. With `tickets`, every fourth JWT is a single-use ticket (`exp - iat` =
 * 60 s), so replay tracking fills up too.
 */
export async function writeDistinctJwtLog(path, bytes, { tickets = false } = {}) {
  const out = createWriteStream(path);
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  let written = 0;
  let line = 0;
  while (written < bytes) {
    // 43 base64url characters take 32.25 bytes: 33 per line, or the batch's last lines get no signature at all.
    const signatures = randomBytes(33 * LINES_PER_BATCH).toString('base64url');
    const batch = [];
    for (let index = 0; index < LINES_PER_BATCH; index += 1, line += 1) {
      const iat = START + Math.floor(line / LINES_PER_SECOND);
      const lifetime = tickets && line % 4 === 0 ? 60 : 3600;
      const payload = encode({ sub: `user${line}`, jti: `r${line.toString(36)}`, iat, exp: iat + lifetime });
      const signature = signatures.slice(index * SIGNATURE_CHARS, (index + 1) * SIGNATURE_CHARS);
      batch.push(
        `203.0.113.${line % 250} - - [${commonLogTime(iat)}] "GET /ws?room=${line % 97}&token=${header}.${payload}.${signature} HTTP/1.1" 101 0 "-" "Mozilla/5.0 (X11; Linux x86_64)"\n`,
      );
    }
    const chunk = batch.join('');
    written += chunk.length;
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return line;
}

function encode(value) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** nginx's `$time_local` in UTC: `12/Oct/2026:08:00:00 +0000`. */
function commonLogTime(seconds) {
  const time = new Date(seconds * 1000);
  const pad = (value) => String(value).padStart(2, '0');
  return `${pad(time.getUTCDate())}/${MONTHS[time.getUTCMonth()]}/${time.getUTCFullYear()}:${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())} +0000`;
}
