import type { LibraryModel } from './model.js';
import { wsClientSink } from './rows.js';

/** Supabase Realtime's client. */
export const supabase: LibraryModel = {
  name: 'Supabase Realtime',
  modules: ['@supabase/realtime-js'],
  urlSinks: [
    wsClientSink({
      id: 'supabase-realtime',
      api: 'Supabase RealtimeClient',
      modules: ['@supabase/realtime-js'],
      paths: ['RealtimeClient'],
      url: { arg: 0 },
      queryOptions: [{ prop: 'params' }],
      safeAlternative: "keep only the public anon key in params and send the user's JWT with setAuth()",
    }),
  ],
};
