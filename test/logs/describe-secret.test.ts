import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { describeBudgetNotice, describeFolded } from '../../src/logs/findings/describe-secret.js';
import { createDetailBudget, type DetailBudget } from '../../src/logs/findings/detail-budget.js';
import type { FoldedFindings } from '../../src/logs/findings/fold-findings.js';
import { DEFAULT_DETECTION_OPTIONS, scanStream } from '../../src/logs/scan-stream.js';
import { protectSecret } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';

/**
 * How a secret found in a log is described (describe-secret.ts): its rule, its level (the risk), its message and
 * properties, and which tokens are single-use, so that a second use is a replay. Real access-log and JSON lines
 * through the log scanner in process.
 */
const LOGGED_AT = Date.UTC(2026, 9, 12, 8, 15, 2) / 1000;

/** An nginx access-log line for a WebSocket upgrade with `query`, logged `second` seconds into 08:15. */
const access = (query: string, second = 2) =>
  `203.0.113.7 - - [12/Oct/2026:08:15:${String(second).padStart(2, '0')} +0000] "GET /ws?${query} HTTP/1.1" 101 0 "-" "curl/8"`;

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

async function findingsOf(lines: readonly string[], allOccurrences = false): Promise<Finding[]> {
  const detection = { ...DEFAULT_DETECTION_OPTIONS, allOccurrences };
  const result = await scanStream(once(`${lines.join('\n')}\n`), { path: 'access.log', detection, sniffBinary: false });
  // Replays are kept apart (a merge joins them across segments): a segment's own come after its findings.
  return [...result.findings, ...result.replays.map((replay) => replay.finding)];
}

async function only(line: string): Promise<Finding> {
  const findings = await findingsOf([line]);
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

/** What an error-level and a warning-level log finding tell the operator to do. */
const ROTATE =
  ' Rotate it, stop it reaching the log (fix the client that puts it in the URL, or the logger that records it), and scrub the log (urlleak logs --redact-to <dir>).';
const STOP =
  ' Stop it reaching the log (fix the client that puts it in the URL, or the logger that records it) and scrub the log (urlleak logs --redact-to <dir>).';

/** What a message shows of a secret: its redacted form and fingerprint, never the value. */
const shown = (value: string) => {
  const { redacted, fingerprint } = protectSecret(value);
  return `${redacted} (fingerprint ${fingerprint})`;
};

describe('describeSecret: rule, level and message of each kind of log credential', () => {
  it('a long-lived JWT live when logged is an error, with its claims summarized and listed', async () => {
    const jwt = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT - 10 + 30 * 86_400 });
    const finding = await only(access(`token=${jwt}`));
    expect(finding).toMatchObject({ ruleId: 'log-jwt', level: 'error' });
    expect(finding.message).toBe(
      `JWT in parameter "token" of the request line: ${shown(jwt)}; alg HS256, lifetime 30 days, live when logged.${ROTATE}`,
    );
    expect(finding.properties).toEqual({
      where: 'request line',
      parameter: 'token',
      occurrences: 1,
      lastLine: 1,
      jwt: {
        alg: 'HS256',
        iat: LOGGED_AT - 10,
        exp: LOGGED_AT - 10 + 30 * 86_400,
        lifetimeSeconds: 30 * 86_400,
        hasJti: false,
        liveWhenLogged: true,
      },
    });
  });

  it('a short-lived JWT with jti is a note, a single-use ticket and what must hold; without jti a warning, reusable', async () => {
    const ticket = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 60, jti: 'ticket-1' });
    const withJti = await only(access(`token=${ticket}`));
    expect(withJti.level).toBe('note');
    expect(withJti.message).toBe(
      `JWT in parameter "token" of the request line: ${shown(ticket)}; alg HS256, lifetime 1.2 minutes, a short-lived single-use ticket: acceptable when the server consumes it once and checks its expiry, live when logged.`,
    );
    expect(withJti.properties?.['jwt']).toMatchObject({ hasJti: true, lifetimeSeconds: 70 });
    const plain = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 1, exp: LOGGED_AT + 59 });
    const withoutJti = await only(access(`token=${plain}`));
    expect(withoutJti.level).toBe('warning');
    expect(withoutJti.message).toBe(
      `JWT in parameter "token" of the request line: ${shown(plain)}; alg HS256, lifetime 1 minute, a short-lived token: reusable until it expires; make it single-use (a jti the server consumes once), live when logged.${STOP}`,
    );
  });

  it('a JWT already expired when logged is a note; an unsigned one says anyone can forge it', async () => {
    const jwt = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 7200, exp: LOGGED_AT - 3600 }, { alg: 'none' });
    const finding = await only(access(`token=${jwt}`));
    expect(finding.level).toBe('note');
    expect(finding.message).toBe(
      `JWT in parameter "token" of the request line: ${shown(jwt)}; alg "none" (unsigned: anyone can forge it), lifetime 1 hour, already expired when logged.`,
    );
    expect(finding.properties?.['jwt']).toMatchObject({ alg: 'none', liveWhenLogged: false });
    const shouting = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 7200, exp: LOGGED_AT - 3600 }, { alg: 'NONE' });
    expect((await only(access(`token=${shouting}`))).message).toContain('alg "none" (unsigned: anyone can forge it)');
  });

  it('a JWT that expires the second the line is written was not live when logged', async () => {
    const jwt = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 3600, exp: LOGGED_AT });
    const finding = await only(access(`token=${jwt}`));
    expect(finding.level).toBe('note');
    expect(finding.message).toContain('already expired when logged');
  });

  it('a JWT without exp never expires; without iat its exp is shown as a time; without a logging time it counts as live', async () => {
    const forever = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10 });
    const neverExpires = await only(access(`token=${forever}`));
    expect(neverExpires.level).toBe('error');
    expect(neverExpires.message).toContain('; alg HS256, no exp (never expires), live when logged.');
    const noIat = makeJwt({ sub: 'user-1', exp: LOGGED_AT + 90 });
    const untimed = await only(`worker 7 connecting to wss://feed.example.com/live?access_token=${noIat}`);
    expect(untimed.level).toBe('error');
    expect(untimed.message).toBe(
      `JWT in parameter "access_token" of the log line: ${shown(noIat)}; alg HS256, exp 2026-10-12T08:16:32Z, logging time unknown.${ROTATE}`,
    );
    expect(untimed.properties?.['jwt']).toEqual({
      alg: 'HS256',
      iat: null,
      exp: LOGGED_AT + 90,
      lifetimeSeconds: null,
      hasJti: false,
      liveWhenLogged: null,
    });
    const farFuture = makeJwt({ sub: 'user-1', exp: 1e20 });
    expect((await only(access(`token=${farFuture}`))).message).toContain('; alg HS256, exp 100000000000000000000, live when logged.');
  });

  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [90, '1.5 minutes'],
    [3600, '1 hour'],
    [5400, '1.5 hours'],
    [86_400, '1 day'],
    [2 * 86_400, '2 days'],
    [0, '0 seconds'],
    [-3600, '-1 hours'],
  ])('a lifetime of %i seconds reads "%s"', async (lifetime, words) => {
    const jwt = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 1, exp: LOGGED_AT - 1 + lifetime });
    expect((await only(`GET /ws?token=${jwt}`)).message).toContain(`, lifetime ${words}, `);
  });

  it('a ticket parameter is a note (single-use by its name, acceptable if consumed once), any other credential parameter an error', async () => {
    const ticket = await only(access('ticket=tkt_9f8e7d6c5b4a39281706f5e4'));
    expect(ticket).toMatchObject({ ruleId: 'log-url-token', level: 'note' });
    expect(ticket.message).toBe(
      `Credential in parameter "ticket" of the request line: ${shown('tkt_9f8e7d6c5b4a39281706f5e4')}; a ticket (single-use by its name): acceptable when the server consumes it once and checks its expiry.`,
    );
    expect(ticket.properties).toEqual({ where: 'request line', parameter: 'ticket', occurrences: 1, lastLine: 1 });
    const password = await only(access('user=ana&password=correct-horse-battery-staple'));
    expect(password).toMatchObject({ ruleId: 'log-url-token', level: 'error' });
  });

  it('a provider token is log-provider-token: an error when secret, a note for a browser key, none when publishable', async () => {
    const github = `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;
    const secret = await only(access(`next=${github}`));
    expect(secret).toMatchObject({ ruleId: 'log-provider-token', level: 'error' });
    expect(secret.message).toBe(`GitHub token (github-pat) in parameter "next" of the request line: ${shown(github)}.${ROTATE}`);
    expect(secret.properties).toEqual({ where: 'request line', parameter: 'next', occurrences: 1, lastLine: 1, provider: 'github-pat' });
    expect(await findingsOf([access('key=pk_live_51HqLyjWDarjtT1zdp7dcXYZab')])).toEqual([]);
    const google = `AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'}`;
    const vendorKey = await only(access(`key=${google}`));
    expect(vendorKey).toMatchObject({ ruleId: 'log-provider-token', level: 'note' });
    expect(vendorKey.message).toBe(
      `Google token (google-api-key) in parameter "key" of the request line: ${shown(google)}; a Google API key, made to be sent from browsers in the URL: public when restricted to referrers or APIs; check its restrictions.`,
    );
  });

  it('a password in a URL outside any parameter, in a JSON field', async () => {
    const finding = await only('{"level":"info","msg":"connect https://admin:s3cr3tPassw0rd@db.example.com/x"}');
    expect(finding).toMatchObject({ ruleId: 'log-url-token', level: 'error' });
    expect(finding.message).toBe(`Password in a URL (scheme://user:…@host) in the JSON field "msg": ${shown('s3cr3tPassw0rd')}.${ROTATE}`);
    expect(finding.properties).toEqual({ where: 'JSON field "msg"', parameter: null, occurrences: 1, lastLine: 1 });
  });

  it('a presigned URL names its scheme', async () => {
    const signature = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
    const finding = await only(
      access(`X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA2J7W4Q9TZ3MXK5VD%2F20261012&X-Amz-Signature=${signature}`),
    );
    expect(finding).toMatchObject({ ruleId: 'log-url-token', level: 'error' });
    expect(finding.message).toBe(
      `AWS presigned URL signature in parameter "X-Amz-Signature" of the request line: ${shown(signature)}.${ROTATE}`,
    );
    expect(finding.properties?.['signedUrl']).toBe('AWS presigned URL');
  });

  it('a presigned URL signed by a documentation example credential is an example, and the STS token in it no secret', async () => {
    const signature = 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
    const example = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524&X-Amz-Signature=${signature}`;
    expect(await findingsOf([access(example)])).toEqual([]);
    const temporary = `X-Amz-Credential=ASIA2J7W4Q9TZ3MXK5VD%2F20261012&X-Amz-Expires=300&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj2zbx7Hsqdss20pob0&X-Amz-Signature=${signature}`;
    expect((await findingsOf([access(temporary)])).map((finding) => finding.properties?.['parameter'])).toEqual(['X-Amz-Signature']);
  });
});

describe('signed URLs graded by how long they work', () => {
  const signature = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
  const presigned = (expires: number) =>
    access(`X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261012T081500Z&X-Amz-Expires=${expires}&X-Amz-Signature=${signature}`);
  const cloudFrontSignature = 'ymwKcOH6PRl~6Hqep7v~tX5DcWdMZROBxqAS7~4rYfoEWPhqLKNeDg__';
  const cloudFront = (expiresAt: number) => access(`Expires=${expiresAt}&Signature=${cloudFrontSignature}&Key-Pair-Id=K2JCJMDEHXQW5F`);

  it('an AWS presigned URL: a note up to five minutes, a warning up to a day, an error beyond', async () => {
    const short = await only(presigned(300));
    expect(short).toMatchObject({ ruleId: 'log-url-token', level: 'note' });
    expect(short.message).toBe(
      `AWS presigned URL signature in parameter "X-Amz-Signature" of the request line: ${shown(signature)}; signed to work for 300 s: an expiring capability by design; keep its expiry this short.`,
    );
    expect(await only(presigned(900))).toMatchObject({ level: 'warning' });
    expect((await only(presigned(900))).message).toContain('shorten its expiry or redact signatures');
    expect(await only(presigned(86_400))).toMatchObject({ level: 'warning' });
    expect(await only(presigned(7 * 86_400))).toMatchObject({ level: 'error' });
  });

  it("a CloudFront signed URL's expiry counts from the line's time: expired when logged is a note", async () => {
    expect(await only(cloudFront(LOGGED_AT + 300))).toMatchObject({ level: 'note' });
    expect((await only(cloudFront(LOGGED_AT + 300))).properties?.['signedUrl']).toBe('CloudFront signed URL');
    expect(await only(cloudFront(LOGGED_AT + 3600))).toMatchObject({ level: 'warning' });
    expect(await only(cloudFront(LOGGED_AT + 30 * 86_400))).toMatchObject({ level: 'error' });
    expect((await only(cloudFront(LOGGED_AT - 60))).message).toContain('; expired when logged: harmless now.');
  });

  it('an Azure SAS URL: its start and expiry, or its expiry against the line time', async () => {
    const sas = (times: string) => access(`sv=2022-11-02&sr=b&sp=r&${times}&sig=q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f%3D`);
    expect(await only(sas('st=2026-10-12T08%3A14%3A00Z&se=2026-10-12T08%3A18%3A00Z'))).toMatchObject({ level: 'note' });
    expect(await only(sas('se=2026-10-12T09%3A15%3A02Z'))).toMatchObject({ level: 'warning' });
    expect(await only(sas('se=2027-10-12'))).toMatchObject({ level: 'error' });
  });

  it('without an expiry it reads, a signature is an error', async () => {
    expect(await only(cloudFront(Number.NaN).replace('Expires=NaN&', 'Policy=eyJTdGF0ZW1lbnQiOltdfQ__&'))).toMatchObject({
      level: 'error',
    });
  });
});

describe('singleUseKey and describeReplay: which second uses are replays', () => {
  const rulesOf = (findings: readonly Finding[]) => findings.map((finding) => `${finding.location.line}:${finding.ruleId}`);

  it('the same ticket value twice is a replay, pointing back at the first use', async () => {
    const findings = await findingsOf([access('ticket=tkt_9f8e7d6c5b4a39281706f5e4', 2), access('ticket=tkt_9f8e7d6c5b4a39281706f5e4', 3)]);
    expect(rulesOf(findings)).toEqual(['1:log-url-token', '2:log-token-replay']);
    const replay = findings[1];
    expect(replay?.level).toBe('error');
    expect(replay?.message).toBe(
      `Single-use ticket used again in parameter "ticket" of the request line: ${shown('tkt_9f8e7d6c5b4a39281706f5e4')}; a single-use token seen twice was replayed or not invalidated.`,
    );
    expect(replay?.related).toEqual([{ location: findings[0]?.location, message: 'first use' }]);
  });

  it('two different tickets, or the same token in an ordinary parameter, are no replay', async () => {
    expect(
      rulesOf(await findingsOf([access('ticket=tkt_9f8e7d6c5b4a39281706f5e4'), access('ticket=tkt_0a1b2c3d4e5f60718293a4b5')])),
    ).toEqual(['1:log-url-token', '2:log-url-token']);
    expect(
      rulesOf(await findingsOf([access('access_token=at_9f8e7d6c5b4a39281706f5e4'), access('access_token=at_9f8e7d6c5b4a39281706f5e4')])),
    ).toEqual(['1:log-url-token']);
  });

  it('a JWT in a ticket parameter is compared by jti: two tokens with one jti are a replay of one ticket', async () => {
    const first = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 86_400, jti: 'ticket-7' });
    const second = makeJwt({ sub: 'user-2', iat: LOGGED_AT - 5, exp: LOGGED_AT + 86_400, jti: 'ticket-7' });
    const findings = await findingsOf([access(`ticket=${first}`, 2), access(`ticket=${second}`, 3)]);
    expect(rulesOf(findings)).toEqual(['1:log-jwt', '2:log-jwt', '2:log-token-replay']);
    expect(findings[2]?.message).toMatch(/^Single-use JWT \(same jti\) used again in parameter "ticket" of the request line: /);
  });

  it('a short-lived JWT with jti is single-use in any parameter; without jti, or long-lived in token, it is not', async () => {
    const ticket = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 60, jti: 'ticket-8' });
    expect(rulesOf(await findingsOf([access(`token=${ticket}`, 2), access(`token=${ticket}`, 3)]))).toEqual([
      '1:log-jwt',
      '2:log-token-replay',
    ]);
    const noJti = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 60 });
    expect(rulesOf(await findingsOf([access(`token=${noJti}`, 2), access(`token=${noJti}`, 3)]))).toEqual(['1:log-jwt']);
    const longLived = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 86_400, jti: 'session-9' });
    expect(rulesOf(await findingsOf([access(`token=${longLived}`, 2), access(`token=${longLived}`, 3)]))).toEqual(['1:log-jwt']);
  });

  it('a single-use JWT outside any parameter is named by where it was seen', async () => {
    const ticket = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 60, jti: 'ticket-9' });
    const line = `{"time":"2026-10-12T08:15:02Z","msg":"upgrade with ${ticket}"}`;
    const findings = await findingsOf([line, line]);
    expect(rulesOf(findings)).toEqual(['1:log-jwt', '2:log-token-replay']);
    expect(findings[1]?.message).toMatch(/^Single-use JWT \(same jti\) used again in the JSON field "msg": /);
  });
});

const budgetOfOne =
  "counted but not described one by one: the run's detail budget of 1 finding was reached (rerun on fewer files or with --shard).";

async function foldedPast(budget: DetailBudget, path: string, lines: readonly string[]): Promise<FoldedFindings[]> {
  const detection = { ...DEFAULT_DETECTION_OPTIONS, detailBudget: budget };
  return (await scanStream(once(`${lines.join('\n')}\n`), { path, detection, sniffBinary: false })).folded;
}

describe('describeFolded and describeBudgetNotice: findings past the detail budget', () => {
  it('sums up each rule past the budget in words for one and many, by distinct secrets or by occurrences', async () => {
    const budget = createDetailBudget(1);
    const first = await foldedPast(budget, 'a.log', [
      'GET /a?access_token=at_9f8e7d6c5b4a39281706f5e4 HTTP/1.1',
      'GET /a?access_token=at_0a1b2c3d4e5f60718293a4b5 HTTP/1.1',
      'GET /a?access_token=at_0a1b2c3d4e5f60718293a4b5 HTTP/1.1',
      'GET /a?access_token=at_77665544332211aabbccddee HTTP/1.1',
      `GET /a?token=${makeJwt({ sub: 'user-1' })} HTTP/1.1`,
      'GET /a?next=ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 HTTP/1.1',
      'GET /a?ticket=tkt_9f8e7d6c5b4a39281706f5e4 HTTP/1.1',
      'GET /a?ticket=tkt_9f8e7d6c5b4a39281706f5e4 HTTP/1.1',
    ]);
    expect(first.map((folded) => describeFolded(folded, false).message)).toEqual([
      `… and 3 more distinct credentials in URLs in this file (5 occurrences, the last on line 8), ${budgetOfOne}`,
      `… and 1 more distinct JWT in this file (1 occurrence, the last on line 5), ${budgetOfOne}`,
      `… and 1 more distinct provider token in this file (1 occurrence, the last on line 6), ${budgetOfOne}`,
      `… and 1 more distinct replayed single-use token in this file (1 occurrence, the last on line 8), ${budgetOfOne}`,
    ]);
    expect(first.map((folded) => describeFolded(folded, true).message)).toEqual([
      `… and 5 more occurrences of 3 distinct credentials in URLs in this file (the last on line 8), ${budgetOfOne}`,
      `… and 1 more occurrence of 1 distinct JWT in this file (the last on line 5), ${budgetOfOne}`,
      `… and 1 more occurrence of 1 distinct provider token in this file (the last on line 6), ${budgetOfOne}`,
      `… and 1 more occurrence of 1 distinct replayed single-use token in this file (the last on line 8), ${budgetOfOne}`,
    ]);
    const [urls] = first;
    expect(urls && describeFolded(urls, false)).toEqual({
      ruleId: 'log-url-token',
      level: 'error',
      message: expect.any(String) as string,
      location: { path: 'a.log', line: 2, column: 21, endLine: 2, endColumn: 48 },
      properties: { folded: true, distinctSecrets: 3, distinctApproximate: false, occurrences: 5, lastLine: 8, detailBudget: 1 },
    });

    const second = await foldedPast(budget, 'b.log', [
      'GET /b?access_token=at_9f8e7d6c5b4a39281706f5e4 HTTP/1.1',
      'GET /b?access_token=at_0a1b2c3d4e5f60718293a4b5 HTTP/1.1',
    ]);
    const tail =
      'found and counted but not described one by one. One summary finding per file and rule stands for them, and redacted copies still cover every secret. Rerun on fewer files or with --shard for the detail.';
    expect(describeBudgetNotice([...first, ...second], false)).toEqual({
      path: 'a.log',
      message: `Detail budget of 1 finding reached: 8 more distinct secrets (10 occurrences) in 2 files were ${tail}`,
    });
    expect(describeBudgetNotice([...first, ...second], true)?.message).toBe(
      `Detail budget of 1 finding reached: 10 more occurrences (of 8 distinct secrets) in 2 files were ${tail}`,
    );
    expect(describeBudgetNotice(second, false)?.message).toBe(
      `Detail budget of 1 finding reached: 2 more distinct secrets (2 occurrences) in 1 file were ${tail}`,
    );
    expect(describeBudgetNotice([], false)).toBeUndefined();
  });
});

describe('describe-secret: the remaining forms', () => {
  const hex = (index: number) => index.toString(16).padStart(24, '0');

  it('names one folded URL credential and many JWTs, provider tokens and replayed tickets', async () => {
    const budget = createDetailBudget(1);
    await foldedPast(budget, 'spent.log', ['GET /a?access_token=at_9f8e7d6c5b4a39281706f5e4 HTTP/1.1']);
    const folded = await foldedPast(budget, 'c.log', [
      'GET /c?access_token=at_0a1b2c3d4e5f60718293a4b5 HTTP/1.1',
      `GET /c?token=${makeJwt({ sub: 'user-1' })} HTTP/1.1`,
      `GET /c?token=${makeJwt({ sub: 'user-2' })} HTTP/1.1`,
      'GET /c?next=ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 HTTP/1.1',
      'GET /c?next=ghp_Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2 HTTP/1.1',
      'GET /c?ws_ticket=tkt_9f8e7d6c5b4a39281706f5e4 HTTP/1.1',
      'GET /c?ws_ticket=tkt_9f8e7d6c5b4a39281706f5e4 HTTP/1.1',
      'GET /c?ws_ticket=tkt_0a1b2c3d4e5f60718293a4b5 HTTP/1.1',
      'GET /c?ws_ticket=tkt_0a1b2c3d4e5f60718293a4b5 HTTP/1.1',
    ]);
    expect(folded.map((fold) => describeFolded(fold, false).message)).toEqual([
      `… and 3 more distinct credentials in URLs in this file (5 occurrences, the last on line 9), ${budgetOfOne}`,
      `… and 2 more distinct JWTs in this file (2 occurrences, the last on line 3), ${budgetOfOne}`,
      `… and 2 more distinct provider tokens in this file (2 occurrences, the last on line 5), ${budgetOfOne}`,
      `… and 2 more distinct replayed single-use tokens in this file (2 occurrences, the last on line 9), ${budgetOfOne}`,
    ]);
    const one = await foldedPast(budget, 'd.log', ['GET /d?access_token=at_77665544332211aabbccddee HTTP/1.1']);
    expect(one.map((fold) => describeFolded(fold, false).message)).toEqual([
      `… and 1 more distinct credential in a URL in this file (1 occurrence, the last on line 1), ${budgetOfOne}`,
    ]);
  });

  it('estimates the distinct count of many folded secrets to three significant digits, and says so', async () => {
    const budget = createDetailBudget(1);
    const many = await foldedPast(
      budget,
      'many.log',
      Array.from({ length: 1234 }, (_, index) => `GET /m?access_token=at_${hex(index)} HTTP/1.1`),
    );
    const [fold] = many;
    if (!fold) throw new Error('nothing folded');
    const summary = describeFolded(fold, false);
    const estimate = Number(summary.properties?.['distinctSecrets']);
    expect(summary.properties).toMatchObject({ distinctApproximate: true, occurrences: 1233 });
    expect(estimate).toBeGreaterThan(1100);
    expect(estimate).toBeLessThan(1400);
    const rounded = Number(estimate.toPrecision(3)).toLocaleString('en-US');
    expect(summary.message).toBe(
      `… and about ${rounded} more distinct credentials in URLs in this file (the distinct count is an estimate; 1,233 occurrences, the last on line 1,234), ${budgetOfOne}`,
    );
    const few = await foldedPast(budget, 'few.log', ['GET /f?access_token=at_77665544332211aabbccddee HTTP/1.1']);
    // One estimate among the folds makes the run's distinct count an estimate.
    expect(describeBudgetNotice([...few, ...many], false)?.message).toMatch(
      new RegExp(
        `^Detail budget of 1 finding reached: about ${Number((estimate + 1).toPrecision(3)).toLocaleString('en-US')} more distinct secrets \\(1,234 occurrences\\) in 2 files were found`,
      ),
    );
  });

  it('tells single-use JWTs apart by jti: two tickets with different jti are no replay', async () => {
    const first = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 60, jti: 'ticket-1' });
    const second = makeJwt({ sub: 'user-1', iat: LOGGED_AT - 10, exp: LOGGED_AT + 60, jti: 'ticket-2' });
    const findings = await findingsOf([access(`token=${first}`, 2), access(`token=${second}`, 3)]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['log-jwt', 'log-jwt']);
  });
});
