import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ruleCatalog as catalog } from '../../src/catalog/catalog.js';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { mayHaveFindings, mentionsRequestData } from '../../src/engine/candidates/may-have-findings.js';
import { memberLabels, pageUrlSources, requestObjects } from '../../src/engine/tables/request-sources.js';
import type { CodeRuleId } from '../../src/engine/tables/sinks.js';
import { docExamples, readRuleDoc } from '../support/rule-docs.js';
import { corpusFiles } from './corpus.js';

/** Every labeled corpus file and every doc example: real code the engine reports on. */
const samples: { name: string; text: string }[] = [
  ...corpusFiles().map((path) => ({ name: path, text: readFileSync(path, 'utf8') })),
  ...catalog
    .filter((rule) => rule.area === 'code')
    .flatMap((rule) => docExamples(readRuleDoc(rule), '❌').map((text, index) => ({ name: `${rule.id} ❌ #${index}`, text }))),
];

describe('mayHaveFindings (text pre-filter)', () => {
  it.each(samples.map((sample) => [sample.name, sample] as const))('never hides a single-file finding: %s', (_name, sample) => {
    const findings = analyzeSourceFile(ts.createSourceFile('sample.ts', sample.text, ts.ScriptTarget.Latest, true));
    expect(findings.length > 0 || !sample.name.includes('❌'), 'doc examples are reported').toBe(true);
    for (const rule of new Set(findings.map((finding) => finding.ruleId as CodeRuleId))) {
      expect(mayHaveFindings(sample.text, { rules: new Set([rule]) }), rule).toBe(true);
    }
  });

  it('rules out text that mentions no sink of any rule', () => {
    expect(mayHaveFindings('export function add(a: number, b: number) { return a + b; }')).toBe(false);
    expect(mayHaveFindings("const token = lexer.next(); if (token.type === 'Punctuator') return token;")).toBe(false);
    expect(mayHaveFindings("import next from 'next'; export const socket = new WebSocket('wss://api.example.com/feed');")).toBe(false);
  });

  it("reads a receiver that is no word character as itself: jQuery's $", () => {
    const rules = new Set<CodeRuleId>(['token-in-request-url']);
    expect(mayHaveFindings('$.ajax({ url: `/api/items?token=${token}` });', { rules })).toBe(true);
    expect(mayHaveFindings('$.getJSON(`/api/items?token=${token}`);', { rules })).toBe(true);
  });

  it("needs jQuery's $() called for a method anywhere on its chain: `${` and a class's load() are not it", () => {
    const rules = new Set<CodeRuleId>(['token-in-request-url']);
    // Shaped like ESLint's suppressions service: a load() method, an error code, a template literal.
    const service =
      'class Store { async load() { try { return read(`${this.path}`); } catch (err) { if (err.code === "ENOENT") return {}; } } }';
    expect(mayHaveFindings(service, { rules })).toBe(false);
    expect(mayHaveFindings("$('#feed').find('.items').load('/feed?token=' + token);", { rules })).toBe(true);
    expect(mayHaveFindings('jQuery ("#feed").load(`/feed?token=${token}`);', { rules })).toBe(true);
  });

  it('needs a credential for the URL rules and request data for log-raw-url', () => {
    const rules = new Set<CodeRuleId>(['ws-token-in-url']);
    expect(mayHaveFindings("new WebSocket('wss://api.example.com/feed?room=1');", { rules })).toBe(false);
    expect(mayHaveFindings('new WebSocket(`wss://api.example.com/feed?token=${t}`);', { rules })).toBe(true);
    expect(mayHaveFindings("console.log('started');", { rules: new Set(['log-raw-url']) })).toBe(false);
    expect(mayHaveFindings('console.log(req.originalUrl);', { rules: new Set(['log-raw-url']) })).toBe(true);
    expect(mayHaveFindings('console.log(context.switchToHttp().getRequest());', { rules: new Set(['log-raw-url']) })).toBe(true);
  });

  it('takes `ctx` or `context` for a request only as a parameter followed by `next`, as Koa middleware', () => {
    const rules = new Set<CodeRuleId>(['log-raw-url']);
    expect(mayHaveFindings('export default async (ctx, next) => { console.log(ctx.url); await next(); };', { rules })).toBe(true);
    const typed = 'export async function audit(context: ParameterizedContext<State, Custom>, next: Next) { console.info(context.url); }';
    expect(mayHaveFindings(typed, { rules })).toBe(true);
    // An ESLint rule: `context` its parameter, `next` in a comment.
    const rule = '// eslint-disable-next-line\nconst rule = { create(context) { console.log(context.id); } };';
    expect(mayHaveFindings(rule, { rules })).toBe(false);
  });

  it('knows every request member the engine follows', () => {
    const dataLabels = new Set(['request-url', 'query', 'page-url']);
    const members = [
      ...requestObjects.flatMap((row) => [...row.urlMembers, ...row.queryMembers]),
      ...Object.values(memberLabels).flatMap((labels) =>
        [...labels].filter(([, label]) => dataLabels.has(label)).map(([member]) => member),
      ),
      ...pageUrlSources.flatMap((row) => row.paths.map((path) => path.split('.').at(-1) ?? '')),
    ];
    for (const member of members) {
      for (const text of [member, `x.${member}`, `const { ${member}: u } = r;`, `r['${member}']`])
        expect(mentionsRequestData(text), text).toBe(true);
    }
  });

  it('does not take a stem inside a word for request data', () => {
    for (const text of ['during', 'curly', 'ESQuery', 'preferred', 'research', 'references', 'getReferences'])
      expect(mentionsRequestData(text), text).toBe(false);
  });

  it('finds a logger call by its receiver and member, however spaced', () => {
    const rules = new Set<CodeRuleId>(['log-raw-url']);
    for (const text of [
      'logger?.info(req.url);',
      'logger . warn (req.url);',
      'console.error<string>(req.url);',
      'const print = log.bind();\nprint(req.url);',
      'this.requestLogger.info(req.url);',
      'this.loggerService.warn(req.url);',
      'appLogService.error(req.url);',
    ]) {
      expect(mayHaveFindings(text, { rules }), text).toBe(true);
    }
    for (const text of ['mylogger.info(req.url);', 'blogService.error(req.url);', 'console.logs(req.url);', 'logger.info;\nreq.url;'])
      expect(mayHaveFindings(text, { rules }), text).toBe(false);
  });

  it('counts a library only where the file imports or requires it', () => {
    const rules = new Set<CodeRuleId>(['log-middleware-url']);
    expect(mayHaveFindings("import morgan from 'morgan';", { rules })).toBe(true);
    expect(mayHaveFindings('const logger = require( /* access log */ "node:morgan");', { rules })).toBe(true);
    expect(mayHaveFindings("import type {\n  Options,\n} from 'morgan';", { rules })).toBe(true);
    expect(mayHaveFindings("const middleware = ['morgan', 'helmet'];", { rules })).toBe(false);
  });

  it('honors configured names', () => {
    const text = 'new WebSocket(`wss://api.example.com/feed?d=${deviceCode}`);';
    const rules = new Set<CodeRuleId>(['ws-token-in-url']);
    expect(mayHaveFindings(text, { rules })).toBe(false);
    expect(mayHaveFindings(text, { rules, settings: { extraSecretNames: ['deviceCode'] } })).toBe(true);
  });
});
