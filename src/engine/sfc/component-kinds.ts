/** The languages a script part is parsed as (TypeScript's script kinds, by `lang`). */
export type ScriptLanguage = 'js' | 'jsx' | 'ts' | 'tsx';

/** Single-file components: markup, styles and script parts in one file. */
export type ComponentKind = 'vue' | 'svelte' | 'astro';

/** How one kind of component holds its script parts. */
export interface ComponentSyntax {
  /** Whether the TypeScript between the leading `---` fences is a script part (Astro's server-side frontmatter). */
  readonly frontmatter: boolean;
  /**
   * Where a `<script>` tag is a script part: among the file's top-level blocks only (in Vue the markup is inside
   * `<template>`, and a custom block such as `<docs>` may quote a `<script>` in an example), or anywhere in the markup.
   */
  readonly scriptTags: 'top-level' | 'anywhere';
  /** What a script part without a `lang` attribute is written in. */
  readonly defaultLanguage: ScriptLanguage;
}

/**
 * The table a reader extends: one row a kind, keyed by extension (`App.vue` is `vue`). `lang` on a `<script>` tag
 * picks the language (LANGUAGE_OF_LANG); a tag whose `type` is not JavaScript (`application/ld+json`,
 * `text/x-template`) is data, not a script part.
 */
export const COMPONENT_KINDS: Readonly<Record<ComponentKind, ComponentSyntax>> = {
  // <template>, <script>, <script setup>, <style> and custom blocks, each at the top of the file.
  // https://vuejs.org/api/sfc-spec.html
  vue: { frontmatter: false, scriptTags: 'top-level', defaultLanguage: 'js' },
  // <script> and <script context="module"> (Svelte 5: <script module>) beside the markup; a <script> inside the
  // markup (<svelte:head>) is a plain browser script: read as well. https://svelte.dev/docs/svelte/svelte-files
  svelte: { frontmatter: false, scriptTags: 'anywhere', defaultLanguage: 'js' },
  // The frontmatter runs on the server, <script> tags anywhere in the markup are bundled for the browser; both are
  // TypeScript. https://docs.astro.build/en/basics/astro-components/
  astro: { frontmatter: true, scriptTags: 'anywhere', defaultLanguage: 'ts' },
};

/** `lang` values (lowercased) and the language they name; any other `lang` is not read (`coffee`). */
export const LANGUAGE_OF_LANG: Readonly<Record<string, ScriptLanguage>> = {
  js: 'js',
  javascript: 'js',
  jsx: 'jsx',
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
};

/** `type` values (lowercased) under which a `<script>` holds JavaScript; no `type` at all is JavaScript too. */
export const JAVASCRIPT_TYPES: ReadonlySet<string> = new Set([
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
  'text/typescript',
  'application/typescript',
  // Partytown runs these in a web worker: still JavaScript of the page.
  'text/partytown',
]);

/** The component kind of a file, by its extension; undefined for every other file. */
export function componentKindOf(fileName: string): ComponentKind | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(COMPONENT_KINDS, extension) ? (extension as ComponentKind) : undefined;
}
