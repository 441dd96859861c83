import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** MQTT.js: `mqtt.connect(url, options)` over `ws://`/`wss://` (or `mqtt://`), with its `username`/`password` options. */
export const mqtt: LibraryModel = {
  name: 'MQTT.js',
  modules: ['mqtt'],
  urlSinks: [
    wsClientSink({
      id: 'mqtt',
      api: 'MQTT.js connect()',
      modules: ['mqtt'],
      paths: ['connect', 'connectAsync', 'default.connect', 'default.connectAsync'],
      url: { arg: 0 },
      safeAlternative: 'pass it as the password option (sent in the MQTT CONNECT packet)',
    }),
  ],
};
