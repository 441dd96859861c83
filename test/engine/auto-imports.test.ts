import { expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/**
 * Nuxt imports the exports of `utils/` and `composables/` for the project (a default export under its file's name):
 * a composable calls `authorizedUrl(url, token)` with no import. The checker finds no declaration; the function is
 * looked up in those folders by name, and the token followed through it (bcc-code/bmm-web, code heldout18).
 */
const project = useTempProjects('auto-imports');

const NUXT_APP: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler' } }),
  'nuxt.config.ts': 'export default {};\n',
  'utils/authorizedUrl.ts': [
    'export default function (urlString: string, token?: string) {',
    '  const url = new URL(urlString);',
    "  url.searchParams.set('auth', `Bearer ${token}`);",
    '  return url.toString();',
    '}',
    '',
  ].join('\n'),
  'utils/socket-url.ts': 'export const socketUrl = (room: string, jwt: string) => `wss://rt.example.com/${room}?jwt=${jwt}`;\n',
  'composables/useDownload.ts': [
    'export function useDownload(getToken: () => Promise<string>) {',
    '  return async (fileUrl: string) => {',
    '    const accessToken = await getToken();',
    '    window.location.href = authorizedUrl(fileUrl, accessToken);',
    '  };',
    '}',
    '',
  ].join('\n'),
  'components/Room.ts': [
    'export function join(room: string, session: { jwt: string }) {',
    '  return new WebSocket(socketUrl(room, session.jwt));',
    '}',
    '',
  ].join('\n'),
  // A name the file declares itself is that function, never the folder's.
  'components/Preview.ts': [
    'function authorizedUrl(url: string, _token: string) {',
    '  return url;',
    '}',
    'export function preview(fileUrl: string, accessToken: string) {',
    '  window.location.href = authorizedUrl(fileUrl, accessToken);',
    '}',
    '',
  ].join('\n'),
};

it('a function of utils/ called without an import is followed (default export by file name, named export by name)', async () => {
  const cwd = project(NUXT_APP);
  const run = await runCli(['code', '.', '-f', 'json'], cwd);
  const report = JSON.parse(run.stdout) as { errors: unknown[]; findings: { ruleId: string; location: { path: string; line: number } }[] };
  expect(report.errors).toEqual([]);
  expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`).sort()).toEqual([
    'token-in-request-url composables/useDownload.ts:4',
    'ws-token-in-url components/Room.ts:2',
  ]);
});
