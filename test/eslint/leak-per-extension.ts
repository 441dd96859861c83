import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The code extensions `urlleak code` scans, one leaking file each. */
export const EXTENSIONS = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'mts', 'cts'] as const;
export type Extension = (typeof EXTENSIONS)[number];
export const TYPESCRIPT_EXTENSIONS: readonly Extension[] = ['ts', 'tsx', 'mts', 'cts'];

const URL = '`wss://chat.example.com/ws?token=${token}`';
const SOURCE = "const token = localStorage.getItem('token');";

/**
 * One leak per file, on line 2, in the syntax each extension allows: JSX in `.js`, `.jsx` and `.tsx` (React code
 * bases write JSX in `.js`), CommonJS in `.cjs`, a module elsewhere (files of one program must not share globals).
 */
const SINK_LINES: Record<Extension, string> = {
  js: `export const Chat = () => <button onClick={() => new WebSocket(${URL})}>Chat</button>;`,
  jsx: `export const Chat = () => <button onClick={() => new WebSocket(${URL})}>Chat</button>;`,
  tsx: `export const Chat = () => <button onClick={() => new WebSocket(${URL})}>Chat</button>;`,
  mjs: `export const socket = new WebSocket(${URL});`,
  cjs: `module.exports = new WebSocket(${URL});`,
  ts: `export const socket: WebSocket = new WebSocket(${URL});`,
  mts: `export const socket: WebSocket = new WebSocket(${URL});`,
  cts: `export const socket: WebSocket = new WebSocket(${URL});`,
};

export interface ExpectedFinding {
  readonly file: string;
  readonly line: number;
  /** 1-based, as ESLint and the CLI print it: where the URL that carries the token starts. */
  readonly column: number;
}

/** Distinct base names: TypeScript reads only one of `client.ts` and `client.tsx`. */
export function fileName(extension: Extension): string {
  return `${extension}-client.${extension}`;
}

export function expectedFinding(extension: Extension): ExpectedFinding {
  return { file: fileName(extension), line: 2, column: SINK_LINES[extension].indexOf(URL) + 1 };
}

/** A TypeScript project as `tsc --init` leaves it, with the DOM and JSX, for the type-checked preset. */
const TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'NodeNext', lib: ['ES2022', 'DOM'], jsx: 'react-jsx', strict: true, noEmit: true },
  include: ['src'],
};

/** A temporary folder holding `src/client.<ext>` for every extension and a tsconfig.json; `remove` deletes it. */
export function writeLeakPerExtension(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  for (const extension of EXTENSIONS) writeFileSync(join(dir, 'src', fileName(extension)), `${SOURCE}\n${SINK_LINES[extension]}\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
