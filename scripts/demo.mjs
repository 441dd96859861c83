// npm start: `urlleak scan fixtures/demo` (code, logs and server configuration), its HTML audit report written to
// urlleak-report.html, then the fix at the source: the demo log's leaking request written again through `redactUrl`
// from urlleak/redact, as a redacting logger writes it. Exits with the scan's exit code (1: findings were reported).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { redactUrl } from 'urlleak/redact';

const scan = spawnSync(process.execPath, ['bin/urlleak.js', 'scan', 'fixtures/demo'], { stdio: 'inherit' });
const REPORT = 'urlleak-report.html';
const report = spawnSync(process.execPath, ['bin/urlleak.js', 'scan', 'fixtures/demo', '--format', 'html', '--output', REPORT], {
  stdio: 'inherit',
});
if (report.status !== 2) console.log(`The audit report: ${REPORT} (open it in a browser; docs/html-report.md)\n`);

const REQUEST_LINE = /"([A-Z]+) (\S+) (HTTP\/[\d.]+)"/;
const leaking = readFileSync('fixtures/demo/logs/access.log', 'utf8')
  .split('\n')
  .find((line) => line.includes('/ws?'));
if (leaking !== undefined) {
  const fixed = leaking.replace(REQUEST_LINE, (_line, method, url, protocol) => `"${method} ${redactUrl(url)} ${protocol}"`);
  console.log('The same request, logged through redactUrl from urlleak/redact (docs/redact.md):');
  console.log(`  ${fixed}\n`);
}
process.exitCode = scan.status ?? 2;
