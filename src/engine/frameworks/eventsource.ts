import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

const MODULES = [
  'eventsource',
  'event-source-polyfill',
  'extended-eventsource',
  'eventsource-client',
  '@microsoft/fetch-event-source',
  // React Native has no EventSource: apps take one of these (https://github.com/binaryminds/react-native-sse).
  'react-native-sse',
  'react-native-event-source',
  // sse.js's `new SSE(url, { headers })` (https://github.com/mpetazzoni/sse.js).
  'sse.js',
];

/** EventSource polyfills and clients (the global EventSource is in browser.ts). */
export const eventSource: LibraryModel = {
  name: 'EventSource polyfills',
  modules: MODULES,
  urlSinks: [
    wsClientSink({
      id: 'eventsource-polyfill',
      api: 'EventSource polyfill',
      modules: MODULES,
      paths: ['', 'default', 'EventSource', 'EventSourcePolyfill', 'NativeEventSource', 'createEventSource', 'fetchEventSource', 'SSE'],
      url: { arg: 0 },
      safeAlternative: 'pass it in the headers option ({ headers: { Authorization } })',
    }),
  ],
};
