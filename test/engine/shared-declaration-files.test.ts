import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../../src/engine/analyze-code.js';
import { createProgram } from '../../src/engine/ast/create-program.js';
import { useTempProjects } from '../support/temp-project.js';

/**
 * Programs built in one process share the declaration files nobody edits during a scan (TypeScript's library, the
 * packages under node_modules), parsed and bound once, as TypeScript's language service shares them; a project's own
 * declaration files are read afresh, and a file parsed for another language version is another file.
 */
const project = useTempProjects('shared-declarations');

const LEAK = [
  "import type { Greeting } from './greeting';",
  'export const greeting: Greeting = { text: "hi" };',
  "const url = new URL('wss://api.example.com/live');",
  "url.searchParams.set('token', localStorage.getItem('session_jwt') ?? '');",
  'export const socket = new WebSocket(url);',
  '',
].join('\n');

function projectWithTarget(target: string): string {
  return project({
    'tsconfig.json': JSON.stringify({ compilerOptions: { target, lib: ['ES2022', 'DOM'], strict: true, noEmit: true } }),
    'src/greeting.d.ts': 'export interface Greeting { text: string }\n',
    'src/app.ts': LEAK,
  });
}

function programOf(directory: string) {
  const { program } = createProgram({ cwd: directory, files: [join(directory, 'src/app.ts')] });
  if (!program) throw new Error('no program');
  return program;
}

function libraryFile(program: ReturnType<typeof programOf>, name: string) {
  return program.getSourceFiles().find((file) => file.fileName.endsWith(`/${name}`));
}

describe('declaration files shared by the programs of one process', () => {
  it("reuses TypeScript's library files from one program in the next, and the second analysis finds what the first found", () => {
    const first = projectWithTarget('ES2022');
    const second = projectWithTarget('ES2022');
    const dom = libraryFile(programOf(first), 'lib.dom.d.ts');
    expect(dom).toBeDefined();
    expect(libraryFile(programOf(second), 'lib.dom.d.ts')).toBe(dom);

    const found = (directory: string) =>
      analyzeCode({ cwd: directory, files: [join(directory, 'src/app.ts')] }).findings.map(
        (finding) => `${finding.ruleId} ${finding.location.line}`,
      );
    expect(found(first)).toEqual(['ws-token-in-url 5']);
    expect(found(second)).toEqual(found(first));
  });

  it("reads a project's own declaration file afresh in every program", () => {
    const directory = projectWithTarget('ES2022');
    const ownFile = (program: ReturnType<typeof programOf>) => libraryFile(program, 'greeting.d.ts');
    const first = ownFile(programOf(directory));
    expect(first).toBeDefined();
    expect(ownFile(programOf(directory))).not.toBe(first);
  });

  it('parses a library file again for another language version', () => {
    const es2022 = libraryFile(programOf(projectWithTarget('ES2022')), 'lib.es5.d.ts');
    const es2017 = libraryFile(programOf(projectWithTarget('ES2017')), 'lib.es5.d.ts');
    expect(es2022).toBeDefined();
    expect(es2017).toBeDefined();
    expect(es2017).not.toBe(es2022);
    expect(es2017?.languageVersion).not.toBe(es2022?.languageVersion);
  });

  it('a package declaration file too deep to bind is an error of its own, the sources still analyzed; the next program binds it afresh and fails the same way', () => {
    const directory = project({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext' },
      }),
      'node_modules/deep/package.json': JSON.stringify({ name: 'deep', types: 'index.d.ts' }),
      'node_modules/deep/index.d.ts': `declare const token: any;\nexport declare const shallow: number;\ndeclare const x = token${'.a'.repeat(30_000)};\n`,
      'src/app.ts': `import { shallow } from 'deep';\nexport const depth = shallow;\n${LEAK.split('\n').slice(2).join('\n')}`,
    });
    const outcome = () => {
      const result = analyzeCode({ cwd: directory, files: [join(directory, 'src/app.ts')] });
      return {
        findings: result.findings.map((finding) => `${finding.ruleId} ${finding.location.line}`),
        errors: result.errors.map((error) => `${error.path.slice(directory.length)}: ${error.message}`),
      };
    };
    const first = outcome();
    expect(first.findings).toEqual(['ws-token-in-url 5']);
    expect(first.errors).toEqual([expect.stringMatching(/^\/node_modules\/deep\/index\.d\.ts: Could not be analyzed: too deeply nested/)]);
    expect(outcome()).toEqual(first);
  });
});
