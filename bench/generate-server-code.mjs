// Adds the server side to the code benchmark's generated program: Express-style routes with loggers and logging
// middleware, WebSocket servers and clients, query reads — the sinks and sources of the server rules (issue 4).
// Deterministic, like generate-program.mjs; every third server file plants one finding of each server rule.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One leaking server file plants: morgan('combined'), logger.info({ url }), req.query.token, a bare WebSocketServer, a ws:// client. */
const FINDINGS_PER_LEAKING_FILE = 5;
const MODULES_PER_SERVER_FILE = 4;
const isLeakingServer = (index) => index % 3 === 0;

function route(index, routeIndex, leaks) {
  const model = `Model${index * MODULES_PER_SERVER_FILE}`;
  return [
    `app.get('/items${routeIndex}/:id', (req, res) => {`,
    `  logger.info({ path: req.path, method: req.method }, 'get item ${routeIndex}');`,
    '  const page = Number(req.query.page ?? 1);',
    "  const auth = (req.headers.authorization ?? '').replace(/^Bearer /, '');",
    `  const model: ${model} | undefined = store.find((candidate) => candidate.id === Number(req.params.id))[0];`,
    `  if (!model) return res.sendStatus(404);`,
    ...(leaks && routeIndex === 0
      ? [
          '  logger.info({ url: req.originalUrl }, "raw url");',
          '  const token = String(req.query.token);',
          '  res.json({ token: token.length, page, auth: auth.length });',
        ]
      : [`  res.json({ label: format${index * MODULES_PER_SERVER_FILE}(model), page, auth: auth.length });`]),
    '});',
    '',
  ];
}

function serverFile(index) {
  const leaks = isLeakingServer(index);
  const moduleIndex = index * MODULES_PER_SERVER_FILE;
  return [
    "import express from 'express';",
    "import morgan from 'morgan';",
    "import pino from 'pino';",
    "import { WebSocketServer } from 'ws';",
    `import { format${moduleIndex}, type Model${moduleIndex}, Store${moduleIndex} } from './module${moduleIndex}';`,
    '',
    "const logger = pino({ level: 'info' });",
    'const app = express();',
    `const store = new Store${moduleIndex}('https://api.example.com', '');`,
    "const allowed = new Set(['https://app.example.com']);",
    '',
    leaks ? "app.use(morgan('combined'));" : "app.use(morgan(':method :status :response-time ms'));",
    '',
    ...Array.from({ length: 8 }, (_, routeIndex) => route(index, routeIndex, leaks)).flat(),
    leaks
      ? `export const wss = new WebSocketServer({ port: ${8000 + index} });`
      : `export const wss = new WebSocketServer({ port: ${8000 + index}, verifyClient: (info) => allowed.has(info.origin) });`,
    '',
    "wss.on('connection', (socket, request) => {",
    "  logger.info({ remote: request.socket.remoteAddress }, 'connected');",
    "  socket.on('message', (data) => socket.send(String(data).toUpperCase()));",
    '});',
    '',
    `export const feed = new WebSocket('${leaks ? 'ws' : 'wss'}://feed.example.com/items');`,
    '',
  ];
}

/** Stand-ins for the server libraries' types, so that tsc checks the server files without node_modules. */
const SERVER_VENDOR_TYPES = `declare module 'express' {
  export interface Request { url: string; originalUrl: string; path: string; method: string; params: Record<string, string>; query: Record<string, unknown>; headers: Record<string, string | undefined> }
  export interface Response { json(body: unknown): void; sendStatus(status: number): void }
  interface App { use(handler: unknown): void; get(path: string, handler: (req: Request, res: Response) => void): void }
  function express(): App;
  export default express;
}
declare module 'morgan' {
  function morgan(format: string): unknown;
  export default morgan;
}
declare module 'pino' {
  interface Logger { info(object: Record<string, unknown>, message?: string): void }
  function pino(options?: Record<string, unknown>): Logger;
  export default pino;
}
declare module 'ws' {
  interface Socket { on(event: 'message', listener: (data: unknown) => void): void; send(data: string): void }
  interface Upgrade { url: string; socket: { remoteAddress?: string }; headers: Record<string, string | undefined> }
  export class WebSocketServer {
    constructor(options: { port?: number; noServer?: boolean; verifyClient?: (info: { origin: string }) => boolean });
    on(event: 'connection', listener: (socket: Socket, request: Upgrade) => void): void;
  }
}
`;

/** Writes one server file per four modules of the program; returns what it added. */
export function addServerCode(dir, modules) {
  let lines = 0;
  let files = 0;
  let leaks = 0;
  for (let index = 0; index * MODULES_PER_SERVER_FILE < modules; index++) {
    const content = serverFile(index);
    lines += content.length;
    files += 1;
    if (isLeakingServer(index)) leaks += FINDINGS_PER_LEAKING_FILE;
    writeFileSync(join(dir, 'src', `server${index}.ts`), `${content.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'src', 'server-vendor.d.ts'), SERVER_VENDOR_TYPES);
  return { lines, files, leaks };
}
