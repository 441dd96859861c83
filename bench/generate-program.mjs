// Writes a deterministic, realistic TypeScript program (services, models, helpers, imports across files, HTTP and
// realtime clients, a few token leaks) for the code-engine benchmark. Nothing random: the same input every run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BLOCKS_PER_FILE = 6;
/** A leaking block puts the token into an axios URL, a WebSocket URL and a socket.io query. */
const LEAKS_PER_LEAKING_BLOCK = 3;
const isLeaking = (index, blockIndex) => (index + blockIndex) % 9 === 0;

function header(index) {
  const imports = index === 0 ? [] : [index - 1, Math.floor(index / 2)].filter((value, position, all) => all.indexOf(value) === position);
  return [
    ...imports.map((other) => `import { format${other}, type Model${other}, Store${other} } from './module${other}';`),
    `import { io } from 'socket.io-client';`,
    `import axios from 'axios';`,
    '',
    `export interface Model${index} {`,
    '  id: number;',
    '  name: string;',
    '  tags: string[];',
    '  nested: { value: number; label: string; flags: Record<string, boolean> };',
    ...imports.map((other) => `  link${other}?: Model${other};`),
    '}',
    '',
    `export function format${index}(model: Model${index}, width = 20): string {`,
    '  const label = model.name.padEnd(width, " ");',
    '  const tags = model.tags.map((tag) => tag.toUpperCase()).join(", ");',
    '  return `${label} [${tags}] ${model.nested.label}=${model.nested.value.toFixed(2)}`;',
    '}',
    '',
  ];
}

function block(index, blockIndex) {
  const name = `Store${index}${blockIndex === 0 ? '' : `_${blockIndex}`}`;
  const leaks = isLeaking(index, blockIndex);
  return [
    `export class ${name} {`,
    `  private readonly items = new Map<number, Model${index}>();`,
    '  private listeners: Array<(model: Model' + index + ') => void> = [];',
    '',
    '  constructor(private readonly baseUrl: string, private readonly accessToken: string) {}',
    '',
    `  add(model: Model${index}): void {`,
    '    this.items.set(model.id, model);',
    '    for (const listener of this.listeners) listener(model);',
    '  }',
    '',
    `  find(predicate: (model: Model${index}) => boolean): Model${index}[] {`,
    '    const found: Model' + index + '[] = [];',
    '    for (const model of this.items.values()) {',
    '      if (predicate(model)) found.push(model);',
    '    }',
    '    return found.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);',
    '  }',
    '',
    `  summary(): { count: number; labels: string[]; total: number } {`,
    '    const models = [...this.items.values()];',
    '    const total = models.reduce((sum, model) => sum + model.nested.value, 0);',
    `    return { count: models.length, labels: models.map((model) => format${index}(model)), total };`,
    '  }',
    '',
    `  async load(id: number): Promise<Model${index} | undefined> {`,
    '    const response = await fetch(`${this.baseUrl}/items/${id}?include=nested`, {',
    '      headers: { Authorization: `Bearer ${this.accessToken}` },',
    '    });',
    '    if (!response.ok) return undefined;',
    `    const model = (await response.json()) as Model${index};`,
    '    this.add(model);',
    '    return model;',
    '  }',
    '',
    '  async search(query: string, page: number): Promise<unknown> {',
    '    const params = new URLSearchParams({ q: query, page: String(page) });',
    leaks ? '    params.set("access_token", this.accessToken);' : '    params.set("sort", "name");',
    '    const response = await axios.get(`${this.baseUrl}/search?${params}`);',
    '    return response.data;',
    '  }',
    '',
    '  subscribe(room: string): () => void {',
    leaks
      ? '    const socket = new WebSocket(`wss://rt.example.com/rooms/${room}?token=${this.accessToken}`);'
      : '    const socket = new WebSocket(`wss://rt.example.com/rooms/${encodeURIComponent(room)}`, ["bearer", this.accessToken]);',
    '    const onMessage = (event: MessageEvent) => {',
    `      const model = JSON.parse(String(event.data)) as Model${index};`,
    '      this.add(model);',
    '    };',
    '    socket.addEventListener("message", onMessage);',
    '    return () => socket.close();',
    '  }',
    '',
    '  chat(userId: string) {',
    `    return io(this.baseUrl, { ${leaks ? 'query' : 'auth'}: { token: this.accessToken }, transports: ["websocket"], path: \`/chat/\${userId}\` });`,
    '  }',
    '}',
    '',
    `export function rank${index}_${blockIndex}(models: readonly Model${index}[], weights: Record<string, number>): Array<{ id: number; score: number }> {`,
    '  return models',
    '    .map((model) => ({',
    '      id: model.id,',
    '      score: model.tags.reduce((score, tag) => score + (weights[tag] ?? 0), model.nested.value),',
    '    }))',
    '    .filter((entry) => Number.isFinite(entry.score))',
    '    .sort((a, b) => b.score - a.score);',
    '}',
    '',
    `export function describe${index}_${blockIndex}(model: Model${index}): string {`,
    '  switch (model.tags.length) {',
    '    case 0:',
    '      return `${model.name} (untagged)`;',
    '    case 1:',
    '      return `${model.name} (${model.tags[0]})`;',
    '    default:',
    '      return `${model.name} (${model.tags.length} tags)`;',
    '  }',
    '}',
    '',
  ];
}

/** Stand-ins for the client libraries' types, so that tsc checks the program without node_modules. */
const VENDOR_TYPES = `declare module 'socket.io-client' {
  export interface Socket { close(): void; emit(event: string, ...args: unknown[]): void }
  export function io(url: string, options?: Record<string, unknown>): Socket;
}
declare module 'axios' {
  interface Response<T = unknown> { data: T; status: number }
  const axios: { get<T = unknown>(url: string, config?: Record<string, unknown>): Promise<Response<T>> };
  export default axios;
}
`;

/** Writes the program; returns its directory and line count. */
export function generateProgram(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  let lines = 0;
  let leaks = 0;
  for (let index = 0; index < files; index++) {
    const content = [...header(index), ...Array.from({ length: BLOCKS_PER_FILE }, (_, blockIndex) => block(index, blockIndex)).flat()];
    lines += content.length;
    leaks +=
      LEAKS_PER_LEAKING_BLOCK *
      Array.from({ length: BLOCKS_PER_FILE }, (_, blockIndex) => isLeaking(index, blockIndex)).filter(Boolean).length;
    writeFileSync(join(dir, 'src', `module${index}.ts`), `${content.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'src', 'vendor.d.ts'), VENDOR_TYPES);
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ['src'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return { dir, lines, files, leaks };
}
