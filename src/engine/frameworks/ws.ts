import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsClientSink, wsServerSink } from './rows.js';

/** ws (and isomorphic-ws): the Node WebSocket client, the WebSocketServer, and the upgrade request it hands over. */
export const ws: LibraryModel = {
  name: 'ws',
  modules: ['ws', 'isomorphic-ws'],
  urlSinks: [
    wsClientSink({
      id: 'node-ws',
      api: 'ws WebSocket',
      modules: ['ws', 'isomorphic-ws'],
      paths: ['', 'WebSocket'],
      url: { arg: 0 },
      safeAlternative: 'pass it in the headers option (new WebSocket(url, { headers: { Authorization } })) or in the first message',
    }),
  ],
  wsServerSinks: [
    wsServerSink({
      id: 'ws-server',
      api: 'ws WebSocketServer',
      check: 'ws-server',
      modules: ['ws', 'isomorphic-ws'],
      paths: ['WebSocketServer', 'Server', 'WebSocket.Server', 'default.Server'],
      safeAlternative: `${ALLOW_LIST} in verifyClient (allowed.has(info.origin)), or in the HTTP 'upgrade' handler before handleUpgrade (noServer: true)`,
    }),
  ],
  requestObjects: [
    {
      framework: 'ws',
      modules: ['ws'],
      types: [],
      // `socket.upgradeReq` (ws < 3) and `info.req` in verifyClient are the upgrade request.
      urlMembers: [],
      queryMembers: [],
      requestMembers: ['upgradeReq', 'req'],
      pathMember: 'split',
    },
  ],
};
