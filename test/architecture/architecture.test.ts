import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The shape of the house, checked: runtime imports form no cycle but the evaluator's mutual recursion, no module
 * imports a layer above its own, every repository path a comment or a doc names exists, and one spelling is used.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(directory: string, extension: RegExp): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(root, directory))) {
    const path = join(directory, name);
    if (statSync(join(root, path)).isDirectory()) found.push(...filesUnder(path, extension));
    else if (extension.test(name)) found.push(path);
  }
  return found;
}

const sources = [...filesUnder('src', /\.ts$/), ...filesUnder('rules', /\.ts$/)];

/** What people read: the README, the docs, the folder READMEs and the sources. */
const documents = () => ['README.md', ...filesUnder('docs', /\.md$/), ...filesUnder('src', /\.md$/), ...sources];

/** Static imports that run code when the module loads (`import type`/`export type` load nothing; `import()` is lazy). */
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm;

function runtimeImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(RUNTIME_IMPORT)].map((match) =>
    relative(root, resolve(dirname(join(root, file)), match[1] ?? '')).replace(/\.js$/, '.ts'),
  );
}

const graph = new Map(sources.map((file) => [file, runtimeImports(file)]));

/** Strongly connected components of more than one module (Tarjan). */
function cycles(): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, order.size);
    low.set(node, order.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, order.get(next) ?? 0));
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

/**
 * The one cycle allowed: evaluating a value evaluates its parts (calls, declarations, properties, summaries, and a Vue
 * component's `this` members, which are its computed properties' and methods' summaries).
 */
const EVALUATOR = [
  'evaluate-call',
  'evaluate-declaration',
  'evaluate-property',
  'evaluate-request',
  'evaluate',
  'summaries',
  'vue-options-this',
].map((name) => `src/engine/evaluate/${name}.ts`);

/** Where a folder's modules may not import from, at run time: the layers below never reach up. */
const FORBIDDEN: readonly { readonly from: string; readonly to: readonly string[] }[] = [
  {
    from: 'src/secrets/',
    to: [
      'src/catalog/',
      'src/findings/',
      'src/logs/',
      'src/engine/',
      'src/server-config/',
      'src/report/',
      'src/files/',
      'src/config/',
      'src/cli/',
    ],
  },
  { from: 'src/catalog/', to: ['src/logs/', 'src/engine/', 'src/server-config/', 'src/report/', 'src/files/', 'src/config/', 'src/cli/'] },
  { from: 'src/findings/', to: ['src/logs/', 'src/engine/', 'src/server-config/', 'src/report/', 'src/files/', 'src/config/', 'src/cli/'] },
  { from: 'src/engine/', to: ['src/cli/', 'src/logs/', 'src/files/', 'rules/'] },
  {
    from: 'src/engine/ast/',
    to: [
      'src/engine/candidates/',
      'src/engine/resolve/',
      'src/engine/evaluate/',
      'src/engine/judge/',
      'src/engine/findings/',
      'src/engine/server/',
    ],
  },
  {
    from: 'src/engine/tables/',
    to: [
      'src/engine/ast/',
      'src/engine/candidates/',
      'src/engine/resolve/',
      'src/engine/evaluate/',
      'src/engine/judge/',
      'src/engine/server/',
    ],
  },
  {
    // The models the role tables in tables/ are assembled from: knowledge, below tables/ and the whole pipeline.
    from: 'src/engine/frameworks/',
    to: [
      'src/engine/tables/',
      'src/engine/ast/',
      'src/engine/candidates/',
      'src/engine/resolve/',
      'src/engine/evaluate/',
      'src/engine/judge/',
      'src/engine/server/',
    ],
  },
  { from: 'src/logs/', to: ['src/cli/', 'src/engine/', 'src/server-config/', 'src/report/', 'rules/'] },
  // The third engine, beside code and logs: it shares the knowledge below them, never their pipelines.
  { from: 'src/server-config/', to: ['src/cli/', 'src/engine/', 'src/logs/', 'src/report/', 'rules/'] },
  { from: 'src/logs/detect/', to: ['src/logs/io/', 'src/logs/parallel/', 'src/logs/findings/'] },
  { from: 'src/report/', to: ['src/cli/', 'src/engine/', 'rules/'] },
  { from: 'rules/', to: ['src/cli/', 'src/logs/', 'src/files/'] },
];

describe('imports', () => {
  it('form no cycle but the evaluator’s mutual recursion', () => {
    expect(cycles()).toEqual([EVALUATOR.sort()]);
  });

  it('never reach up a layer', () => {
    const violations = [...graph].flatMap(([file, imports]) =>
      FORBIDDEN.filter((rule) => file.startsWith(rule.from)).flatMap((rule) =>
        imports.filter((target) => rule.to.some((layer) => target.startsWith(layer))).map((target) => `${file} -> ${target}`),
      ),
    );
    expect(violations).toEqual([]);
  });

  it('are read by this test (it sees a known import)', () => {
    expect(graph.get('src/engine/judge/check-sink.ts')).toContain('src/engine/judge/sink-hit.ts');
  });
});

describe('paths named in comments and docs', () => {
  /** A repository path: a top folder, then a name with an extension. Test data (`src/a.ts` in a sample) is not read. */
  const PATH = /(?<![\w/.-])((?:src|test|bench|docs|rules|scripts|fixtures)\/[\w./-]*[\w-]\.(?:ts|md|wat|mjs|json))\b/g;
  it('all exist', () => {
    const missing = documents().flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => [...line.matchAll(PATH)].map((match) => ({ where: `${file}:${index + 1}`, path: match[1] ?? '' })))
        .filter(({ path }) => !existsSync(join(root, path)))
        .map(({ where, path }) => `${where} names ${path}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('one spelling', () => {
  /**
   * British forms of words the codebase spells the American way (`normalize`, `analyze`, `color`, `labeled`); HTML's
   * `aria-labelledby` is a name, not a spelling, and French `réinitialiser` (written `reinitialiser` in the routes of
   * French apps) is French.
   */
  const BRITISH =
    /\b\w*(?:normalis|sanitis|serialis|recognis|summaris|memois|(?<!r[eé])initialis|organis|optimis|colour|behaviour|honour|labelled(?!by)|analys(?:e|ed|ing)\b)\w*/gi;
  const written = [...documents(), ...filesUnder('test', /\.ts$/), ...filesUnder('bench', /\.(?:ts|mjs)$/)].filter(
    (file) => !file.startsWith('bench/.work') && file !== 'test/architecture/architecture.test.ts',
  );

  it('American English throughout code, tests and docs (corpus data and fixtures are written as found)', () => {
    const british = written.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => [...line.matchAll(BRITISH)].map((match) => `${file}:${index + 1} ${match[0]}`)),
    );
    expect(british).toEqual([]);
  });
});

describe('tests share their workers', () => {
  /**
   * vitest.config.ts runs each worker's test files in one module graph (`isolate: false`) and restores spies, stubbed
   * globals and environment variables after each test (`restoreMocks`, `unstubGlobals`, `unstubEnvs`). What it cannot
   * undo would change the files that run after: a hoisted `vi.mock` of a whole file, a `vi.doMock` without its
   * `vi.doUnmock`, a new working directory, an environment variable written directly.
   */
  const UNDONE_BY_NOBODY = /\bvi\.mock\(|\bprocess\.chdir\(|\bprocess\.env(?:\.\w+|\[[^\]]+\])\s*=(?!=)/g;

  it('no test file changes what the vitest configuration cannot restore', () => {
    const texts = filesUnder('test', /\.ts$/)
      .filter((file) => file !== 'test/architecture/architecture.test.ts')
      .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
    const changes = texts.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, index) => [...line.matchAll(UNDONE_BY_NOBODY)].map((match) => `${file}:${index + 1} ${match[0]}`)),
    );
    const unpaired = texts
      .filter(({ text }) => (text.match(/\bvi\.doMock\(/g) ?? []).length > (text.match(/\bvi\.doUnmock\(/g) ?? []).length)
      .map(({ file }) => `${file}: vi.doMock without vi.doUnmock`);
    expect([...changes, ...unpaired]).toEqual([]);
  });
});
