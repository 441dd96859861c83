// redactUrl's cost per call on typical request URLs (issue #17: target at most 1 µs). Run: npm run bench:redact
import { createUrlRedactor, redactUrl } from '../dist/src/redact/index.js';

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

function measure(redact, url) {
  let sink = 0;
  for (let i = 0; i < 20_000; i += 1) sink += redact(url).length; // warm-up
  const rounds = 200_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) sink += redact(url).length;
  const ns = Number(process.hrtime.bigint() - start) / rounds;
  return { ns, sink };
}

const redactor = createUrlRedactor();
let total = 0;
console.log('redactUrl, ns per call (median of 5 runs)');
for (const [what, url] of cases) {
  const runs = Array.from({ length: 5 }, () => measure(redactUrl, url).ns).sort((a, b) => a - b);
  const median = runs[2];
  total += median;
  console.log(`  ${what.padEnd(32)} ${median.toFixed(0).padStart(6)} ns   ${redactor(url) === url ? 'unchanged' : 'redacted'}`);
}
console.log(`  ${'mean of the cases'.padEnd(32)} ${(total / cases.length).toFixed(0).padStart(6)} ns`);
