import type { RuleId } from '../../src/catalog/catalog.js';
import type { Level } from '../../src/catalog/rule.js';
import type { Finding } from '../../src/findings/finding.js';
import type { GroupSummary } from '../../src/logs/findings/finding-group.js';
import type { Report } from '../../src/report/formatter.js';
import { protectSecret } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';
import { Random } from '../logs/corpus/random.js';

/**
 * A report of grouped log findings in the shape `urlleak logs` gives them (`properties.group`), with code and
 * configuration findings around them, for the HTML report's tests; secrets planted where only a bug would let
 * them through (messages, paths, flow steps, endpoints, errors).
 */

/** A seeded PRNG (the log corpus's mulberry32): the same sequence on every run. */
function random(seed: number): () => number {
  const generator = new Random(seed);
  return () => generator.next();
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function token(next: () => number, length: number): string {
  return Array.from({ length }, () => ALPHANUMERIC[Math.floor(next() * ALPHANUMERIC.length)]).join('');
}

const seeded = random(18);
/** Raw secrets of the shapes the detectors know: none may appear in a report, its file or its DOM. */
export const PLANTED = {
  jwt: makeJwt({ sub: `user-${token(seeded, 12)}`, iat: 1_790_000_000, exp: 1_790_086_400, jti: token(seeded, 16) }),
  github: `ghp_${token(seeded, 36)}`,
  queryValue: token(seeded, 32),
  stripe: `sk_live_${token(seeded, 24)}`,
} as const;
export const PLANTED_SECRETS: readonly string[] = Object.values(PLANTED);

const HOUR = 3600;
/** 2026-10-01T00:00:00Z: the sample's logs span ten days from here. */
export const SAMPLE_START = 1_790_812_800;
const ENDPOINTS = ['GET /ws', 'GET /events', 'GET /api/items/:id', 'POST /oauth/token', 'GET /download', 'GET /socket.io/'];
const PLACES: ReadonlyArray<readonly [string, string | null]> = [
  ['request line', 'token'],
  ['request line', 'access_token'],
  ['Referer', 'code'],
  ['Authorization header', null],
];
const RULES: readonly RuleId[] = ['log-jwt', 'log-url-token', 'log-provider-token', 'log-jwt', 'log-token-replay'];

export interface SampleOptions {
  readonly groups: number;
  readonly files?: number;
  readonly seed?: number;
}

/** `groups` grouped log findings over `files` files, plus the code, configuration and input findings. */
export function sampleGroupedReport(options: SampleOptions): Report {
  const next = random(options.seed ?? 1);
  const files = options.files ?? Math.max(1, Math.ceil(options.groups / 400));
  const logFindings = Array.from({ length: options.groups }, (_, index) => groupedFinding(next, index, files));
  return {
    result: {
      findings: [...logFindings, ...codeAndConfigFindings()],
      errors: [{ path: `logs/${PLANTED.github}.log.gz`, message: `Broken gzip data in a file named after ${PLANTED.jwt}` }],
      notices: [],
      filesScanned: files + 3,
      logInputs: { bytes: 2_147_483_648, lines: 9_876_543 },
    },
    areas: ['code', 'logs', 'config'],
    cwd: '/sample',
    color: false,
  };
}

function groupedFinding(next: () => number, index: number, files: number): Finding {
  const ruleId = RULES[index % RULES.length] ?? 'log-jwt';
  const [where, parameter] = PLACES[Math.floor(index / RULES.length) % PLACES.length] ?? ['log line', null];
  const endpoint = index === 7 ? `GET /api/${PLANTED.github}/ws` : endpointOf(index);
  const group = groupSummary(next, { ruleId, endpoint, where, parameter, heavy: index < RULES.length && ruleId === 'log-jwt' });
  const level: Level = group.levels.error > 0 ? 'error' : group.levels.warning > 0 ? 'warning' : 'note';
  const path = index === 3 ? `logs/${PLANTED.jwt}/access.log` : `logs/access-${index % files}.log`;
  return {
    ruleId,
    level,
    message: `${group.occurrences} occurrences of ${group.distinctSecrets} secrets in parameter ${parameter ?? '-'}, e.g. ?token=${PLANTED.queryValue}`,
    location: { path, line: group.firstLine, column: 1 },
    properties: { group },
  };
}

/** Past the named endpoints they are numbered; past 300, they repeat in other files (rotated logs). */
function endpointOf(index: number): string {
  const slot = Math.floor(index / (RULES.length * PLACES.length)) % 300;
  return ENDPOINTS[slot] ?? `GET /api/v${slot}/stream`;
}

interface GroupShape {
  readonly ruleId: RuleId;
  readonly endpoint: string;
  readonly where: string;
  readonly parameter: string | null;
  /** The one endpoint that leaks most, so that the report has a clear worst. */
  readonly heavy: boolean;
}

function groupSummary(next: () => number, shape: GroupShape): GroupSummary {
  const occurrences = shape.heavy ? 250_000 + Math.floor(next() * 1000) : 1 + Math.floor(next() ** 3 * 40_000);
  const distinctSecrets = Math.max(1, Math.floor(occurrences / (2 + next() * 20)));
  const warnings = Math.floor(occurrences * next() * 0.3);
  const timeline = timelineOf(next, occurrences, shape.heavy);
  const firstStart = timeline[0]?.[0] ?? SAMPLE_START;
  const lastStart = timeline.at(-1)?.[0] ?? SAMPLE_START;
  const firstLine = 1 + Math.floor(next() * 100);
  const sample = protectSecret(`${shape.ruleId === 'log-provider-token' ? PLANTED.stripe : PLANTED.jwt}${Math.floor(next() * 1e6)}`);
  return {
    endpoint: shape.endpoint,
    where: shape.where,
    parameter: shape.parameter,
    occurrences,
    distinctSecrets,
    distinctApproximate: distinctSecrets > 5000,
    firstLine,
    lastLine: 1_000_000 + Math.floor(next() * 100_000),
    firstTime: new Date((firstStart + 17) * 1000).toISOString(),
    lastTime: new Date((lastStart + HOUR - 5) * 1000).toISOString(),
    levels: { error: occurrences - warnings, warning: warnings, note: 0 },
    samples: [{ redacted: sample.redacted, fingerprint: sample.fingerprint, line: firstLine }],
    jwt: shape.ruleId === 'log-jwt' ? jwtFacts(next, occurrences) : null,
    timeline: { bucketSeconds: HOUR, buckets: timeline },
  };
}

/** Occurrences spread over the hours of a stretch of the ten days; the heavy group peaks on day 6. */
function timelineOf(next: () => number, occurrences: number, heavy: boolean): [number, number][] {
  const startHour = heavy ? 120 : Math.floor(next() * 200);
  const hours = heavy ? 40 : 1 + Math.floor(next() * 40);
  const weights = Array.from({ length: hours }, (_, hour) => (heavy ? Math.exp(-(((hour - 12) / 6) ** 2)) + 0.05 : next()));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.floor((weight / total) * occurrences));
  counts[0] = (counts[0] ?? 0) + occurrences - counts.reduce((sum, count) => sum + count, 0);
  return counts.flatMap((count, hour) => (count > 0 ? [[SAMPLE_START + (startHour + hour) * HOUR, count] as [number, number]] : []));
}

function jwtFacts(next: () => number, occurrences: number): NonNullable<GroupSummary['jwt']> {
  const tokens = occurrences;
  const live = Math.floor(tokens * next());
  const expired = Math.floor((tokens - live) * next());
  const none = next() < 0.1 ? Math.min(tokens, 3) : 0;
  const lifetimes = lifetimeBuckets(next, tokens);
  return {
    occurrences,
    liveWhenLogged: live,
    expiredWhenLogged: expired,
    liveUnknown: tokens - live - expired,
    withoutExp: 0,
    withJti: Math.floor(tokens / 3),
    algs: none > 0 ? { hs256: tokens - none, none } : { rs256: tokens },
    lifetimes,
    medianLifetimeSeconds: lifetimes[0]?.[0] ?? null,
    minLifetimeSeconds: 300,
    maxLifetimeSeconds: 2_592_000,
  };
}

/** Mostly 5-minute tickets and one-hour sessions, some 30-day tokens: buckets of 2^9, 2^12 and 2^22 seconds. */
function lifetimeBuckets(next: () => number, tokens: number): [number, number][] {
  const tickets = Math.floor(tokens * (0.3 + next() * 0.4));
  const sessions = Math.floor((tokens - tickets) * 0.8);
  return [
    [2 ** 9, tickets],
    [2 ** 12, sessions],
    [2 ** 22, tokens - tickets - sessions],
  ].filter(([, count]) => (count ?? 0) > 0) as [number, number][];
}

function codeAndConfigFindings(): Finding[] {
  return [
    {
      ruleId: 'ws-token-in-url',
      level: 'error',
      message: `Query parameter "token" (${PLANTED.jwt}) reaches the connection URL of WebSocket.`,
      location: { path: `src/${PLANTED.github}/chat.ts`, line: 14, column: 17 },
      flow: [
        { location: { path: 'src/auth.ts', line: 3, column: 10 }, message: `credential read from ?access_token=${PLANTED.queryValue}` },
        { location: { path: 'src/chat.ts', line: 14, column: 17 }, message: 'reaches WebSocket <script>alert(1)</script>' },
      ],
    },
    {
      ruleId: 'log-raw-url',
      level: 'warning',
      message: '`req.url` is written to the log by console & "friends".',
      location: { path: 'src/server.ts', line: 9, column: 32 },
    },
    {
      ruleId: 'access-log-query',
      level: 'warning',
      message: `nginx log_format \`main\` records $request; key ${PLANTED.stripe}.`,
      location: { path: 'deploy/nginx.conf', line: 5, column: 52 },
    },
  ];
}
