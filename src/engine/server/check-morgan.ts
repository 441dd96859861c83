import { ts } from '../ast/typescript.js';
import type { Suggestion, TextEdit } from '../../findings/finding.js';
import type { SinkExpression, SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import { describeNode } from '../ast/describe-node.js';
import { evaluate } from '../evaluate/evaluate.js';
import { matchesApi, resolveApiRef } from '../resolve/library-resolution.js';
import { MORGAN_REFERRER_TOKEN, MORGAN_URL_TOKEN, morganFormats } from '../frameworks/loggers/morgan.js';
import type { SinkRow } from '../tables/sinks.js';
import { findTaint, type Value } from '../evaluate/value.js';
import { collectNodes } from './collect-nodes.js';
import { serverHit } from './hit.js';
import { callsUrlleakRedact } from './urlleak-redact-calls.js';
import { canImportUrlleakRedact, importRedactEdits } from './redact-suggestions.js';
import { literalTexts } from './options.js';

/** What a morgan format writes: the raw URL, the Referer, or neither. */
interface Recorded {
  readonly url: boolean;
  readonly referrer: boolean;
  readonly predefined?: string;
  /** The format string as written, for the message (a format holds token names, never secrets). */
  readonly written?: string;
  /** The format comes from elsewhere (configuration, a parameter): what it records is not known here. */
  readonly configured?: boolean;
}

/**
 * log-middleware-url for morgan: a predefined format, or a custom one with `:url` or `:referrer`. `:url` is fine once
 * the file redefines the `url` token with a function that drops the query (expressjs/morgan#162).
 */
export function checkMorgan(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const [format] = call.arguments ?? [];
  const recorded = format
    ? formatRecords(format, namedFormat(format, context) ?? evaluate(format, context))
    : { url: true, referrer: true, predefined: 'default' };
  if (!recorded) return [];
  const url = recorded.url && !redefinesUrlToken(call.getSourceFile(), context);
  if (!url && !recorded.referrer) return [];
  const site = format ?? call;
  const what = [
    url ? 'every request URL with its query string' : undefined,
    recorded.referrer ? 'the Referer header (the previous page’s full URL)' : undefined,
  ]
    .filter(Boolean)
    .join(' and ');
  const description = recorded.configured
    ? `The morgan format \`${shorten(describeNode(site))}\`, chosen outside this code (every predefined format logs :url),`
    : `The morgan format ${JSON.stringify(shorten(recorded.predefined ?? recorded.written ?? describeNode(site)))}`;
  const message = `${description} writes ${what} to the access log, so credentials sent in query strings are stored there. Instead, ${row.safeAlternative}.`;
  const predefinedFormat = recorded.predefined && format && ts.isStringLiteral(format) ? format : undefined;
  const suggestions = predefinedFormat
    ? [
        useRedactingMorgan(call, predefinedFormat, recorded.predefined ?? ''),
        redactUrlToken(call, predefinedFormat, recorded.predefined ?? ''),
      ]
    : [];
  return [
    serverHit({
      row,
      site,
      origin: { node: site, message: `${description} records ${what}` },
      message,
      suggestions: suggestions.filter((suggestion) => suggestion !== undefined),
    }),
  ];
}

function formatRecords(format: ts.Expression, value: Value): Recorded | undefined {
  if (value.kind === 'function') return functionRecords(format, value);
  const texts = literalTexts(value);
  // `morgan(config.www.log)`: every predefined format writes :url, and a custom one usually does too, so a format
  // chosen outside the code records the URL unless shown otherwise.
  if (texts.length === 0) return value.kind === 'object' ? undefined : { url: true, referrer: false, configured: true };
  for (const text of texts) {
    const predefined = morganFormats[text];
    if (predefined) return { url: true, referrer: predefined.referrer, predefined: text };
  }
  const url = texts.some((text) => MORGAN_URL_TOKEN.test(text));
  const referrer = texts.some((text) => MORGAN_REFERRER_TOKEN.test(text));
  return { url, referrer, written: texts[0] ?? '' };
}

/**
 * `morgan((tokens, req, res) => [tokens.method(req, res), tokens.url(req, res)].join(' '))`, the function written in the
 * call or elsewhere (`morgan(morganConfig)`, required from a config module): the tokens its text calls.
 */
function functionRecords(format: ts.Expression, value: Extract<Value, { kind: 'function' }>): Recorded {
  const written = (value.node ?? format).getText();
  const url =
    /\.url\s*\(|\[['"]url['"]\]\s*\(/.test(written) || findTaint(value.returns, (taint) => taint.label !== undefined) !== undefined;
  return { url, referrer: /\.referr?er\s*\(|['"]referr?er['"]/.test(written) };
}

/**
 * `morgan('myFormat')` after `morgan.format('myFormat', '… :url …')` in the same file: the format that name was given
 * (a string or a function), or undefined when the argument names none there.
 */
function namedFormat(format: ts.Expression, context: AnalysisContext): Value | undefined {
  if (!ts.isStringLiteralLike(format) || morganFormats[format.text] !== undefined) return undefined;
  const name = format.text;
  const [definition] = collectNodes(format.getSourceFile(), (node) =>
    ts.isCallExpression(node) && isFormatDefinition(node, name, context) ? node.arguments[1] : undefined,
  );
  return definition ? evaluate(definition, context) : undefined;
}

/** `morgan.format(name, format)`. */
function isFormatDefinition(call: ts.CallExpression, name: string, context: AnalysisContext): boolean {
  const [written, format] = call.arguments;
  if (!written || !format || !ts.isStringLiteralLike(written) || written.text !== name) return false;
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'format') return false;
  const ref = resolveApiRef(call.expression, context);
  return ref !== undefined && matchesApi(ref, { modules: ['morgan'], paths: ['format', 'default.format'] });
}

const redefinitions = new WeakMap<ts.SourceFile, boolean>();

/** `morgan.token('url', (req) => req.path)`: the url token redefined by a function whose result carries no query. */
function redefinesUrlToken(sourceFile: ts.SourceFile, context: AnalysisContext): boolean {
  const cached = redefinitions.get(sourceFile);
  if (cached !== undefined) return cached;
  const found =
    collectNodes(sourceFile, (node) => (ts.isCallExpression(node) && isUrlTokenDefinition(node, context) ? node : undefined)).length > 0;
  redefinitions.set(sourceFile, found);
  return found;
}

/** `morgan.token('url', fn)` with a function dropping the query, `morgan.token('url', morganUrlToken())` or `useRedactingMorganTokens(morgan)`. */
function isUrlTokenDefinition(call: ts.CallExpression, context: AnalysisContext): boolean {
  if (callsUrlleakRedact(call, ['useRedactingMorganTokens'], context)) return true;
  const [name, callback] = call.arguments;
  if (!name || !callback || !ts.isStringLiteralLike(name) || name.text !== 'url') return false;
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'token') return false;
  const ref = resolveApiRef(call.expression, context);
  if (!ref || !matchesApi(ref, { modules: ['morgan'], paths: ['token', 'default.token'] })) return false;
  if (callsUrlleakRedact(callback, ['morganUrlToken'], context)) return true;
  if (redactsSecretParameter(callback, context)) return true;
  const value = evaluate(callback, context);
  return value.kind === 'function' && findTaint(value.returns, (taint) => taint.label !== undefined) === undefined;
}

/**
 * A token function that masks a credential's parameter before returning the URL: `searchParams.set('token',
 * '[REDACTED]')`, `searchParams.delete('access_token')`, or `.replace(/([?&]token=)[^&]+/, …)`. Its returns still carry
 * the request URL (the rest of the query is kept on purpose), so the flow alone would call it raw.
 */
function redactsSecretParameter(callback: ts.Expression, context: AnalysisContext): boolean {
  const isSecret = (name: string) => context.classifyName(name) !== undefined;
  return (
    collectNodes(callback, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
      const method = node.expression.name.text;
      const [first] = node.arguments;
      if ((method === 'set' || method === 'delete') && first && ts.isStringLiteralLike(first) && isSecret(first.text)) return node;
      if (method === 'replace' && first && ts.isRegularExpressionLiteral(first) && namesSecretParameter(first.text, isSecret)) return node;
      return undefined;
    }).length > 0
  );
}

/** A regular expression written to match a parameter (`token=`) whose name is a credential's. */
function namesSecretParameter(source: string, isSecret: (name: string) => boolean): boolean {
  return [...source.matchAll(/([A-Za-z_][\w-]*)(?:\\?=|\)?=)/g)].some((match) => isSecret(match[1] ?? ''));
}

/**
 * Where the project can import urlleak/redact: register its redacting tokens before the statement (once a file), and
 * log `combined` and `default` as `safeCombined`, whose Referer goes through the redactor too.
 */
function useRedactingMorgan(call: SinkExpression, format: ts.StringLiteral, predefined: string): Suggestion | undefined {
  const morgan = call.expression;
  const sourceFile = call.getSourceFile();
  if (!ts.isIdentifier(morgan) || !canImportUrlleakRedact(sourceFile)) return undefined;
  const register = /\buseRedactingMorganTokens\s*\(/.test(sourceFile.text)
    ? []
    : [lineBeforeStatement(call, `useRedactingMorganTokens(${morgan.text});`)];
  const referrer = morganFormats[predefined]?.referrer === true;
  return {
    id: 'useRedactingMorgan',
    description: `Register urlleak/redact's redacting morgan tokens${referrer ? ' and log safeCombined' : ''}: URLs logged with their credentials replaced.`,
    // The import first: where the file has none, it goes where the registration does, and must come before it.
    edits: [
      ...importRedactEdits(sourceFile, referrer ? ['safeCombined', 'useRedactingMorganTokens'] : ['useRedactingMorganTokens']),
      ...register,
      ...(referrer ? [{ start: format.getStart(sourceFile), end: format.getEnd(), text: 'safeCombined' }] : []),
    ],
  };
}

/** Redefine the url token before the statement, and drop `:referrer` from formats that have it. */
function redactUrlToken(call: SinkExpression, format: ts.StringLiteral, predefined: string): Suggestion | undefined {
  const morgan = call.expression;
  if (!ts.isIdentifier(morgan)) return undefined;
  const sourceFile = call.getSourceFile();
  const isTypeScript = /\.[cm]?tsx?$/.test(sourceFile.fileName);
  const parameter = isTypeScript ? '(req: { originalUrl?: string; url?: string })' : '(req)';
  const token = `${morgan.text}.token('url', ${parameter} => (req.originalUrl ?? req.url ?? '').split('?')[0]);`;
  const withoutReferrer = morganFormats[predefined]?.withoutReferrer;
  const quote = format.getText(sourceFile)[0] === '"' ? '"' : "'";
  return {
    id: 'redactUrlToken',
    description: `Redefine morgan's url token to drop the query string${withoutReferrer ? ' and log the format without :referrer' : ''}.`,
    edits: [
      lineBeforeStatement(call, token),
      ...(withoutReferrer ? [{ start: format.getStart(sourceFile), end: format.getEnd(), text: quoteText(withoutReferrer, quote) }] : []),
    ],
  };
}

/** An edit inserting `line` before the statement holding `node`, at that statement's indentation. */
function lineBeforeStatement(node: ts.Node, line: string): TextEdit {
  const sourceFile = node.getSourceFile();
  const start = enclosingStatement(node).getStart(sourceFile);
  const indentation = /[ \t]*$/.exec(sourceFile.text.slice(0, start))?.[0] ?? '';
  return { start, end: start, text: `${line}\n${indentation}` };
}

function quoteText(text: string, quote: string): string {
  return quote === '"' ? JSON.stringify(text) : `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function enclosingStatement(node: ts.Node): ts.Node {
  let current = node;
  while (
    current.parent &&
    !ts.isSourceFile(current.parent) &&
    !ts.isBlock(current.parent) &&
    !ts.isModuleBlock(current.parent) &&
    !ts.isCaseClause(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

function shorten(format: string): string {
  return format.length > 60 ? `${format.slice(0, 59)}…` : format;
}
