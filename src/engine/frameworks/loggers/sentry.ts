import type { LibraryModel } from '../model.js';
import { loggerSink, PATH_ONLY } from '../rows.js';

const MODULES = [
  '@sentry/node',
  '@sentry/browser',
  '@sentry/nextjs',
  '@sentry/react',
  '@sentry/vue',
  '@sentry/nestjs',
  '@sentry/remix',
  '@sentry/sveltekit',
  '@sentry/bun',
  '@sentry/core',
];

/** Sentry's SDKs: messages, exceptions and breadcrumbs go to a third party. */
export const sentry: LibraryModel = {
  name: 'Sentry',
  modules: MODULES,
  loggerSinks: [
    loggerSink({
      id: 'sentry',
      api: 'Sentry',
      modules: MODULES,
      paths: ['captureMessage', 'captureException', 'addBreadcrumb'],
      safeAlternative: `${PATH_ONLY}; Sentry sends it to a third party`,
    }),
  ],
};
