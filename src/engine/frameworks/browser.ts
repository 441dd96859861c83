import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, NAVIGATE_SAFELY, requestSink, wsClientSink } from './rows.js';

/**
 * The web platform's globals (browsers, and Node, Deno or Bun where they have them): WebSocket, EventSource, fetch,
 * XMLHttpRequest, navigation, the Web Request, web storage and the page's own URL. `console` is in loggers/console.ts.
 */
export const browser: LibraryModel = {
  name: 'Browser and web platform globals',
  modules: ['global'],
  urlSinks: [
    wsClientSink({
      id: 'dom-websocket',
      api: 'WebSocket',
      modules: ['global'],
      paths: ['WebSocket'],
      url: { arg: 0 },
      safeAlternative: "send the token in the first message, or as a Sec-WebSocket-Protocol entry (new WebSocket(url, ['bearer', token]))",
    }),
    wsClientSink({
      id: 'dom-eventsource',
      api: 'EventSource',
      modules: ['global'],
      paths: ['EventSource'],
      url: { arg: 0 },
      safeAlternative: 'use a cookie session (withCredentials) with an Origin check, or an EventSource polyfill with the headers option',
    }),
    requestSink({
      id: 'fetch',
      api: 'fetch()',
      modules: ['global'],
      paths: ['fetch', 'Request'],
      url: { arg: 0 },
      safeAlternative: AUTHORIZATION_HEADER,
    }),
    requestSink({
      id: 'xhr',
      api: 'XMLHttpRequest.open()',
      modules: ['global'],
      paths: ['XMLHttpRequest().open'],
      url: { arg: 1 },
      safeAlternative: `${AUTHORIZATION_HEADER} (xhr.setRequestHeader)`,
    }),
    requestSink({
      id: 'location-navigation',
      api: 'location.assign()/replace()',
      modules: ['global'],
      paths: ['location.assign', 'location.replace', 'document.location.assign', 'document.location.replace'],
      url: { arg: 0 },
      safeAlternative: NAVIGATE_SAFELY,
    }),
    requestSink({
      id: 'window-open',
      api: 'window.open()',
      modules: ['global'],
      paths: ['open'],
      url: { arg: 0 },
      safeAlternative: NAVIGATE_SAFELY,
    }),
    requestSink({
      id: 'navigation-assignment',
      api: 'location.href',
      modules: ['global'],
      paths: ['location', 'location.href', 'document.location', 'document.location.href'],
      assignment: 'url',
      safeAlternative: NAVIGATE_SAFELY,
    }),
    // The download-link idiom: `const a = document.createElement('a'); a.href = url; a.click()`. The anchor's (or a
    // link's) URL is requested as soon as it is clicked or loaded, with the page's navigation (HTML: the a element).
    requestSink({
      id: 'element-href',
      api: "document.createElement('a').href",
      modules: ['global'],
      paths: ['document.createElement().href'],
      assignment: 'url',
      safeAlternative: `${NAVIGATE_SAFELY}; for a download, fetch it with an Authorization header and save the blob`,
    }),
  ],
  requestObjects: [
    {
      framework: 'Web Request',
      modules: [],
      types: ['Request'],
      urlMembers: ['url', 'referrer'],
      queryMembers: [],
      requestMembers: [],
      pathMember: 'split',
    },
  ],
  pageUrlSources: [
    {
      modules: ['global'],
      paths: [
        'location.href',
        'location.search',
        'document.URL',
        'document.documentURI',
        'document.location.href',
        'document.location.search',
        'document.referrer',
      ],
    },
  ],
  callSources: [
    {
      description: 'web storage',
      modules: ['global'],
      paths: ['localStorage.getItem', 'sessionStorage.getItem'],
      keyArg: 0,
    },
  ],
  propertySources: [{ description: 'document.cookie', modules: ['global'], paths: ['document.cookie'] }],
};
