// redactUrl's cost per call on typical request URLs (issue #17: target at most 1 µs), then each integration's cost
// per logged request or event. Run: npm run bench:redact
import {
  createEventScrubber,
  createUrlRedactor,
  expressWinstonOptions,
  expressWinstonRequestFilter,
  fastifySerializers,
  pinoSerializers,
  redactUrl,
} from '../dist/src/redact/index.js';

const jwt =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJpYXQiOjE3OTAwMDAwMDAsImV4cCI6MTc5MjU5MjAwMH0.c2lnOnsic3ViIjoidXNlci0xIiwiaWF0IjoxNzkw';
const cases = [
  ['path only (fast path)', '/static/js/app.3f8a9c2d.js'],
  ['API path with ids (fast path)', '/api/v1/users/42/orders/1007'],
  ['query without secrets', '/api/v1/items?page=2&sort=name&limit=50'],
  ['search with tracking', '/search?q=websocket+auth&utm_source=newsletter&utm_medium=email'],
  ['token in the query', '/ws?room=7&token=d8f7a6s5d4f3g2h1j0k9l8m7'],
  ['JWT in the query', `/ws?access_token=${jwt}`],
  ['absolute, API key', 'https://maps.googleapis.com/maps/api/js?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW&callback=init'],
  ['OAuth callback', '/oauth/callback?code=4/0AbCdEfGhIjKlMnOpQrStUvWxYz&state=af0ifjsldkj'],
];

function measure(run, input, rounds = 200_000) {
  let sink = 0;
  for (let i = 0; i < rounds / 10; i += 1) sink += run(input) === undefined ? 0 : 1; // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) sink += run(input) === undefined ? 0 : 1;
  const ns = Number(process.hrtime.bigint() - start) / rounds;
  return { ns, sink };
}

const medianOfFive = (run, input, rounds) => Array.from({ length: 5 }, () => measure(run, input, rounds).ns).sort((a, b) => a - b)[2];

const redactor = createUrlRedactor();
let total = 0;
console.log('redactUrl, ns per call (median of 5 runs)');
for (const [what, url] of cases) {
  const median = medianOfFive(redactUrl, url);
  total += median;
  console.log(`  ${what.padEnd(32)} ${median.toFixed(0).padStart(6)} ns   ${redactor(url) === url ? 'unchanged' : 'redacted'}`);
}
console.log(`  ${'mean of the cases'.padEnd(32)} ${(total / cases.length).toFixed(0).padStart(6)} ns`);

/** A request as Node and Express hold it: eight headers, a parsed query; with or without secrets. */
function request(url, query, secrets) {
  const headers = {
    host: 'api.example.com',
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
    accept: 'application/json',
    'accept-language': 'en-US,en;q=0.9',
    'accept-encoding': 'gzip, deflate, br',
    referer: secrets ? 'https://app.example.com/inbox?api_key=d8f7a6s5d4f3g2h1j0k9l8m7' : 'https://app.example.com/inbox',
    authorization: `Bearer ${jwt}`,
    cookie: 'sid=d8f7a6s5d4f3g2h1j0k9l8m7; theme=dark',
  };
  return { method: 'GET', url, originalUrl: url, query, headers, httpVersion: '1.1', ip: '203.0.113.7', host: headers.host, socket: {} };
}
/**
 * Two requests per case, taken in turn, that differ in one parameter: `expressWinstonOptions()` remembers the last
 * URL (it comes as `url`, `originalUrl` and in the message of one request), which must not carry over to the next.
 */
const twoRequests = (path, query, secrets) => [0, 1].map((n) => request(`${path}&n=${n}`, { ...query, n: String(n) }, secrets));
const requests = [
  ['request without secrets', twoRequests('/api/v1/items?page=2&sort=name', { page: '2', sort: 'name' }, false)],
  ['request with secrets', twoRequests(`/ws?room=7&access_token=${jwt}`, { room: '7', access_token: jwt }, true)],
];
let turn = 0;
const inTurn = (run) => (pair) => run(pair[(turn += 1) % 2]);

/** express-winston calls the filter once per whitelisted name, then renders the message. */
function expressWinstonRun({ requestFilter, requestWhitelist, msg }) {
  return (req) => [requestWhitelist.map((name) => requestFilter(req, name)), msg(req)];
}
const defaultWhitelist = ['url', 'headers', 'method', 'httpVersion', 'originalUrl', 'query'];
const scrubEvent = createEventScrubber();
const integrations = [
  ['pinoSerializers().req', pinoSerializers().req],
  ['fastifySerializers().req', fastifySerializers().req],
  ['expressWinstonOptions()', expressWinstonRun(expressWinstonOptions())],
  [
    'express-winston, default whitelist',
    expressWinstonRun({ ...expressWinstonOptions(), requestFilter: expressWinstonRequestFilter(), requestWhitelist: defaultWhitelist }),
  ],
  [
    'createEventScrubber() (Sentry)',
    (req) => scrubEvent({ transaction: 'GET /ws', request: { url: `https://api.example.com${req.url}`, headers: req.headers } }),
  ],
];

console.log('\nintegrations, µs per request or event (median of 5 runs)');
console.log(`  ${''.padEnd(36)} ${requests.map(([what]) => what.padStart(24)).join('')}`);
for (const [what, run] of integrations) {
  const cells = requests.map(([, pair]) => `${(medianOfFive(inTurn(run), pair, 20_000) / 1000).toFixed(2)} µs`.padStart(24));
  console.log(`  ${what.padEnd(36)} ${cells.join('')}`);
}
