import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, requestSink } from './rows.js';

/**
 * SWR: a string key is the URL the fetcher requests (`useSWR('/api/sounds?token=' + t)`, with the fetcher passed or
 * set app-wide by `SWRConfig`), so the key is a request URL (https://swr.vercel.app/docs/arguments). An array key
 * (`useSWR([url, token], fetcher)`) hands the token to the fetcher apart, and is not read as a URL.
 */
export const swr: LibraryModel = {
  name: 'SWR',
  modules: ['swr', 'swr/immutable'],
  urlSinks: [
    requestSink({
      id: 'swr',
      api: 'useSWR',
      modules: ['swr', 'swr/immutable'],
      paths: ['', 'useSWR', 'default'],
      url: { arg: 0 },
      safeAlternative: `${AUTHORIZATION_HEADER} (set by the fetcher: useSWR([url, token], ([url, token]) => fetch(url, { headers })))`,
    }),
  ],
};
