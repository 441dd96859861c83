import { describe, expect, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/** Idioms code heldout19 showed the engine missing (its first, unseen score was taken before these were written). */

const project = useTempProjects('heldout19');

describe("a library's instance kept in a class field", () => {
  it('assigned in the constructor to a typed field, or the field initializer: its calls are the library’s (edulution-ui)', () => {
    const code = [
      "import axios, { AxiosInstance } from 'axios';",
      'export class VdiService {',
      '  private guacamoleApi: AxiosInstance;',
      "  private reportsApi = axios.create({ baseURL: 'https://reports.example/api' });",
      '  private cache: Map<string, string> = new Map();',
      '  constructor() {',
      "    this.guacamoleApi = axios.create({ baseURL: 'https://guac.example/api' });",
      '  }',
      '  async connections(dataSource: string, authToken: string) {',
      '    return this.guacamoleApi.get(`/session/data/${dataSource}/connections?token=${authToken}`);',
      '  }',
      '  async report(apiKey: string) {',
      '    return this.reportsApi.get(`/weekly?api_key=${apiKey}`);',
      '  }',
      '  remember(token: string) {',
      '    return this.cache.get(`/x?token=${token}`);',
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/vdi.service.ts', [
      { rule: 'token-in-request-url', ...at(code, '`/session/data'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`/weekly'), level: 'error' },
    ]);
  });
});

describe('an instance imported through a path alias', () => {
  it('`@/api/eduApi` resolved by the tsconfig’s paths is the project’s axios instance, as a relative import is', async () => {
    const cwd = project({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler', baseUrl: '.', paths: { '@/*': ['./src/*'] } },
      }),
      'src/api/eduApi.ts':
        "import axios from 'axios';\nconst eduApi = axios.create({ baseURL: 'https://edu.example/' });\nexport default eduApi;\n",
      'src/store.ts': [
        "import eduApi from '@/api/eduApi';",
        'export async function joinConference(meetingID: string, password?: string) {',
        '  return eduApi.get(`conferences/join/${meetingID}?password=${password}`);',
        '}',
        '',
      ].join('\n'),
    });
    const run = await runCli(['code', 'src', '-f', 'json'], cwd);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; line: number } }[] };
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`)).toEqual([
      'token-in-request-url src/store.ts:3',
    ]);
  });
});

describe('an HTTP client known by its name, from a module the door does not read', () => {
  it("`import http from '../utils/sso.api'` then http.post(url): the project's client, in the ESLint door too (malf75/Deathbeds)", () => {
    const code = [
      "import http from '../utils/sso.api';",
      "import { cache } from '../utils/cache';",
      'export const authServices = {',
      '  async login(id: number, accessToken: string) {',
      '    const { data } = await http.post(`/auth/session/${id}?token=${accessToken}`, {});',
      '    return cache.get(`/auth/session/${id}?token=${accessToken}`) ?? data;',
      '  },',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/services/auth.services.ts', [
      { rule: 'token-in-request-url', ...at(code, '`/auth/session/'), level: 'error' },
    ]);
  });
});

describe('SWR keys', () => {
  it('a string key is the URL the fetcher requests; an array key hands the token to the fetcher apart (sct/overseerr)', () => {
    const code = [
      "import useSWR from 'swr';",
      'export function Sounds({ user }: { user: { pushoverApplicationToken: string } }) {',
      '  const { data } = useSWR(`/api/v1/pushover/sounds?token=${user.pushoverApplicationToken}`);',
      "  const { data: safe } = useSWR(['/api/v1/pushover/sounds', user.pushoverApplicationToken]);",
      '  return data ?? safe;',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/sounds.tsx', [{ rule: 'token-in-request-url', ...at(code, '`/api/v1/pushover'), level: 'error' }]);
  });
});

describe("Vue's options API: this is the component instance", () => {
  it('a computed property and a method of the component, read through this (Lissy93/dashy widgets)', () => {
    const code = [
      "import axios from 'axios';",
      'export default {',
      "  props: ['options'],",
      '  computed: {',
      '    endpoint() {',
      '      return `https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid=${this.options.apiKey}`;',
      '    },',
      '    city() {',
      '      return this.options.city;',
      '    },',
      '  },',
      '  methods: {',
      '    load(url) {',
      '      return axios.get(url);',
      '    },',
      '    fetchData() {',
      '      return this.load(this.endpoint);',
      '    },',
      '    fetchCity() {',
      '      return axios.get(`/geo?q=${this.city}`);',
      '    },',
      '  },',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/components/Weather.js', [{ rule: 'token-in-request-url', ...at(code, 'this.endpoint)'), level: 'warning' }]);
  });
});

describe("a Vue mixin's methods", () => {
  it('this.makeRequest(url) of a mixin imported by the component is the mixin’s method', async () => {
    const cwd = project({
      'src/mixins/WidgetMixin.js': [
        "import axios from 'axios';",
        'const WidgetMixin = {',
        '  methods: {',
        '    makeRequest(endpoint) {',
        "      return axios.request({ method: 'GET', url: endpoint });",
        '    },',
        '  },',
        '};',
        'export default WidgetMixin;',
        '',
      ].join('\n'),
      'src/components/Sabnzbd.js': [
        "import WidgetMixin from '../mixins/WidgetMixin';",
        'export default {',
        '  mixins: [WidgetMixin],',
        "  props: ['options'],",
        '  methods: {',
        '    fetchData() {',
        '      this.makeRequest(`https://sab.example/api?mode=queue&apikey=${this.options.apikey}`);',
        '    },',
        '  },',
        '};',
        '',
      ].join('\n'),
    });
    const run = await runCli(['code', 'src', '-f', 'json'], cwd);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; line: number } }[] };
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`)).toEqual([
      'token-in-request-url src/components/Sabnzbd.js:7',
    ]);
  });
});

describe('pino-noir serializers on a pino-http middleware', () => {
  it('censor only the paths they list: the URL stays unless a path names it (bookingclik-backend)', () => {
    const code = [
      "const noir = require('pino-noir');",
      "const stdReq = require('express-pino-logger').stdSerializers.req;",
      "export const headersOnly = require('express-pino-logger')({ serializers: noir({ req: stdReq }, ['req.headers.authorization']) });",
      "export const pathsOnly = require('express-pino-logger')({ serializers: noir(['req.headers.cookie']) });",
      "export const urlCensored = require('express-pino-logger')({ serializers: noir(['req.url']) });",
      "export const ownSerializer = require('express-pino-logger')({ serializers: noir({ req: (r: any) => ({ method: r.method }) }, ['req.headers.cookie']) });",
      '',
    ].join('\n');
    expectBothDoors(code, 'src/logger.ts', [
      { rule: 'log-middleware-url', ...at(code, '{ serializers: noir({ req: stdReq'), level: 'warning' },
      { rule: 'log-middleware-url', ...at(code, "{ serializers: noir(['req.headers.cookie"), level: 'warning' },
    ]);
  });
});

describe('query parameters copied from one URLSearchParams into a URL', () => {
  it('by `forEach((value, key) => …)` or a `for…of` over `entries()`, under their own names (LiveKit’s createRtcUrl)', () => {
    const code = [
      'function connectionParams(token: string): URLSearchParams {',
      '  const params = new URLSearchParams();',
      "  params.set('access_token', token);",
      "  params.set('sdk', 'js');",
      '  return params;',
      '}',
      'function rtcUrl(url: string, searchParams: URLSearchParams): URL {',
      '  const urlObj = new URL(url);',
      '  searchParams.forEach((value, key) => {',
      '    urlObj.searchParams.set(key, value);',
      '  });',
      '  return urlObj;',
      '}',
      'function validateUrl(url: string, searchParams: URLSearchParams): URL {',
      '  const urlObj = new URL(url);',
      '  for (const [key, value] of searchParams.entries()) urlObj.searchParams.append(key, value);',
      '  return urlObj;',
      '}',
      'export function connect(url: string, token: string) {',
      '  const socket = new WebSocket(rtcUrl(url, connectionParams(token)).toString());',
      '  void fetch(validateUrl(url, connectionParams(token)));',
      '  return socket;',
      '}',
      'export function indexed(url: string, ids: string[]) {',
      '  const urlObj = new URL(url);',
      '  ids.forEach((id, index) => urlObj.searchParams.set(String(index), id));',
      '  return new WebSocket(urlObj);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/signal.ts', [
      { rule: 'ws-token-in-url', ...at(code, 'rtcUrl(url, connectionParams'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'validateUrl(url, connectionParams'), level: 'error' },
    ]);
  });
});
