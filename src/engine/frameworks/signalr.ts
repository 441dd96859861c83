import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** ASP.NET SignalR's JavaScript client. */
export const signalr: LibraryModel = {
  name: 'SignalR',
  modules: ['@microsoft/signalr', '@aspnet/signalr'],
  urlSinks: [
    wsClientSink({
      id: 'signalr',
      api: 'SignalR HubConnectionBuilder.withUrl()',
      modules: ['@microsoft/signalr', '@aspnet/signalr'],
      paths: ['HubConnectionBuilder().**.withUrl'],
      url: { arg: 0 },
      tokenOption: { prop: 'accessTokenFactory', parameter: 'access_token' },
      safeAlternative:
        'the browser client appends access_token to the URL for WebSockets and Server-Sent Events: keep those tokens short-lived (minutes), or use cookie auth with an Origin check',
    }),
  ],
};
