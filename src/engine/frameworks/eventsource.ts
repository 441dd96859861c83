import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

const MODULES = ['eventsource', 'event-source-polyfill', 'extended-eventsource', 'eventsource-client', '@microsoft/fetch-event-source'];

/** EventSource polyfills and clients (the global EventSource is in browser.ts). */
export const eventSource: LibraryModel = {
  name: 'EventSource polyfills',
  modules: MODULES,
  urlSinks: [
    wsClientSink({
      id: 'eventsource-polyfill',
      api: 'EventSource polyfill',
      modules: MODULES,
      paths: ['', 'EventSource', 'EventSourcePolyfill', 'NativeEventSource', 'createEventSource', 'fetchEventSource'],
      url: { arg: 0 },
      safeAlternative: 'pass it in the headers option ({ headers: { Authorization } })',
    }),
  ],
};
