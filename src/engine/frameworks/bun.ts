import type { LibraryModel, SinkRow } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

const bunServe = (id: string, modules: readonly string[], paths: readonly string[]): SinkRow =>
  wsServerSink({
    id,
    api: 'Bun.serve()',
    check: 'bun-serve',
    modules,
    paths,
    safeAlternative: `${ALLOW_LIST} in fetch (req.headers.get('origin')) before server.upgrade(req)`,
  });

/** Bun's server: `Bun.serve({ fetch(req, server) { server.upgrade(req) }, websocket })` (https://bun.sh/docs/api/websockets). */
export const bun: LibraryModel = {
  name: 'Bun',
  modules: ['global', 'bun'],
  wsServerSinks: [bunServe('bun-serve', ['global'], ['Bun.serve']), bunServe('bun-serve-imported', ['bun'], ['serve', 'default.serve'])],
};
