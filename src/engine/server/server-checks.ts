import type { SinkExpression, SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import type { ServerCheckId } from '../tables/server-sinks.js';
import type { SinkRow } from '../tables/sinks.js';
import { checkInsecureScheme } from './check-insecure-scheme.js';
import { checkLoggedArguments } from './check-logged-arguments.js';
import {
  checkExpressWinston,
  checkFastifyLogger,
  checkKoaLogger,
  checkLog4jsConnect,
  checkNestjsPino,
  checkPinoOptions,
} from './check-logging-options.js';
import { checkMorgan } from './check-morgan.js';
import {
  checkBunServe,
  checkExpressWs,
  checkExpressWsRoute,
  checkFastifyWebsocketRoute,
  checkPrimus,
  checkSocketIoServer,
  checkUpgradeCall,
  checkUwsApp,
  checkElysiaWs,
  checkWsServer,
} from './check-ws-server.js';

export type ServerCheck = (call: SinkExpression, row: SinkRow, context: AnalysisContext) => SinkHit[];

/** The judge behind each server row's `check` (tables/server-sinks.ts). */
export const serverChecks: Readonly<Record<ServerCheckId, ServerCheck>> = {
  'logged-arguments': checkLoggedArguments,
  'insecure-scheme': checkInsecureScheme,
  morgan: checkMorgan,
  'pino-options': checkPinoOptions,
  'nestjs-pino': checkNestjsPino,
  'fastify-logger': checkFastifyLogger,
  'express-winston': checkExpressWinston,
  'koa-logger': checkKoaLogger,
  'log4js-connect': checkLog4jsConnect,
  'ws-server': checkWsServer,
  'socket-io-server': checkSocketIoServer,
  'express-ws': checkExpressWs,
  'express-ws-route': checkExpressWsRoute,
  'fastify-websocket': checkFastifyWebsocketRoute,
  'uws-app': checkUwsApp,
  'elysia-ws': checkElysiaWs,
  'upgrade-call': checkUpgradeCall,
  'bun-serve': checkBunServe,
  primus: checkPrimus,
};
