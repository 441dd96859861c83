import type { LibraryModel } from './model.js';
import { NAVIGATE_SAFELY, requestSink } from './rows.js';

/**
 * Client-side routers whose navigation puts the URL in the address bar and the history, and whose next full load sends
 * it to the server (its logs, the Referer of every resource the page loads): Vue Router's `router.push(location)` with a
 * `query` record (https://router.vuejs.org/guide/essentials/navigation.html), React Router's `navigate(to)` from
 * `useNavigate()` (https://reactrouter.com/api/hooks/useNavigate). Next.js' router is in next.ts.
 */
export const routers: LibraryModel = {
  name: 'Vue Router, React Router',
  modules: ['vue-router', 'react-router', 'react-router-dom'],
  urlSinks: [
    requestSink({
      id: 'vue-router-navigation',
      api: 'Vue Router push()/replace()',
      // Also a component's `this.$router` (Vue 2 and the options API), which no import names.
      modules: ['vue-router', '?'],
      paths: [
        'useRouter().push',
        'useRouter().replace',
        'createRouter().push',
        'createRouter().replace',
        'this.$router.push',
        'this.$router.replace',
      ],
      url: { arg: 0, prop: 'path' },
      queryOptions: [{ prop: 'query' }],
      safeAlternative: NAVIGATE_SAFELY,
    }),
    requestSink({
      id: 'react-router-navigation',
      api: 'React Router navigate()',
      modules: ['react-router', 'react-router-dom'],
      paths: ['useNavigate()', 'redirect'],
      url: { arg: 0 },
      safeAlternative: NAVIGATE_SAFELY,
    }),
  ],
};
