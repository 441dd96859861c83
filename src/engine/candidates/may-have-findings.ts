import { createParamNameClassifier } from '../../secrets/param-names.js';
import { createJwtRegex, findProviderTokens } from '../../secrets/shapes.js';
import type { EngineOptions } from '../engine-options.js';
import { IMPLICIT_MODULES, implicitKey } from './find-sink-candidates.js';
import {
  contextualRequestNames,
  contextsByUse,
  MAY_READ_QUERY,
  queryTokenSchemes,
  mentionsQueryTokenOption,
  requestGetterMethods,
  requestMembersAnywhere,
  requestParamNames,
} from '../tables/request-sources.js';
import { propertySources, SECRET_ENV_NAME } from '../tables/sources.js';
import { moduleOfSpecifier } from '../ast/module-name.js';
import { LOGGER_NAME_TEXT } from '../frameworks/loggers/named-logger.js';
import { sinkTable, type CodeRuleId, type SinkRow } from '../tables/sinks.js';
import { HAPI_PINO } from '../frameworks/loggers/pino.js';

/**
 * A necessary condition, on a file's text alone, for single-file analysis to report anything: a sink of some rule
 * is mentioned, and so is what that rule needs on the source side. It lets a door skip the TypeScript parse of the
 * many files that cannot have a finding (the ESLint plugin under espree would parse every file a second time).
 * It must never be false where `analyzeSourceFile` without a checker reports: test/engine/may-have-findings checks
 * that over the corpus and the docs. With a checker, flows cross files and no text test applies.
 */
export function mayHaveFindings(text: string, options: Pick<EngineOptions, 'rules' | 'settings'> = {}): boolean {
  const mentions = new TextMentions(text, options.settings ?? {});
  return (Object.keys(ruleNeeds) as CodeRuleId[]).some(
    (rule) => (options.rules === undefined || options.rules.has(rule)) && ruleNeeds[rule](mentions),
  );
}

/** What each rule needs mentioned; a Record so that a new rule cannot be forgotten here. */
const ruleNeeds: Record<CodeRuleId, (mentions: TextMentions) => boolean> = {
  'ws-token-in-url': (m) => m.sinkOf('ws-token-in-url') && m.secretSource(),
  'token-in-request-url': (m) => m.sinkOf('token-in-request-url') && m.secretSource(),
  'log-raw-url': (m) => (mentionsRequestData(m.text) || m.requestObject()) && m.sinkOf('log-raw-url'),
  // Query reads are found without a sink: a request object, its query, and a credential's name; or an auth scheme
  // registered to read the query, by its name.
  'query-token-accepted': (m) =>
    (MAY_READ_QUERY.test(m.text) && m.requestObject() && m.secretSource()) ||
    queryTokenSchemes.some((row) => m.text.includes(row.scheme)) ||
    mentionsQueryTokenOption(m.text),
  // A plugin descriptor (server/find-plugin-descriptors.ts) is no call: its module's name is what the file mentions.
  'log-middleware-url': (m) => m.sinkOf('log-middleware-url') || HAPI_PINO.modules.some((module) => m.text.includes(module)),
  'ws-missing-origin-check': (m) => m.sinkOf('ws-missing-origin-check'),
  // `ws://…`, `'ws:' + '//'`, `'ws' + '://'`: a plain scheme is always written as `ws:` or a quoted `ws` (`http` for the
  // clients that upgrade it themselves: SinkRow.upgradesHttp).
  'ws-insecure-scheme': (m) => /\b(?:ws|http)(?::|['"`])/.test(m.text) && m.sinkOf('ws-insecure-scheme'),
};

/**
 * Names and members that carry request data: `url`, `originalUrl`, `href`, `search`, `querystring`,
 * `searchParams`, `queryStringParameters`, `documentURI`, the Referer header (tables/request-sources.ts). Every such
 * name has one of these stems at a word start or at a camelCase hump (`rawQueryString`, `document.URL`); a test keeps
 * the tables and the patterns in step. Inside a lower-case word (`during`, `curly`, `ESQuery`) a stem is noise; the
 * Referer's stem is the header's whole name, either spelling, so that `references` is not it.
 */
const STEM_AT_WORD_START = /(?<![A-Za-z])(?:ur[il]|href|search|query|referr?er)/i;
const STEM_AT_HUMP = /(?<=[a-z\d])(?:U[Rr][IiLl]|H(?:ref|REF)|S(?:earch|EARCH)|Q(?:uery|UERY)|R(?:eferr?er|EFERR?ER))/;

export function mentionsRequestData(text: string): boolean {
  return STEM_AT_WORD_START.test(text) || STEM_AT_HUMP.test(text);
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** Facts about one text, each computed at most once. Substring tests first: they are native and fast. */
class TextMentions {
  private secret: boolean | undefined;
  private imported: ReadonlySet<string> | undefined;

  constructor(
    readonly text: string,
    private readonly settings: NonNullable<EngineOptions['settings']>,
  ) {}

  hasWord(word: string): boolean {
    return this.text.includes(word) && wordRegex(word).test(this.text);
  }

  /**
   * `name(` or `new name`: a constructor a sink hangs off is called in the file. Not the bare word: `$` of jQuery is
   * in every template literal's `${`.
   */
  calls(name: string): boolean {
    return this.text.includes(name) && callRegex(name).test(this.text);
  }

  /** Some sink row of the rule could become a candidate (see find-sink-candidates.ts), or a configured logger. */
  sinkOf(rule: CodeRuleId): boolean {
    if (rule === 'log-raw-url' && (this.settings.extraLoggerNames ?? []).some((name) => this.text.includes(name))) return true;
    return (sinkMatchers.get(rule) ?? []).some((matches) => matches(this));
  }

  /** A credential's name, a secret-named environment variable, a secret property source or a secret-shaped literal. */
  secretSource(): boolean {
    this.secret ??= this.findSecretSource();
    return this.secret;
  }

  private findSecretSource(): boolean {
    const isSecretWord = secretWordTest(this.settings.extraSecretNames ?? []);
    for (const match of this.text.matchAll(IDENTIFIER)) if (isSecretWord(match[0])) return true;
    try {
      return createJwtRegex().test(this.text) || findProviderTokens(this.text).length > 0;
    } catch (error) {
      // A run of millions of token characters (a minified bundle) overflows the regular expressions' backtracking
      // stack: whether it holds a secret is unknown, and unknown must read as "maybe".
      if (error instanceof RangeError) return true;
      throw error;
    }
  }

  /** Modules the text imports or requires (see `IMPORTED_SPECIFIER`), read in one scan. */
  imports(): ReadonlySet<string> {
    this.imported ??= new Set(importedSpecifiers(this.text));
    return this.imported;
  }

  /**
   * `req`, `request`, `upgradeReq`, `handshake`, `getRequest()`; `ctx` only where Koa is imported, before `next`, or
   * read like Koa's context (`ctx.headers`); `event` in Lambda code.
   */
  requestObject(): boolean {
    if (REQUEST_OBJECT_WORD.test(this.text) || KOA_CONTEXT_BY_USE.test(this.text)) return true;
    return contextualRequestNames.some(
      (row) =>
        (row.modules.some((module) => this.imports().has(module)) ||
          (row.inLambdaHandler === true && this.hasWord('handler')) ||
          (row.beforeParameter !== undefined && this.hasParameterPair(row.names, row.beforeParameter)) ||
          (row.callbackOf !== undefined && row.callbackOf.some((callee) => this.text.includes(callee))) ||
          (row.readsMembers !== undefined && row.readsMembers.some((member) => this.text.includes(member)))) &&
        [...row.names].some((name) => this.hasWord(name)),
    );
  }

  /**
   * `(ctx, next)`, `(context: Context<S, C>, next: Next)`: one of `names` written as a parameter, the next one
   * `second` (evaluate-request.ts checks the same on the syntax tree). `context.report(…)` and `next` elsewhere in
   * the file are not it.
   */
  private hasParameterPair(names: ReadonlySet<string>, second: string): boolean {
    return this.text.includes(second) && parameterPairRegex(names, second).test(this.text);
  }
}

/** `ctx.headers`, `context.cookies`: Koa's context recognized by use (`contextsByUse`). */
const KOA_CONTEXT_BY_USE = new RegExp(
  String.raw`(?<![\w$])(?:${[...contextsByUse.koaNames].join('|')})\.(?:${[...contextsByUse.koaMembers].join('|')})(?![\w$])`,
);

/** Any name that is a request wherever it appears, in one scan (separate word tests cost a scan each). */
const REQUEST_OBJECT_WORD = new RegExp(
  String.raw`(?<![\w$])(?:${[...requestParamNames, ...requestMembersAnywhere, ...requestGetterMethods].map(escapeRegex).join('|')})(?![\w$])`,
);

const wordRegexes = new Map<string, RegExp>();
function wordRegex(word: string): RegExp {
  let regex = wordRegexes.get(word);
  if (!regex) {
    regex = new RegExp(String.raw`(?<![\w$])${escapeRegex(word)}(?![\w$])`);
    wordRegexes.set(word, regex);
  }
  return regex;
}

const parameterPairRegexes = new Map<string, RegExp>();
function parameterPairRegex(names: ReadonlySet<string>, second: string): RegExp {
  const key = [...names, second].join('\0');
  let regex = parameterPairRegexes.get(key);
  if (!regex) {
    const first = [...names].map(escapeRegex).join('|');
    // The first name, an optional `?` and type annotation (generics may hold commas; no statement ends inside), `,`.
    regex = new RegExp(String.raw`(?<![\w$])(?:${first})\s*(?:\?\s*)?(?::[^;]{0,300}?)?,\s*${escapeRegex(second)}(?![\w$])`);
    parameterPairRegexes.set(key, regex);
  }
  return regex;
}

const callRegexes = new Map<string, RegExp>();
function callRegex(name: string): RegExp {
  let regex = callRegexes.get(name);
  if (!regex) {
    const escaped = escapeRegex(name);
    regex = new RegExp(String.raw`(?<![\w$])${escaped}\s*(?:<[^>]*>\s*)?\(|\bnew\s+${escaped}(?![\w$])`);
    callRegexes.set(name, regex);
  }
  return regex;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Properties that are credentials by themselves (`document.cookie`). */
const SECRET_SOURCE_WORDS = new Set(propertySources.flatMap((row) => row.paths.map((path) => path.split('.').at(-1) ?? '')));

/** Verdicts per identifier for the built-in names: identifiers repeat across files, the classifier need not. */
const builtInVerdicts = new Map<string, boolean>();

function secretWordTest(extraNames: readonly string[]): (word: string) => boolean {
  const classifier = createParamNameClassifier(extraNames);
  const judge = (word: string) => SECRET_SOURCE_WORDS.has(word) || classifier.classify(word) !== undefined || SECRET_ENV_NAME.test(word);
  if (extraNames.length > 0) return judge;
  return (word) => {
    let verdict = builtInVerdicts.get(word);
    if (verdict === undefined) {
      verdict = judge(word);
      builtInVerdicts.set(word, verdict);
    }
    return verdict;
  };
}

type Matcher = (mentions: TextMentions) => boolean;

/**
 * Per rule, how a sink can be recognized in text: an imported module's specifier, or a global or parameter name.
 * Each rule's patterns are joined into a regular expression or two: one scan of the text instead of hundreds of
 * tests (logger rows alone spell some 500 paths).
 */
const sinkMatchers = new Map<CodeRuleId, Matcher[]>();
for (const [rule, rows] of groupByRule(sinkTable)) sinkMatchers.set(rule, ruleMatchers(rows));

function groupByRule(rows: readonly SinkRow[]): Map<CodeRuleId, SinkRow[]> {
  const groups = new Map<CodeRuleId, SinkRow[]>();
  for (const row of rows) groups.set(row.rule, [...(groups.get(row.rule) ?? []), row]);
  return groups;
}

/**
 * A global or parameter sink as written: its receiver when the path names one (`res`), its member as a regular
 * expression (`redirect`), and what must follow (the call's arguments, or `=`).
 */
interface WrittenPattern {
  readonly receiver: string | undefined;
  readonly member: string;
  readonly after: string;
}

function ruleMatchers(rows: readonly SinkRow[]): Matcher[] {
  const modules = new Set<string>();
  const written: WrittenPattern[] = [];
  const afterConstructor = new Map<string, WrittenPattern[]>();
  for (const row of rows) {
    for (const module of row.modules) {
      if (!IMPLICIT_MODULES.has(module)) modules.add(module);
      else for (const path of row.paths) addWrittenPattern(path, row.assignment !== undefined, written, afterConstructor);
    }
  }
  const matchers: Matcher[] = [];
  if (modules.size > 0) matchers.push((mentions) => [...modules].some((module) => mentions.imports().has(module)));
  if (written.length > 0) matchers.push(writtenMatcher(written));
  for (const [constructorName, patterns] of afterConstructor) {
    const matches = writtenMatcher(patterns);
    matchers.push((mentions) => mentions.calls(constructorName) && matches(mentions));
  }
  return matchers;
}

/**
 * Patterns with a receiver from their dots, bare names by a scan of word starts: two scans, each far faster than
 * one scan of word starts trying every receiver (the loggers' alternation cost 60% of the pre-filter that way).
 */
function writtenMatcher(patterns: readonly WrittenPattern[]): Matcher {
  const withReceiver = patterns.filter((pattern) => pattern.receiver !== undefined);
  const bare = patterns.filter((pattern) => pattern.receiver === undefined);
  const matchers = [
    ...(withReceiver.length > 0 ? [regexMatcher(afterDot(withReceiver))] : []),
    ...(bare.length > 0 ? [regexMatcher(wordStart(bare))] : []),
  ];
  return (mentions) => matchers.some((matches) => matches(mentions));
}

/** Bare names in one alternation, anchored once at a word start: far faster than a look-behind inside every alternative. */
function wordStart(patterns: readonly WrittenPattern[]): string {
  const written = patterns.map((pattern) => `${pattern.member}${pattern.after}`);
  return String.raw`(?<![\w$])(?:${[...new Set(written)].join('|')})`;
}

/**
 * `receiver.member(`, found from its dot: the scan stops only at dots followed by a member (a fast first-character
 * search), and a look-behind then checks the receiver. Five times faster than trying some 250 logger receivers at
 * every word start. Grouped by receiver, then by member list: `\.\s*(?:info|warn|…)(?<=(?:logger|log)\s*\??\.\s*…)`.
 */
function afterDot(patterns: readonly WrittenPattern[]): string {
  const membersOf = groupJoined(
    patterns,
    (pattern) => `${pattern.receiver ?? ''}\0${pattern.after}`,
    (pattern) => pattern.member,
  );
  const receiversOf = groupJoined(
    [...membersOf],
    ([key, members]) => `${members}\0${key.split('\0')[1] ?? ''}`,
    ([key]) => key.split('\0')[0] ?? '',
  );
  const branches = [...receiversOf].map(([key, receivers]) => {
    const [members = '', after = ''] = key.split('\0');
    return String.raw`\s*(?:${members})(?<=(?<![\w$])(?:${receivers})\s*\??\.\s*(?:${members}))${after}`;
  });
  return String.raw`\.(?:${branches.join('|')})`;
}

/** Items grouped by a key, each group's distinct parts joined as an alternation. */
function groupJoined<T>(items: readonly T[], keyOf: (item: T) => string, partOf: (item: T) => string): Map<string, string> {
  const groups = new Map<string, Set<string>>();
  for (const item of items) groups.set(keyOf(item), (groups.get(keyOf(item)) ?? new Set<string>()).add(partOf(item)));
  return new Map([...groups].map(([key, parts]) => [key, [...parts].join('|')]));
}

function regexMatcher(source: string): Matcher {
  const regex = new RegExp(source);
  return (mentions) => regex.test(mentions.text);
}

/**
 * A library counts only where the file imports or requires it (find-sink-candidates.ts, library-resolution.ts,
 * ast/imported-modules.ts): `from 'ws'`, `import 'ws'`, `require("node:https")`, comments allowed in between. A
 * specifier alone is not enough: `'next'` and `'http'` are common strings.
 *
 * Read as the regular expression `(?:\bfrom|\bimport|\brequire\s*\()(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*\n)*(['"])(?:node:)?([^'"\s]+)\1`
 * (global) reads, but by hand: that expression read the comment after every `from` to its end, so `from/*from/*…`
 * (or `from//from//…` with no newline) cost the square of its length. Here the end of a comment (`*\/`, a newline) is
 * found once and shared by every keyword inside the same comment. Each specifier is the module it names
 * (ast/module-name.ts: `node:` dropped, a package's build output read as the package).
 */
export function importedSpecifiers(text: string): string[] {
  const specifiers: string[] = [];
  const commentEnds = new NextOccurrence(text, '*/');
  const lineEnds = new NextOccurrence(text, '\n');
  IMPORT_KEYWORD.lastIndex = 0;
  for (let keyword = IMPORT_KEYWORD.exec(text); keyword; keyword = IMPORT_KEYWORD.exec(text)) {
    const found = specifierAfter(text, keyword.index + keyword[0].length, commentEnds, lineEnds);
    if (found === undefined) {
      IMPORT_KEYWORD.lastIndex = keyword.index + 1;
      continue;
    }
    specifiers.push(found.specifier);
    IMPORT_KEYWORD.lastIndex = found.end;
  }
  return specifiers;
}

const IMPORT_KEYWORD = /\bfrom|\bimport|\brequire\s*\(/g;
const WHITESPACE = /\s+/y;
const SPECIFIER = /[^'"\s]+/y;

/** The specifier after `from` (whitespace and comments skipped), and where its closing quote ends; undefined if none. */
function specifierAfter(
  text: string,
  from: number,
  commentEnds: NextOccurrence,
  lineEnds: NextOccurrence,
): { specifier: string; end: number } | undefined {
  let at = from;
  for (;;) {
    WHITESPACE.lastIndex = at;
    if (WHITESPACE.test(text)) at = WHITESPACE.lastIndex;
    else if (text.startsWith('/*', at)) {
      const close = commentEnds.from(at + 2);
      if (close === -1) return undefined;
      at = close + 2;
    } else if (text.startsWith('//', at)) {
      const newline = lineEnds.from(at + 2);
      if (newline === -1) return undefined;
      at = newline + 1;
    } else break;
  }
  const quote = text[at];
  if (quote !== "'" && quote !== '"') return undefined;
  SPECIFIER.lastIndex = at + 1;
  const run = SPECIFIER.exec(text)?.[0];
  if (run === undefined || text[at + 1 + run.length] !== quote) return undefined;
  return { specifier: moduleOfSpecifier(run), end: at + 2 + run.length };
}

/** The first occurrence of `needle` at or after a position, remembered: asked from ascending positions, one scan in all. */
class NextOccurrence {
  private askedFrom = 0;
  private found = -2;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(position: number): number {
    const known = this.found !== -2 && position >= this.askedFrom && (this.found === -1 || position <= this.found);
    if (!known) {
      this.askedFrom = position;
      this.found = this.text.indexOf(this.needle, position);
    }
    return this.found;
  }
}

/**
 * A global or parameter sink: its member written as a word, after its receiver when the path names one
 * (`res.redirect`; a wildcard such as `**.register` needs only the member), and followed by its call's arguments,
 * or by `=` when the sink is an assignment target (`location = url`: the bare word `location` is everywhere in code
 * that handles AST locations, and `open` in comments).
 * After a constructor call (`new XMLHttpRequest().open`) the file must also mention the constructor.
 */
function addWrittenPattern(
  path: string,
  assigned: boolean,
  written: WrittenPattern[],
  afterConstructor: Map<string, WrittenPattern[]>,
): void {
  const { key, mentions: constructorName } = implicitKey(path);
  const [receiver, member = ''] = key.includes('.') ? key.split('.') : [undefined, key];
  const named = receiver !== undefined && /^[A-Za-z_$][\w$]*$/.test(receiver);
  const declared = assigned && !named ? String.raw`(?<!\b(?:const|let|var)\s+)` : '';
  // A call's callee is followed by its arguments (`open(`, `log?.(`, `get<T>(`); an assignment target by `=`.
  const after = assigned ? String.raw`\s*=(?!=)` : member.endsWith(')') ? '' : String.raw`\s*(?:\?\.\s*)?[(<]`;
  // `logger` of the tables stands for longer names too (`requestLogger.info(`, `this.loggerService.warn(`); any other
  // receiver is its own text, `$` of jQuery included.
  const receiverText = receiver === 'logger' ? LOGGER_NAME_TEXT : receiver === undefined ? undefined : escapeRegex(receiver);
  // A member the path calls (`bind()`) is written with its own arguments: `log.warn.bind(log)`.
  const memberText = member.endsWith('()') ? String.raw`${escapeRegex(member.slice(0, -2))}\s*\(` : escapeRegex(member);
  const pattern = { receiver: named ? receiverText : undefined, member: `${declared}${memberText}`, after };
  if (constructorName === undefined) written.push(pattern);
  else afterConstructor.set(constructorName, [...(afterConstructor.get(constructorName) ?? []), pattern]);
}
