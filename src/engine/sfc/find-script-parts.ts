import { COMPONENT_KINDS, JAVASCRIPT_TYPES, LANGUAGE_OF_LANG, type ComponentKind, type ScriptLanguage } from './component-kinds.js';

/** A script part of a component: offsets of its content in the component's text, end exclusive. */
export interface ScriptPart {
  readonly start: number;
  readonly end: number;
  readonly language: ScriptLanguage;
}

/** A `<script>` whose `lang` urlleak does not read (`coffee`): where its content starts, and the `lang`. */
export interface UnreadScript {
  readonly start: number;
  readonly lang: string;
}

export interface ScriptParts {
  /** In file order. */
  readonly parts: readonly ScriptPart[];
  readonly unread: readonly UnreadScript[];
}

interface OpenTag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Offset just past its `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
}

/** Elements whose content is text up to their end tag, never markup: a `<script>` written in a `<style>` is text. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);

/** Elements without content or end tag (`<input>`): skipping to their end tag would skip the rest of the file. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The script parts of a `.vue`, `.svelte` or `.astro` file's text, as its kind holds them (COMPONENT_KINDS): a scanner
 * of tags, not a parser. It skips HTML comments and the content of raw-text elements (`<style>`), and for a kind whose
 * scripts are top-level blocks, every other block (`<template>` with its nested templates, `<docs>`) up to its end
 * tag. `<script>` is matched in lower case only: `<Script>` is a component.
 */
export function findScriptParts(text: string, kind: ComponentKind): ScriptParts {
  const syntax = COMPONENT_KINDS[kind];
  const parts: ScriptPart[] = [];
  const unread: UnreadScript[] = [];
  const frontmatter = syntax.frontmatter ? findFrontmatter(text) : undefined;
  if (frontmatter) parts.push({ ...frontmatter, language: 'ts' });
  let position = frontmatter ? frontmatter.after : 0;
  while (position < text.length) {
    const next = text.indexOf('<', position);
    if (next < 0) break;
    if (text.startsWith('<!--', next)) {
      position = endOf(text, '-->', next + 4);
      continue;
    }
    const tag = readOpenTag(text, next);
    if (!tag) {
      position = next + 1;
      continue;
    }
    if (tag.name === 'script') {
      position = tag.selfClosing ? tag.end : addScript(text, tag, syntax.defaultLanguage, parts, unread);
    } else if (tag.selfClosing || VOID_ELEMENTS.has(tag.name)) {
      position = tag.end;
    } else if (RAW_TEXT_ELEMENTS.has(tag.name)) {
      position = afterEndTag(text, tag.name, tag.end).after;
    } else {
      position = syntax.scriptTags === 'top-level' ? afterMatchingEndTag(text, tag) : tag.end;
    }
  }
  return { parts, unread };
}

/** Records the script (or why it is not read) and returns the offset past its end tag. */
function addScript(text: string, tag: OpenTag, defaultLanguage: ScriptLanguage, parts: ScriptPart[], unread: UnreadScript[]): number {
  const close = afterEndTag(text, 'script', tag.end);
  const type = tag.attributes.get('type')?.toLowerCase();
  if (type !== undefined && type !== '' && !JAVASCRIPT_TYPES.has(type)) return close.after;
  const lang = tag.attributes.get('lang')?.toLowerCase() ?? '';
  const language = lang === '' ? defaultLanguage : Object.hasOwn(LANGUAGE_OF_LANG, lang) ? LANGUAGE_OF_LANG[lang] : undefined;
  if (language === undefined) unread.push({ start: tag.end, lang });
  else parts.push({ start: tag.end, end: close.start, language });
  return close.after;
}

/**
 * Astro's frontmatter: a `---` line at the top of the file (after blank lines) and the next line starting with
 * `---`. Without a closing fence it runs to the end of the file, as far as a parser would read it.
 */
function findFrontmatter(text: string): { start: number; end: number; after: number } | undefined {
  const open = /^\s*---/.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  const close = /(?:\r\n|[\r\n\u2028\u2029])---/g;
  close.lastIndex = start;
  const found = close.exec(text);
  if (!found) return { start, end: text.length, after: text.length };
  const end = found.index + found[0].length - 3;
  return { start, end, after: end + 3 };
}

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTRIBUTE_NAME = /[^\s"'=<>/{}]+/y;
const UNQUOTED_VALUE = /[^\s>]+/y;

/**
 * The open tag at `<`: its name as written, attributes (names in lower case; a Svelte or Astro `{expression}` value
 * or spread is skipped over, its braces balanced) and end; undefined when `<` opens no tag (`a < b`, `</div>`).
 */
function readOpenTag(text: string, at: number): OpenTag | undefined {
  TAG_NAME.lastIndex = at + 1;
  const name = TAG_NAME.exec(text)?.[0];
  if (name === undefined) return undefined;
  const attributes = new Map<string, string>();
  let position = at + 1 + name.length;
  while (position < text.length) {
    position = skipSpace(text, position);
    if (text[position] === '>') return { name, attributes, end: position + 1, selfClosing: false };
    if (text.startsWith('/>', position)) return { name, attributes, end: position + 2, selfClosing: true };
    if (text[position] === '/') {
      position += 1;
      continue;
    }
    if (text[position] === '{') {
      position = afterBraces(text, position);
      continue;
    }
    ATTRIBUTE_NAME.lastIndex = position;
    const attribute = ATTRIBUTE_NAME.exec(text)?.[0];
    if (attribute === undefined) return undefined;
    position = skipSpace(text, position + attribute.length);
    if (text[position] !== '=') {
      attributes.set(attribute.toLowerCase(), '');
      continue;
    }
    const value = readAttributeValue(text, skipSpace(text, position + 1));
    attributes.set(attribute.toLowerCase(), value.value);
    position = value.after;
  }
  return undefined;
}

function readAttributeValue(text: string, at: number): { value: string; after: number } {
  const quote = text[at];
  if (quote === '"' || quote === "'") {
    const after = endOf(text, quote, at + 1);
    return { value: text.slice(at + 1, after - 1), after };
  }
  if (quote === '{') {
    const after = afterBraces(text, at);
    return { value: text.slice(at, after), after };
  }
  UNQUOTED_VALUE.lastIndex = at;
  const value = UNQUOTED_VALUE.exec(text)?.[0] ?? '';
  return { value, after: at + value.length };
}

/** Past the `}` that closes the `{` at `at`, over quoted strings; the end of the text when it is never closed. */
function afterBraces(text: string, at: number): number {
  let depth = 0;
  for (let position = at; position < text.length; position += 1) {
    const char = text[position];
    if (char === '"' || char === "'" || char === '`') position = endOf(text, char, position + 1) - 1;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return position + 1;
  }
  return text.length;
}

/** Where the end tag `</name>` after `from` starts and ends; without one, both are the end of the text. */
function afterEndTag(text: string, name: string, from: number): { start: number; after: number } {
  const endTag = new RegExp(`</${name}\\s*>`, 'gi');
  endTag.lastIndex = from;
  const found = endTag.exec(text);
  return found ? { start: found.index, after: found.index + found[0].length } : { start: text.length, after: text.length };
}

/** Past the end tag matching `tag`, counting the same element nested inside (`<template v-if>` in `<template>`). */
function afterMatchingEndTag(text: string, tag: OpenTag): number {
  const sameTags = new RegExp(`<(/?)${escapeRegExp(tag.name)}(?=[\\s/>])`, 'g');
  sameTags.lastIndex = tag.end;
  let depth = 1;
  for (let found = sameTags.exec(text); found; found = sameTags.exec(text)) {
    const inner = found[1] === '' ? readOpenTag(text, found.index) : undefined;
    if (inner && !inner.selfClosing) depth += 1;
    if (found[1] === '/' && --depth === 0) return endOf(text, '>', found.index);
  }
  return text.length;
}

/** Past the first `needle` from `from`; the end of the text when there is none. */
function endOf(text: string, needle: string, from: number): number {
  const found = text.indexOf(needle, from);
  return found < 0 ? text.length : found + needle.length;
}

function skipSpace(text: string, from: number): number {
  let position = from;
  while (position < text.length && /\s/.test(text[position] ?? '')) position += 1;
  return position;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
