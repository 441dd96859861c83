import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const SOCKET_URL = "`wss://api.example.com/ws?token=${localStorage.getItem('token')}`";

/**
 * Components as projects write them, each leak at a known place: Vue with `<script>` beside `<script setup lang="ts">`
 * after the template, Vue options API in a plain `<script>` (and the same leak quoted in a template comment, which is
 * no code), socket.io in `<script setup>` (a suggestion), Svelte's module and instance scripts, Astro's frontmatter
 * and a `<script>` inside a layout; safe variants of each; a helper in `.ts` a component imports.
 */
export const COMPONENT_FILES: Readonly<Record<string, string>> = {
  'src/components/Setup.vue': `<template>
  <section>
    <h1>{{ title }}</h1>
  </section>
</template>

<script lang="ts">
export default { inheritAttrs: false }
</script>

<script setup lang="ts">
import { ref } from 'vue';

const title = ref('Live');
const socket = new WebSocket(${SOCKET_URL});
</script>
`,
  'src/components/Options.vue': `<template>
  <!-- <script>new WebSocket(${SOCKET_URL})</script> -->
  <p>{{ status }}</p>
</template>

<script>
export default {
  data: () => ({ status: 'idle' }),
  mounted() {
    this.socket = new WebSocket(${SOCKET_URL});
  },
};
</script>
`,
  'src/components/Realtime.vue': `<template>
  <p>{{ connected }}</p>
</template>

<script setup lang="ts">
import { io } from 'socket.io-client';

const socket = io('https://rt.example.com', { query: { token: localStorage.getItem('token') } });
</script>
`,
  'src/components/Feed.vue': `<script setup lang="ts">
import { feedSocketUrl } from '../lib/feed-url.js';

const feed = new WebSocket(feedSocketUrl());
</script>
`,
  'src/lib/feed-url.ts': `export function feedSocketUrl(): string {
  return ${SOCKET_URL};
}
`,
  'src/components/Chat.svelte': `<script context="module" lang="ts">
  export const prerender = false;
</script>

<script lang="ts">
  import { onMount } from 'svelte';

  let socket: WebSocket | undefined;
  onMount(() => {
    socket = new WebSocket(${SOCKET_URL});
  });
</script>

<p>{socket ? 'connected' : 'offline'}</p>
`,
  'src/pages/live.astro': `---
import Layout from '../layouts/Layout.astro';
const feed = await fetch(\`https://api.example.com/feed?api_key=\${import.meta.env.FEED_API_KEY}\`);
const items: { title: string }[] = await feed.json();
---
<Layout title="Live">
  <ul>{items.map((item) => <li>{item.title}</li>)}</ul>
  <script>
    const socket = new WebSocket(${SOCKET_URL});
  </script>
</Layout>
`,
  'src/components/SafeSetup.vue': `<template><p>safe</p></template>

<script setup lang="ts">
const socket = new WebSocket('wss://api.example.com/ws', ['bearer', localStorage.getItem('token') ?? '']);
</script>
`,
  'src/components/SafeChat.svelte': `<script>
  const socket = new WebSocket('wss://api.example.com/ws');
  socket.addEventListener('open', () => socket.send(JSON.stringify({ token: localStorage.getItem('token') })));
</script>

<p>chat</p>
`,
  'src/pages/safe.astro': `---
const feed = await fetch('https://api.example.com/feed', { headers: { Authorization: \`Bearer \${import.meta.env.FEED_API_KEY}\` } });
---
<script>
  const socket = new WebSocket('wss://api.example.com/ws');
</script>
`,
};

export interface ExpectedComponentFinding {
  readonly path: string;
  readonly line: number;
  /** 1-based, as the CLI and ESLint print it. */
  readonly column: number;
  readonly ruleId: string;
  /** The text the finding starts at, in the component file. */
  readonly at: string;
}

/** Every leak in COMPONENT_FILES a file alone shows: what both `urlleak code` and ESLint must report. */
export const EXPECTED_IN_FILE: readonly ExpectedComponentFinding[] = [
  { path: 'src/components/Chat.svelte', line: 10, column: 28, ruleId: 'ws-token-in-url', at: SOCKET_URL },
  { path: 'src/components/Options.vue', line: 10, column: 33, ruleId: 'ws-token-in-url', at: SOCKET_URL },
  { path: 'src/components/Realtime.vue', line: 8, column: 47, ruleId: 'ws-token-in-url', at: 'query: {' },
  { path: 'src/components/Setup.vue', line: 15, column: 30, ruleId: 'ws-token-in-url', at: SOCKET_URL },
  { path: 'src/pages/live.astro', line: 3, column: 26, ruleId: 'token-in-request-url', at: '`https://api.example.com/feed?' },
  { path: 'src/pages/live.astro', line: 9, column: 34, ruleId: 'ws-token-in-url', at: SOCKET_URL },
];

/** The leak only the CLI's whole program shows: the URL comes from the `.ts` helper the component imports. */
export const EXPECTED_ACROSS_FILES: readonly ExpectedComponentFinding[] = [
  { path: 'src/components/Feed.vue', line: 4, column: 28, ruleId: 'ws-token-in-url', at: 'feedSocketUrl()' },
];

/** A temporary folder holding COMPONENT_FILES; `remove` deletes it. */
export function writeComponents(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(COMPONENT_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
