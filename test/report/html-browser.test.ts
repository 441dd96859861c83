/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRule } from '../../src/catalog/catalog.js';
import type { Finding } from '../../src/findings/finding.js';
import type { GroupSummary } from '../../src/logs/findings/finding-group.js';
import type { Report } from '../../src/report/formatter.js';
import { formatHtml } from '../../src/report/html/format-html.js';
import { formatJson } from '../../src/report/json.js';
import { runCli } from '../support/run-cli.js';
import { PLANTED_SECRETS, sampleGroupedReport } from './html-sample-report.js';

/**
 * Debian's chromium: `.ci/run` installs it. On a developer's machine without it this file is skipped, and says so;
 * in CI (`CI` set) it runs anyway and fails, so a missing browser never passes for a rendered report.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM) || Boolean(process.env['CI']);
if (!hasChromium) console.warn(`test/report/html-browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

/** No network of its own: no QUIC probes, component updates, sync or first-run pages that would count as requests. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const repoRoot = new URL('../../', import.meta.url);
const artifacts = new URL('test/.artifacts/', repoRoot);

interface JsonDocument {
  readonly findings: Finding[];
  readonly errors: Report['result']['errors'];
  readonly notices: Report['result']['notices'];
  readonly summary: { readonly filesScanned: number };
}

interface OpenedReport {
  readonly page: Page;
  readonly file: string;
  /** Console errors, page errors (a CSP violation is one) and every request but the report's own. */
  readonly problems: string[];
  readonly requests: string[];
  readonly loadMilliseconds: number;
}

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
  let context: BrowserContext;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'urlleak-html-'));
    context = await chromium.launchPersistentContext(join(directory, 'profile'), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  async function open(report: Report, name: string): Promise<OpenedReport> {
    const file = join(directory, `${name}.html`);
    writeFileSync(file, [...formatHtml(report)].join(''));
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    const started = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    return { page, file, problems, requests, loadMilliseconds: performance.now() - started };
  }

  /** Every bar's `data-total` in one chart, and how many of its rectangles the browser drew with a height. */
  async function chartOf(page: Page, titleId: string): Promise<{ totals: number[]; drawn: number }> {
    return page.evaluate((id) => {
      const svg = document.getElementById(id)?.closest('svg');
      const totals = [...(svg?.querySelectorAll('g.bar') ?? [])].map((bar) => Number(bar.getAttribute('data-total')));
      const drawn = [...(svg?.querySelectorAll('rect') ?? [])].filter(
        (rect) => rect.getBBox().height > 0 && rect.getBBox().width > 0,
      ).length;
      return { totals, drawn };
    }, titleId);
  }

  async function expectNoSecret(opened: OpenedReport, secrets: readonly string[]): Promise<void> {
    const dom = await opened.page.content();
    const shown = await opened.page.evaluate(() => document.body.innerText);
    const file = readFileSync(opened.file, 'utf8');
    for (const secret of secrets) for (const text of [dom, shown, file]) expect(text).not.toContain(secret);
  }

  /**
   * The figures and charts against the JSON report of the same findings: occurrences, the timeline's total, the
   * lifetime histogram's; with groups (`properties.group`) or without (one secret per finding).
   */
  async function expectNumbersOfJson(page: Page, findings: readonly Finding[]): Promise<void> {
    const leaks = findings.filter((finding) => getRule(finding.ruleId).area === 'logs' && finding.ruleId !== 'log-token-replay');
    expect(await cellNumber(page, '#figure-occurrences .figure-value')).toBe(sumOf(leaks, occurrencesOf));
    const timeline = await chartOf(page, 'timeline-title');
    expect(sumOf(timeline.totals, (total) => total)).toBe(sumOf(leaks, timelineTotalOf));
    const lifetimes = await chartOf(page, 'lifetimes-chart-title');
    expect(sumOf(lifetimes.totals, (total) => total)).toBe(sumOf(leaks, lifetimesOf));
    expect(lifetimes.drawn).toBeGreaterThan(0);
  }

  async function cellNumber(page: Page, selector: string): Promise<number> {
    return Number((await page.locator(selector).first().innerText()).replace(/[^\d]/g, ''));
  }

  it('opens the demo report: no errors, no requests, charts drawn, counts as in the JSON report, no secret', async () => {
    const cwd = new URL('fixtures/demo/', repoRoot).pathname;
    const json = JSON.parse((await runCli(['scan', '.', '--format', 'json'], cwd)).stdout) as JsonDocument;
    const report: Report = {
      result: { findings: json.findings, errors: json.errors, notices: json.notices, filesScanned: json.summary.filesScanned },
      areas: ['code', 'logs', 'config'],
      cwd,
      color: false,
    };
    const opened = await open(report, 'demo');
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toEqual([]);

    await expectNumbersOfJson(opened.page, json.findings);

    for (const ruleId of new Set(json.findings.map((finding) => finding.ruleId))) {
      const count = json.findings.filter((finding) => finding.ruleId === ruleId).length;
      expect(await cellNumber(opened.page, `#count-${ruleId} td:nth-child(2)`), ruleId).toBe(count);
    }
    await expectNoSecret(opened, demoLogSecrets());
    mkdirSync(artifacts, { recursive: true });
    await opened.page.screenshot({ path: new URL('html-report.png', artifacts).pathname, fullPage: true });
  });

  it('opens a report of 10,000 groups: quickly, the worst endpoint on top, charts and tables as in the JSON report', async () => {
    const report = sampleGroupedReport({ groups: 10_000 });
    const json = JSON.parse([...formatJson(report)].join('')) as JsonDocument;
    const opened = await open(report, 'large');
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(opened.loadMilliseconds).toBeLessThan(5000);

    await expectNumbersOfJson(opened.page, json.findings);
    expect(await cellNumber(opened.page, '#place-1 td:nth-child(5)')).toBe(worstOccurrences(json.findings));
    const timeline = await chartOf(opened.page, 'timeline-title');
    expect(timeline.drawn).toBeGreaterThan(100);
    expect((await opened.page.locator('#worst').boundingBox())?.y ?? Infinity).toBeLessThan(400);

    await expectNoSecret(opened, PLANTED_SECRETS);
    mkdirSync(artifacts, { recursive: true });
    await opened.page.screenshot({ path: new URL('html-report-large.png', artifacts).pathname });
  });
});

function groupOf(finding: Finding): GroupSummary | undefined {
  return finding.properties?.['group'] as GroupSummary | undefined;
}

function sumOf<T>(items: readonly T[], valueOf: (item: T) => number): number {
  return items.reduce((sum, item) => sum + valueOf(item), 0);
}

/** A group's occurrences; a finding of one secret (`--each-secret`) says its own, or is one. */
function occurrencesOf(finding: Finding): number {
  const own = finding.properties?.['occurrences'];
  return groupOf(finding)?.occurrences ?? (typeof own === 'number' ? own : 1);
}

function timelineTotalOf(finding: Finding): number {
  return sumOf(groupOf(finding)?.timeline.buckets ?? [], ([, count]) => count);
}

/** JWTs with a lifetime: a group's lifetime buckets, or the one token of a finding whose `jwt` has one. */
function lifetimesOf(finding: Finding): number {
  const group = groupOf(finding);
  if (group) return sumOf(group.jwt?.lifetimes ?? [], ([, count]) => count);
  const jwt = finding.properties?.['jwt'] as { lifetimeSeconds?: number | null } | undefined;
  return typeof jwt?.lifetimeSeconds === 'number' ? 1 : 0;
}

/** The most occurrences of one endpoint, place and rule among error findings, summed over files, from the JSON. */
function worstOccurrences(findings: readonly Finding[]): number {
  const byPlace = new Map<string, number>();
  for (const finding of findings) {
    const group = groupOf(finding);
    if (group === undefined || finding.level !== 'error' || finding.ruleId === 'log-token-replay') continue;
    const key = [group.endpoint, group.where, group.parameter, finding.ruleId].join('\0');
    byPlace.set(key, (byPlace.get(key) ?? 0) + group.occurrences);
  }
  return Math.max(...byPlace.values());
}

/** The credentials in the demo's access log, read from it: the report must show none of them. */
function demoLogSecrets(): string[] {
  const log = readFileSync(new URL('fixtures/demo/logs/access.log', repoRoot), 'utf8');
  const secrets = [...log.matchAll(/[?&](?:token|access_token|code)=([^&\s"]+)/g)].map((match) => match[1] ?? '');
  expect(secrets.length).toBeGreaterThan(0);
  return secrets;
}
