import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

const MODULES = ['@microsoft/signalr', '@aspnet/signalr'];

/**
 * ASP.NET SignalR's JavaScript client (https://learn.microsoft.com/aspnet/core/signalr/javascript-client), imported or
 * as the `signalR` global its browser bundle (signalr.js) defines. The URL given to `withUrl` is requested as it is; the
 * `accessTokenFactory` token goes in an Authorization header for long polling and, because browsers cannot set headers
 * there, in `access_token=` for WebSockets and Server-Sent Events
 * (https://learn.microsoft.com/aspnet/core/signalr/authn-and-authz#bearer-token-authentication).
 */
export const signalr: LibraryModel = {
  name: 'SignalR',
  modules: [...MODULES, 'global'],
  urlSinks: [
    wsClientSink({
      id: 'signalr',
      api: 'SignalR HubConnectionBuilder.withUrl()',
      modules: [...MODULES, 'global'],
      // `**`: other builder calls may come first (`.configureLogging(…).withUrl(url)`).
      paths: ['HubConnectionBuilder().**.withUrl', 'signalR.HubConnectionBuilder().withUrl', 'signalR.HubConnectionBuilder().**.withUrl'],
      url: { arg: 0 },
      upgradesHttp: true,
      tokenOption: { prop: 'accessTokenFactory', parameter: 'access_token' },
      safeAlternative:
        'the browser client appends access_token to the URL for WebSockets and Server-Sent Events: keep those tokens short-lived (minutes), or use cookie auth with an Origin check',
    }),
  ],
};
