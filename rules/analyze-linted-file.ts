import type { TSESLint } from '@typescript-eslint/utils';
import { ts } from '../src/engine/ast/typescript.js';
import { analyzeSourceFile } from '../src/engine/analyze-source-file.js';
import type { EngineOptions, EngineSettings } from '../src/engine/engine-options.js';
import { mayHaveFindings } from '../src/engine/candidates/may-have-findings.js';
import { componentKindOf, type ComponentKind } from '../src/engine/sfc/component-kinds.js';
import type { ScriptPart } from '../src/engine/sfc/find-script-parts.js';
import { parseComponent, readComponentScripts } from '../src/engine/sfc/parse-component.js';
import type { Finding, Suggestion } from '../src/findings/finding.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What typescript-eslint's parser leaves in `parserServices`; espree leaves nothing. */
interface TsParserServices {
  readonly program?: ts.Program | null;
  readonly esTreeNodeToTSNodeMap?: { get(node: unknown): ts.Node | undefined };
}

/**
 * Several urlleak rules lint the same file: the engine runs once per file and settings, and each rule picks its own
 * findings. Keyed by the SourceCode object, which ESLint creates anew for every lint of a file.
 */
const cache = new WeakMap<object, Map<string, readonly Finding[]>>();

export function analyzeLintedFile(context: AnyContext, settings: EngineSettings): readonly Finding[] {
  const perFile = cache.get(context.sourceCode) ?? new Map<string, readonly Finding[]>();
  cache.set(context.sourceCode, perFile);
  const key = JSON.stringify(settings);
  const cached = perFile.get(key);
  if (cached) return cached;
  const findings = parserServicesOf(context)?.program
    ? analyze(context, settings)
    : recentFileAlone(fileAloneKey(context, key), () => analyze(context, settings));
  perFile.set(key, findings);
  return findings;
}

/** What the findings of a file analyzed alone depend on: its name, the settings, its text and whose AST is read. */
function fileAloneKey(context: AnyContext, settingsKey: string): string {
  const ast = parserServicesOf(context)?.esTreeNodeToTSNodeMap ? 'parser' : 'text';
  return [context.filename, settingsKey, ast, context.sourceCode.text].join('\0');
}

/** Least recently used first (a Map keeps insertion order); a few entries, each holding its file's text. */
const recentAlone = new Map<string, readonly Finding[]>();
const RECENT_ALONE_LIMIT = 16;

/**
 * A file analyzed alone (no program) has the same findings for the same name, settings and text: an editor lints
 * an unchanged file again (on focus, on save, after a config change) and gets them without a parse or an analysis.
 * With a program, other files can change a file's findings, and nothing is kept across lints.
 */
function recentFileAlone(key: string, analyzeFile: () => readonly Finding[]): readonly Finding[] {
  const findings = recentAlone.get(key) ?? analyzeFile();
  recentAlone.delete(key);
  recentAlone.set(key, findings);
  const oldest = recentAlone.keys().next();
  if (recentAlone.size > RECENT_ALONE_LIMIT && !oldest.done) recentAlone.delete(oldest.value);
  return findings;
}

/**
 * A file the engine cannot analyze (nested too deeply for TypeScript's parser, an engine bug) gets no urlleak
 * findings rather than an exception: thrown out of a rule, it would end the lint of every file after it. ESLint
 * reports the parse errors of its own parser.
 */
function analyze(context: AnyContext, settings: EngineSettings): readonly Finding[] {
  try {
    return analyzeOrThrow(context, settings);
  } catch {
    return [];
  }
}

function analyzeOrThrow(context: AnyContext, settings: EngineSettings): readonly Finding[] {
  const component = componentKindOf(context.filename);
  if (component !== undefined) return analyzeComponent(context, component, settings);
  const program = parserServicesOf(context)?.program ?? undefined;
  // Without a program flows stay inside the file, so its text alone can rule a finding out before any parse.
  if (!program && !mayHaveFindings(context.sourceCode.text, { settings })) return [];
  const { sourceFile, options } = engineInputFor(context);
  return analyzeSourceFile(sourceFile, { ...options, settings });
}

/**
 * A `.vue`, `.svelte` or `.astro` file, whatever its parser (vue-eslint-parser, svelte-eslint-parser,
 * astro-eslint-parser hand the rules the whole component's text): the engine reads the component's script parts in
 * a text of the same offsets (parse-component.ts), so findings land on the component's lines and columns. The file
 * alone: a parser's program holds the script as it rewrote it, at other offsets. A suggestion is kept only when
 * every edit lies inside a script part: it never touches the markup.
 */
function analyzeComponent(context: AnyContext, kind: ComponentKind, settings: EngineSettings): readonly Finding[] {
  const component = readComponentScripts(context.sourceCode.text, kind);
  if (!mayHaveFindings(component.scriptText, { settings })) return [];
  // Named as a script (`App.vue.ts`): the engine resolves names in a file alone with a program of that file, and a
  // program takes script names only. Locations are read by line and column, never by this name.
  const sourceFile = parseComponent(`${context.filename}.${component.language}`, component, parseOptionsOf(), true);
  return analyzeSourceFile(sourceFile, { settings }).map((finding) => withSuggestionsInside(finding, component.scripts.parts));
}

function withSuggestionsInside(finding: Finding, parts: readonly ScriptPart[]): Finding {
  if (!finding.suggestions) return finding;
  const inside = finding.suggestions.filter((suggestion) => editsInsideScripts(suggestion, parts));
  const { suggestions: _all, ...rest } = finding;
  return inside.length > 0 ? { ...rest, suggestions: inside } : rest;
}

function editsInsideScripts(suggestion: Suggestion, parts: readonly ScriptPart[]): boolean {
  return suggestion.edits.every((edit) => parts.some((part) => part.start <= edit.start && edit.end <= part.end));
}

function parserServicesOf(context: AnyContext): TsParserServices | undefined {
  return context.sourceCode.parserServices as TsParserServices | undefined;
}

/**
 * The TypeScript view of the linted file, from the richest source available: typescript-eslint's program (checker,
 * cross-file flows), else its TS AST, else a parse of ESLint's own source text — the same engine in every case.
 */
function engineInputFor(context: AnyContext): { sourceFile: ts.SourceFile; options: EngineOptions } {
  const services = parserServicesOf(context);
  const program = services?.program ?? undefined;
  const fromProgram = program?.getSourceFile(context.filename);
  if (program && fromProgram && fromProgram.text === context.sourceCode.text) {
    return { sourceFile: fromProgram, options: { program, checker: program.getTypeChecker() } };
  }
  const fromParser = services?.esTreeNodeToTSNodeMap?.get(context.sourceCode.ast);
  if (fromParser && ts.isSourceFile(fromParser)) return { sourceFile: fromParser, options: {} };
  return { sourceFile: parseText(context.filename, context.sourceCode.text), options: {} };
}

let parseOptions: ts.CreateSourceFileOptions | undefined;

/**
 * TypeScript 5.3+ can skip JSDoc when parsing (the engine never reads it, and JS files full of it parse far faster
 * without); older versions of the peer range parse it, which changes nothing but speed. Built on the first parse:
 * reading `ts` when this module loads would load TypeScript (src/engine/ast/typescript.ts).
 */
function parseOptionsOf(): ts.CreateSourceFileOptions {
  parseOptions ??= { languageVersion: ts.ScriptTarget.Latest, ...jsDocSkipped() };
  return parseOptions;
}

function jsDocSkipped(): Pick<ts.CreateSourceFileOptions, 'jsDocParsingMode'> {
  const skip = (ts as { readonly JSDocParsingMode?: typeof ts.JSDocParsingMode }).JSDocParsingMode?.ParseNone;
  return skip === undefined ? {} : { jsDocParsingMode: skip };
}

/** JSDoc is skipped where TypeScript can (`parseOptionsOf`). */
function parseText(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, parseOptionsOf(), true, scriptKindOf(fileName));
}

/** `.js` in React code bases often holds JSX: parse every JS flavour as JSX so the engine still sees the calls. */
function scriptKindOf(fileName: string): ts.ScriptKind {
  if (/\.tsx$/.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  return ts.ScriptKind.JSX;
}
