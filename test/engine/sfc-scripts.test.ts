import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { blankOutsideScripts } from '../../src/engine/sfc/blank-outside-scripts.js';
import { COMPONENT_KINDS, componentKindOf, type ComponentKind } from '../../src/engine/sfc/component-kinds.js';
import { findScriptParts } from '../../src/engine/sfc/find-script-parts.js';
import { readComponentScripts } from '../../src/engine/sfc/parse-component.js';
import { CODE_GLOBS } from '../../src/files/file-kind.js';

/** The script parts of `text` as the strings they hold, with their language. */
function scriptsOf(text: string, kind: ComponentKind): [string, string][] {
  return findScriptParts(text, kind).parts.map((part) => [text.slice(part.start, part.end), part.language]);
}

describe('findScriptParts: Vue', () => {
  it('finds <script> and <script setup>, by lang, and nothing in the template, comments, styles or custom blocks', () => {
    const text = [
      '<template>',
      '  <template v-if="ok"><p>a < b</p></template>',
      '  <p>{{ "<script>not code</script>" }}</p>',
      '</template>',
      '<!-- <script>commented()</script> -->',
      '<docs>',
      '```vue',
      '<script>documented()</script>',
      '```',
      '</docs>',
      '<script lang="ts">export default { inheritAttrs: false }</script>',
      '<script setup lang=\'tsx\' generic="T extends Record<string, unknown>">const b = 2</script>',
      '<style>a::before { content: "<script>styled()</script>" }</style>',
    ].join('\n');
    expect(scriptsOf(text, 'vue')).toEqual([
      ['export default { inheritAttrs: false }', 'ts'],
      ['const b = 2', 'tsx'],
    ]);
  });

  it('reads a script without lang as JavaScript, and reports a lang it cannot read instead of parsing it', () => {
    const text = '<script>\nconst a = 1\n</script>\n<script setup lang="coffee">\na = 1\n</script>\n';
    const found = findScriptParts(text, 'vue');
    expect(found.parts.map((part) => [text.slice(part.start, part.end), part.language])).toEqual([['\nconst a = 1\n', 'js']]);
    expect(found.unread).toEqual([{ start: text.indexOf('\na = 1'), lang: 'coffee' }]);
  });

  it('skips a script that is data (text/x-template, ld+json) and a self-closing <script src>', () => {
    const text = '<script type="text/x-template"><p>{{ a }}</p></script><script src="./logic.ts" /><script>run()</script>';
    expect(scriptsOf(text, 'vue')).toEqual([['run()', 'js']]);
  });
});

describe('findScriptParts: Svelte', () => {
  it('finds the module and instance scripts beside the markup, not a <Script> component or a brace expression', () => {
    const text = [
      '<script context="module" lang="ts">export const prerender = true;</script>',
      '<script lang="ts">let count = 0;</script>',
      '<input bind:value={name}>',
      '<p>{count < limit ? "<b>" : ""}</p>',
      '<Script code={`<script>`} />',
      '<svelte:head><script>window.analytics = 1;</script></svelte:head>',
    ].join('\n');
    expect(scriptsOf(text, 'svelte')).toEqual([
      ['export const prerender = true;', 'ts'],
      ['let count = 0;', 'ts'],
      ['window.analytics = 1;', 'js'],
    ]);
  });

  it('takes the markup after a void element or an unclosed tag: a script written last is still found', () => {
    const text = '<img src="a.png"><p>open\n<script>last()</script>';
    expect(scriptsOf(text, 'svelte')).toEqual([['last()', 'js']]);
  });
});

describe('findScriptParts: Astro', () => {
  it('reads the frontmatter and every <script> in the markup as TypeScript, not JSON-LD', () => {
    const text = [
      '---',
      "const title = 'Live';",
      '---',
      '<html><body>',
      '<h1>{title}</h1>',
      '<script type="application/ld+json">{"@type": "WebPage"}</script>',
      '<script>connect();</script>',
      '<Layout><script is:inline>inline();</script></Layout>',
      '</body></html>',
    ].join('\n');
    expect(scriptsOf(text, 'astro')).toEqual([
      ["\nconst title = 'Live';\n", 'ts'],
      ['connect();', 'ts'],
      ['inline();', 'ts'],
    ]);
  });

  it('has no frontmatter when the file does not start with a fence', () => {
    expect(scriptsOf('<p>---</p>\n---\n<script>a()</script>', 'astro')).toEqual([['a()', 'ts']]);
  });
});

describe('blankOutsideScripts', () => {
  const text = '<template>\r\n  <p>é</p>\n</template>\n<script>export default {}</script>\u2028<script setup>(init)()</script>\n';

  it('keeps length, line breaks and script text, and separates parts with a `;` where the end tag was', () => {
    const blanked = blankOutsideScripts(text, findScriptParts(text, 'vue').parts);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(
      '          \r\n          \n           \n        export default {};        \u2028              (init)();        \n',
    );
  });

  it('reads a component without any script as blank text', () => {
    expect(readComponentScripts('<template><p>hi</p></template>\n', 'vue')).toMatchObject({
      scriptText: ' '.repeat(30) + '\n',
      language: 'js',
    });
  });
});

describe('which files are components', () => {
  it('knows them by extension', () => {
    expect(['App.vue', 'Chat.svelte', 'index.astro', 'app.ts', 'vue', 'app.vue.ts'].map(componentKindOf)).toEqual([
      'vue',
      'svelte',
      'astro',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('are all collected by `urlleak code` and `urlleak scan`', () => {
    const isCode = picomatch(CODE_GLOBS as string[]);
    expect(Object.keys(COMPONENT_KINDS).filter((kind) => !isCode(`src/components/file.${kind}`))).toEqual([]);
  });
});
