import { ably } from './ably.js';
import { actionCable } from './actioncable.js';
import { angularHttp } from './angular-http.js';
import { anyCable } from './anycable.js';
import { apollo } from './apollo.js';
import { astro } from './astro.js';
import { asyncStorage } from './async-storage.js';
import { awsLambda } from './aws-lambda.js';
import { axios } from './axios.js';
import { browser } from './browser.js';
import { bun } from './bun.js';
import { cloudflareWorkers } from './cloudflare-workers.js';
import { deno } from './deno.js';
import { centrifuge } from './centrifuge.js';
import { eventSource } from './eventsource.js';
import { express } from './express.js';
import { expressWs } from './express-ws.js';
import { fastifyWebsocket } from './fastify-websocket.js';
import { vueNativeWebsocket } from './vue-native-websocket.js';
import { vueSocketIo } from './vue-socket-io.js';
import { fastify } from './fastify.js';
import { got } from './got.js';
import { graphqlWs } from './graphql-ws.js';
import { hapi } from './hapi.js';
import { h3 } from './h3.js';
import { hono } from './hono.js';
import { jose } from './jose.js';
import { jquery } from './jquery.js';
import { jsCookie } from './js-cookie.js';
import { jsonwebtoken } from './jsonwebtoken.js';
import { jwtSimple } from './jwt-simple.js';
import { koa } from './koa.js';
import { ky } from './ky.js';
import { ofetch } from './ofetch.js';
import { bunyan } from './loggers/bunyan.js';
import { consola } from './loggers/consola.js';
import { consoleLogger } from './loggers/console.js';
import { debug } from './loggers/debug.js';
import { fancyLog } from './loggers/fancy-log.js';
import { koaLogger } from './loggers/koa-logger.js';
import { log4js } from './loggers/log4js.js';
import { loglevel } from './loggers/loglevel.js';
import { morgan } from './loggers/morgan.js';
import { mqtt } from './mqtt.js';
import { namedLogger } from './loggers/named-logger.js';
import { namedHttpClient } from './named-http-client.js';
import { swr } from './swr.js';
import { npmlog } from './loggers/npmlog.js';
import { pino } from './loggers/pino.js';
import { sentry } from './loggers/sentry.js';
import { signale } from './loggers/signale.js';
import { tslog } from './loggers/tslog.js';
import { winston } from './loggers/winston.js';
import type { LibraryModel } from './model.js';
import { nestjs } from './nestjs.js';
import { nestjsAxios } from './nestjs-axios.js';
import { next } from './next.js';
import { nodeFetch } from './node-fetch.js';
import { nodeHttp } from './node-http.js';
import { partysocket } from './partysocket.js';
import { passport } from './passport.js';
import { passportJwt } from './passport-jwt.js';
import { passportHttpBearer } from './passport-http-bearer.js';
import { primus } from './primus.js';
import { hapiAuthBearerToken } from './hapi-auth-bearer-token.js';
import { socketioJwt } from './socketio-jwt.js';
import { socketioJwtAuth } from './socketio-jwt-auth.js';
import { sveltekit } from './sveltekit.js';
import { elysia } from './elysia.js';
import { elysiaBearer } from './elysia-bearer.js';
import { phoenix } from './phoenix.js';
import { qs } from './qs.js';
import { lodash } from './lodash.js';
import { requestLibrary } from './request.js';
import { reconnectingWebSocket } from './reconnecting-websocket.js';
import { rxjs } from './rxjs.js';
import { serverRedirect } from './server-redirect.js';
import { signalr } from './signalr.js';
import { socketIo } from './socket-io.js';
import { sockjs } from './sockjs.js';
import { stomp } from './stomp.js';
import { subscriptionsTransportWs } from './subscriptions-transport-ws.js';
import { supabase } from './supabase.js';
import { superagent } from './superagent.js';
import { uWebSockets } from './uwebsockets.js';
import { vue } from './vue.js';
import { vueuse } from './vueuse.js';
import { reactUseWebsocket } from './react-use-websocket.js';
import { routers } from './routers.js';
import { websocketNode } from './websocket-node.js';
import { ws } from './ws.js';

/**
 * Every framework and library the engine knows, one model per file (README.md in this folder). The role tables in
 * tables/ concatenate the models' rows in this order. Two of them are first-match-wins, so keep these relative orders:
 * requestObjects (the first imported framework gives the log-raw-url suggestion: Express, Koa, Hapi, Hono) and
 * cookieAuthModules (the first imported module is named in ws-missing-origin-check: Express's, Koa's, Fastify's, Next.js's). No other order shows: the only sink rows that match the same call are a WebSocket client's row and its
 * ws-insecure-scheme copy, which tables/sinks.ts puts after every URL row.
 */
export const frameworks: readonly LibraryModel[] = [
  // Servers: Node's own HTTP and the server frameworks.
  nodeHttp,
  express,
  koa,
  fastify,
  hapi,
  next,
  nestjs,
  hono,
  h3,
  awsLambda,
  passport,
  passportJwt,
  passportHttpBearer,
  hapiAuthBearerToken,
  socketioJwt,
  socketioJwtAuth,
  sveltekit,
  astro,
  elysia,
  elysiaBearer,
  // WebSocket servers (with their clients where the package has both).
  ws,
  socketIo,
  expressWs,
  fastifyWebsocket,
  primus,
  uWebSockets,
  deno,
  bun,
  cloudflareWorkers,
  // The web platform's globals.
  browser,
  // Realtime clients.
  reconnectingWebSocket,
  eventSource,
  sockjs,
  phoenix,
  supabase,
  actionCable,
  anyCable,
  signalr,
  graphqlWs,
  subscriptionsTransportWs,
  apollo,
  stomp,
  centrifuge,
  ably,
  partysocket,
  rxjs,
  mqtt,
  websocketNode,
  vue,
  vueuse,
  reactUseWebsocket,
  vueSocketIo,
  vueNativeWebsocket,
  // HTTP clients, and redirects.
  nodeFetch,
  axios,
  angularHttp,
  nestjsAxios,
  got,
  ky,
  ofetch,
  superagent,
  jquery,
  requestLibrary,
  namedHttpClient,
  swr,
  serverRedirect,
  routers,
  // Loggers, error reporters and request-logging middleware.
  consoleLogger,
  morgan,
  pino,
  winston,
  bunyan,
  log4js,
  loglevel,
  npmlog,
  fancyLog,
  debug,
  consola,
  signale,
  tslog,
  sentry,
  koaLogger,
  namedLogger,
  // Tokens, query strings, property paths, client-side storage.
  jsonwebtoken,
  jwtSimple,
  jose,
  qs,
  lodash,
  asyncStorage,
  jsCookie,
];

export type { LibraryModel } from './model.js';
