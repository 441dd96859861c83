import type { RuleId } from '../../../src/catalog/catalog.js';
import { fingerprintOf } from '../../../src/secrets/protect.js';
import { JWT_VARIANTS, makeJwt, type ExpectedJwtFacts } from './jwt-samples.js';
import { logWriters, type JsonEscape, type LogWriter, type RequestSpec } from './log-writers.js';
import { Random } from './random.js';
import { vendorTokenFormats } from './vendor-token-formats.js';

/** A secret the corpus put into a log, and what the scanner should report about it. */
export interface PlantedSecret {
  readonly fingerprint: string;
  readonly ruleId: RuleId;
  /** First line it appears on. */
  readonly line: number;
  /** Lines it appears on. */
  occurrences: number;
  /** The raw fake secret: only for asserting it never appears in output. */
  readonly value: string;
  readonly jwt: ExpectedJwtFacts | undefined;
}

export interface PlantedReplay {
  readonly fingerprint: string;
  readonly firstLine: number;
  readonly line: number;
}

export interface CorpusLog {
  readonly format: string;
  readonly content: string;
  readonly planted: PlantedSecret[];
  readonly replays: PlantedReplay[];
  /** Look-alike values that must not be reported. */
  readonly negatives: number;
}

export interface CorpusOptions {
  readonly seed: number;
  readonly linesPerFormat: number;
  /** Share of lines that carry a secret. */
  readonly secretRate?: number;
  /** Share of lines that carry look-alikes (0–3 of them). */
  readonly negativeRate?: number;
}

/** Deterministic logs in every supported format with planted secrets and look-alike negatives. */
export function generateCorpus(options: CorpusOptions): CorpusLog[] {
  return logWriters.map((writer, index) => generateLog(writer, new Random(options.seed * 7919 + index), options));
}

const START = Date.UTC(2026, 9, 12, 8, 0, 0);
const PATHS = [
  '/ws',
  '/api/v1/items',
  '/events',
  '/realtime/socket',
  '/download/report.pdf',
  '/static/app.js',
  '/search',
  '/hub/negotiate',
];
const HOSTS = ['api.example.com', 'chat.example.org', 'app.example.net'];
const SECRET_PARAMS = [
  'token',
  'access_token',
  'api_key',
  'apiKey',
  'auth',
  'session_id',
  'sessionToken',
  'client_secret',
  'X-Auth-Token',
  'PHPSESSID',
  'secret',
  'refresh_token',
];
const JWT_PARAMS = ['token', 'access_token', 'jwt', 'id_token', 'auth'];
const PROVIDER_PARAMS = ['key', 'api_key', 'token', 'access_token', 'q'];
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

interface LineDraft {
  params: string[];
  fragment: string;
  referer: string | undefined;
  authorization: string | undefined;
  path: string;
}

interface Pending {
  readonly dueLine: number;
  readonly apply: (draft: LineDraft, line: number) => void;
}

function generateLog(writer: LogWriter, random: Random, options: CorpusOptions): CorpusLog {
  const planted = new Map<string, PlantedSecret>();
  const replays: PlantedReplay[] = [];
  const pending: Pending[] = [];
  const lines = [...writer.header];
  let negatives = 0;

  const plant = (value: string, ruleId: RuleId, line: number, jwt?: ExpectedJwtFacts) => {
    const fingerprint = fingerprintOf(value);
    const existing = planted.get(fingerprint);
    if (existing) existing.occurrences += 1;
    else planted.set(fingerprint, { fingerprint, ruleId, line, occurrences: 1, value, jwt });
  };

  for (let index = 0; index < options.linesPerFormat; index += 1) {
    const line = lines.length + 1;
    const time = new Date(START + index * 7000);
    const loggedAt = time.getTime() / 1000;
    const escape: JsonEscape = writer.json ? random.pick(['plain', 'plain', 'go', 'php']) : 'plain';
    const draft: LineDraft = { params: [], fragment: '', referer: undefined, authorization: undefined, path: random.pick(PATHS) };
    if (random.chance(options.negativeRate ?? 1)) negatives += addNegatives(draft, writer, random);
    const due = pending.findIndex((item) => item.dueLine <= line);
    if (due !== -1) {
      pending.splice(due, 1)[0]?.apply(draft, line);
    } else if (random.chance(options.secretRate ?? 0.4)) {
      const scenario = random.pick(scenarios.filter((candidate) => candidate.fits(writer, escape)));
      scenario.apply({ draft, random, line, loggedAt, writer, plant, schedule: (item) => pending.push(item), replays });
    }
    const query = draft.params.length > 0 ? `?${shuffle(draft.params, random).join('&')}` : '';
    const request: RequestSpec = {
      time,
      method: 'GET',
      url: `${draft.path}${query}${draft.fragment}`,
      host: random.pick(HOSTS),
      referer: draft.referer,
      status: random.pick([101, 200, 200, 200, 302, 404]),
      clientIp: `198.51.100.${random.int(1, 254)}`,
      authorization: draft.authorization,
    };
    lines.push(writer.write(request, random, escape));
  }
  return { format: writer.id, content: `${lines.join('\n')}\n`, planted: [...planted.values()], replays, negatives };
}

interface ScenarioContext {
  readonly draft: LineDraft;
  readonly random: Random;
  readonly line: number;
  readonly loggedAt: number;
  readonly writer: LogWriter;
  readonly plant: (value: string, ruleId: RuleId, line: number, jwt?: ExpectedJwtFacts) => void;
  readonly schedule: (item: Pending) => void;
  readonly replays: PlantedReplay[];
}

interface Scenario {
  readonly id: string;
  readonly fits: (writer: LogWriter, escape: JsonEscape) => boolean;
  readonly apply: (context: ScenarioContext) => void;
}

const always = () => true;
const randomSecret = (random: Random) => random.string(TOKEN_CHARS, random.int(24, 40));

/** How secrets get into URLs and lines in real logs. */
const scenarios: readonly Scenario[] = [
  {
    id: 'secret-param',
    fits: always,
    apply: ({ draft, random, line, plant, schedule }) => {
      const name = random.pick(SECRET_PARAMS);
      const value = randomSecret(random);
      draft.params.push(`${name}=${value}`);
      plant(value, 'log-url-token', line);
      // Some secrets show up again later: one finding, counted.
      if (random.chance(0.2)) {
        schedule({
          dueLine: line + random.int(1, 30),
          apply: (later, laterLine) => {
            later.params.push(`${name}=${value}`);
            plant(value, 'log-url-token', laterLine);
          },
        });
      }
    },
  },
  {
    id: 'password-param',
    fits: always,
    apply: ({ draft, random, line, plant }) => {
      const value = `Pw!${random.token(10)}@#`;
      draft.params.push(`password=${encodeURIComponent(value)}`);
      plant(value, 'log-url-token', line);
    },
  },
  {
    id: 'jwt-param',
    fits: always,
    apply: ({ draft, random, line, loggedAt, writer, plant }) => {
      const { token, facts } = makeJwt(
        random.pick(JWT_VARIANTS.filter((variant) => variant !== 'ticket')),
        loggedAt,
        random,
        writer.hasTimestamp,
      );
      draft.params.push(`${random.pick(JWT_PARAMS)}=${token}`);
      plant(token, 'log-jwt', line, facts);
    },
  },
  {
    id: 'jwt-header',
    fits: (writer) => writer.logsAuthorization,
    apply: ({ draft, random, line, loggedAt, writer, plant }) => {
      const { token, facts } = makeJwt(random.pick(JWT_VARIANTS), loggedAt, random, writer.hasTimestamp);
      draft.authorization = `Bearer ${token}`;
      plant(token, 'log-jwt', line, facts);
    },
  },
  {
    id: 'provider-param',
    fits: always,
    apply: ({ draft, random, line, plant }) => {
      const format = random.pick(vendorTokenFormats.filter((candidate) => !candidate.vendor.includes('webhook')));
      const value = format.sample(random);
      draft.params.push(`${random.pick(PROVIDER_PARAMS)}=${value}`);
      if (!format.public) plant(value, 'log-provider-token', line);
    },
  },
  {
    id: 'provider-referer',
    fits: (writer, escape) => writer.hasReferer && escape !== 'php',
    apply: ({ draft, random, line, plant }) => {
      const format = random.pick(vendorTokenFormats);
      const value = format.sample(random);
      draft.referer = value.startsWith('hooks.') ? `https://${value}` : `https://dashboard.example.com/setup?step=2&key=${value}`;
      if (!format.public) plant(value, 'log-provider-token', line);
    },
  },
  {
    id: 'nested-redirect',
    fits: always,
    apply: ({ draft, random, line, plant }) => {
      const value = randomSecret(random);
      draft.params.push(
        `redirect_uri=${encodeURIComponent(`https://app.example.com/callback?state=${random.token(8)}&access_token=${value}`)}`,
      );
      plant(value, 'log-url-token', line);
    },
  },
  {
    id: 'fragment',
    fits: (writer) => writer.keepsFragment,
    apply: ({ draft, random, line, plant }) => {
      const value = randomSecret(random);
      draft.fragment = `#access_token=${value}&token_type=bearer&expires_in=3600`;
      plant(value, 'log-url-token', line);
    },
  },
  {
    id: 'html-escaped-referer',
    fits: (writer) => writer.hasReferer,
    apply: ({ draft, random, line, plant }) => {
      const value = randomSecret(random);
      draft.referer = `https://mail.example.com/redirect?to=inbox&amp;token=${value}`;
      plant(value, 'log-url-token', line);
    },
  },
  {
    id: 'aws-presigned',
    fits: always,
    apply: ({ draft, random, line, plant }) => {
      const signature = random.hex(64);
      draft.path = '/reports/2026/q3.pdf';
      draft.params.push(
        'X-Amz-Algorithm=AWS4-HMAC-SHA256',
        `X-Amz-Credential=AKIA${random.string('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}%2F20261012%2Fus-east-1%2Fs3%2Faws4_request`,
        'X-Amz-Date=20261012T081502Z',
        'X-Amz-Expires=900',
        'X-Amz-SignedHeaders=host',
        `X-Amz-Signature=${signature}`,
      );
      plant(signature, 'log-url-token', line);
    },
  },
  {
    id: 'azure-sas',
    fits: always,
    apply: ({ draft, random, line, plant }) => {
      const signature = Buffer.from(random.token(32)).toString('base64');
      draft.path = '/container/backup.tar';
      draft.params.push(
        'sv=2022-11-02',
        'ss=b',
        'sp=r',
        'se=2026-10-13T08%3A00%3A00Z',
        'spr=https',
        `sig=${encodeURIComponent(signature)}`,
      );
      plant(signature, 'log-url-token', line);
    },
  },
  {
    id: 'ticket-replay',
    fits: always,
    apply: ({ draft, random, line, plant, schedule, replays }) => {
      const value = random.token(32);
      draft.params.push(`ticket=${value}`);
      plant(value, 'log-url-token', line);
      schedule({
        dueLine: line + random.int(1, 20),
        apply: (later, laterLine) => {
          later.params.push(`ticket=${value}`);
          plant(value, 'log-url-token', laterLine);
          replays.push({ fingerprint: fingerprintOf(value), firstLine: line, line: laterLine });
        },
      });
    },
  },
  {
    id: 'jwt-ticket-replay',
    fits: always,
    apply: ({ draft, random, line, loggedAt, writer, plant, schedule, replays }) => {
      const { token, facts } = makeJwt('ticket', loggedAt, random, writer.hasTimestamp);
      draft.params.push(`ws_ticket=${token}`);
      plant(token, 'log-jwt', line, facts);
      schedule({
        dueLine: line + random.int(1, 5),
        apply: (later, laterLine) => {
          later.params.push(`ws_ticket=${token}`);
          plant(token, 'log-jwt', laterLine);
          replays.push({ fingerprint: fingerprintOf(token), firstLine: line, line: laterLine });
        },
      });
    },
  },
];

/** Values that look like secrets to a naive scanner and are not. Returns how many were added. */
function addNegatives(draft: LineDraft, writer: LogWriter, random: Random): number {
  const candidates: (() => void)[] = [
    () => draft.params.push(`request_id=${random.hex(32)}`),
    () => draft.params.push(`trace_id=${random.hex(64)}`),
    () => draft.params.push(`cursor=${Buffer.from(JSON.stringify({ offset: random.int(0, 999) })).toString('base64url')}`),
    () => draft.params.push(`pageToken=${random.string(TOKEN_CHARS, 40)}`),
    () => draft.params.push(`next_page_token=${random.string(TOKEN_CHARS, 32)}`),
    () => draft.params.push(`v=${random.hex(20)}`),
    () => draft.params.push(`_=${Date.UTC(2026, 9, 12) + random.int(0, 1e7)}`),
    () => draft.params.push('token_type=bearer', 'expires_in=3600'),
    () => draft.params.push(`csrf_token=${random.hex(32)}`),
    () =>
      draft.params.push(
        random.pick([
          'token=REDACTED',
          'access_token=***',
          'password=%5BFILTERED%5D',
          'api_key=',
          'token=null',
          'secret=%5Bredacted%5D',
          'auth=true',
        ]),
      ),
    () => draft.params.push(random.pick(['session=new', 'sid=42', 'key=name', 'sig=1', 'pass=true', 'sort_key=date', 'keyword=websocket'])),
    () =>
      draft.params.push(
        `state=eyJ${random.string(TOKEN_CHARS, 20)}.eyJ${random.string(TOKEN_CHARS, 30)}.${random.string(TOKEN_CHARS, 20)}`,
      ),
    () => draft.params.push(`ref=${random.pick(['ghp_short123', 'AKIA1234', 'sk_live_x', 'xoxb-1'])}`),
    () => draft.params.push(`traceparent=00-${random.hex(32)}-${random.hex(16)}-01`),
    () => {
      if (writer.hasReferer)
        draft.referer = `https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=1&url=https%3A%2F%2Fexample.com%2F&usg=AOvVaw${random.string(TOKEN_CHARS, 22)}&sig2=${random.string(TOKEN_CHARS, 22)}`;
    },
  ];
  const count = random.int(0, 3);
  for (let index = 0; index < count; index += 1) random.pick(candidates)();
  return count;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
