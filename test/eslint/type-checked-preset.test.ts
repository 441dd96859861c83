import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearCaches } from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import urlleak from '../../rules/index.js';
import { EXTENSIONS, expectedFinding, TYPESCRIPT_EXTENSIONS, writeLeakPerExtension, type Extension } from './leak-per-extension.js';

/**
 * The leak in every extension, plus: a flow across files only the checker follows (it sees that `c` is the access
 * token), a floating promise typescript-eslint's typed rule reports only with type information, and a root config
 * file outside the tsconfig, which the user's allowDefaultProject must let in past our preset.
 */
function writeFixture(prefix: string): { dir: string; remove: () => void } {
  const written = writeLeakPerExtension(prefix);
  writeFileSync(
    join(written.dir, 'src', 'session-store.ts'),
    "export function currentCredentials(): string {\n  return localStorage.getItem('access_token') ?? '';\n}\n",
  );
  writeFileSync(
    join(written.dir, 'src', 'across-files.ts'),
    "import { currentCredentials } from './session-store.js';\nconst c = currentCredentials();\nexport const socket = new WebSocket(`wss://chat.example.com/ws?c=${c}`);\n",
  );
  writeFileSync(join(written.dir, 'src', 'floating.ts'), 'export async function save(): Promise<void> {}\nsave();\n');
  writeFileSync(join(written.dir, 'vite.config.ts'), 'export default { server: { port: 5173 } };\n');
  return written;
}

const fixture = writeFixture('urlleak-type-checked-');
afterAll(() => fixture.remove());
// typescript-eslint keeps one project service per process, made with the options of the first file it parses: each
// test starts as a fresh `eslint` run would.
beforeEach(() => clearCaches());

const typed = [urlleak.configs['recommended-type-checked']] as Linter.Config[];
const untyped = [urlleak.configs.recommended] as Linter.Config[];

/**
 * How typescript-eslint's docs turn on its typed rules: its configs, the user's parserOptions (a root config file
 * outside the tsconfig allowed in), and no type information for JavaScript files the tsconfig does not hold.
 */
const userTypeChecked: Linter.Config[] = [
  ...(tseslint.configs.recommendedTypeChecked as Linter.Config[]),
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vite.config.ts'] }, tsconfigRootDir: fixture.dir },
    },
  },
  { files: [tseslint.globs.js], ...(tseslint.configs.disableTypeChecked as Linter.Config) },
];

interface Reported {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
}

async function lintFolder(
  config: Linter.Config[],
  patterns = ['.'],
  dir = fixture.dir,
): Promise<{ reported: Reported[]; parserForTs: unknown }> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(patterns);
  const reported = results.flatMap((result) =>
    result.messages.map((message) => ({
      file: result.filePath.slice(dir.length + 1).replace('src/', ''),
      line: message.line,
      ruleId: message.ruleId ?? `fatal: ${message.message}`,
    })),
  );
  const parserForTs = ((await eslint.calculateConfigForFile('src/ts-client.ts')) as Linter.Config).languageOptions?.parser;
  return { reported, parserForTs };
}

function leaksOf(reported: readonly Reported[]): string[] {
  return reported
    .filter((entry) => entry.ruleId.startsWith('urlleak/'))
    .map((entry) => `${entry.file}:${entry.line}`)
    .sort();
}

const leakAt = (extension: Extension) => `${expectedFinding(extension).file}:2`;
const TYPESCRIPT_LEAKS = [...TYPESCRIPT_EXTENSIONS.map(leakAt), 'across-files.ts:3'].sort();
const EVERY_LEAK = [...EXTENSIONS.map(leakAt), 'across-files.ts:3'].sort();

describe('urlleak.configs["recommended-type-checked"]', () => {
  it('alone: sets up typescript-eslint’s parser and project service itself, and follows the import', async () => {
    // The preset claims TypeScript files only; vite.config.ts lies outside the tsconfig, an error under typed linting.
    const { reported, parserForTs } = await lintFolder(typed, [`src/${tseslint.globs.ts}`]);
    expect(reported.filter((entry) => entry.ruleId.startsWith('fatal'))).toEqual([]);
    expect(parserForTs).toBe(tseslint.parser);
    expect(leaksOf(reported)).toEqual(TYPESCRIPT_LEAKS);
  });

  it('after `recommended`: JavaScript without type information, TypeScript with it', async () => {
    const { reported } = await lintFolder([...untyped, ...typed], ['src']);
    expect(reported.filter((entry) => entry.ruleId.startsWith('fatal'))).toEqual([]);
    expect(leaksOf(reported)).toEqual(EVERY_LEAK);
  });

  it.each([
    ['typescript-eslint’s recommendedTypeChecked first', [...userTypeChecked, ...typed]],
    ['urlleak’s preset first', [...typed, ...userTypeChecked]],
  ])('%s: one parser object, the user’s program, their typed rules and ours all run', async (_order, config) => {
    const { reported, parserForTs } = await lintFolder(config);
    expect(reported.filter((entry) => entry.ruleId.startsWith('fatal'))).toEqual([]);
    expect(parserForTs).toBe(tseslint.parser);
    expect(leaksOf(reported)).toEqual(TYPESCRIPT_LEAKS);
    expect(reported).toContainEqual({ file: 'floating.ts', line: 2, ruleId: '@typescript-eslint/no-floating-promises' });
  });

  it('a user on the older parserOptions.project keeps it with one line after the preset', async () => {
    // Files of their own: under CI=true typescript-eslint infers a single run, and a file parsed a second time in one
    // process under `project` gets a program of its own file only (a fix pass, it assumes), which the earlier tests
    // here would cause. A fresh `eslint` run parses each file once.
    const own = writeFixture('urlleak-type-checked-project-');
    const userProject: Linter.Config[] = [
      ...(tseslint.configs.recommendedTypeChecked as Linter.Config[]),
      { languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: own.dir } } },
      { files: [tseslint.globs.js], ...(tseslint.configs.disableTypeChecked as Linter.Config) },
    ];
    const keepProject = { languageOptions: { parserOptions: { projectService: false } } };
    const { reported } = await lintFolder([...userProject, ...typed, keepProject], ['src'], own.dir).finally(own.remove);
    expect(reported.filter((entry) => entry.ruleId.startsWith('fatal'))).toEqual([]);
    expect(leaksOf(reported)).toEqual(TYPESCRIPT_LEAKS);
    expect(reported).toContainEqual({ file: 'floating.ts', line: 2, ruleId: '@typescript-eslint/no-floating-promises' });
  });
});

describe('urlleak.configs.recommended beside typescript-eslint’s typed configs', () => {
  it('uses the user’s program: the flow across files is found without the type-checked preset', async () => {
    const { reported } = await lintFolder([...userTypeChecked, ...untyped]);
    expect(reported.filter((entry) => entry.ruleId.startsWith('fatal'))).toEqual([]);
    expect(leaksOf(reported)).toEqual(EVERY_LEAK);
  });
});
