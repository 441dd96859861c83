import type { LibraryModel } from './model.js';

/** Passport: its import means the server authenticates by session (ws-missing-origin-check). */
export const passport: LibraryModel = {
  name: 'Passport',
  modules: ['passport'],
  cookieAuthModules: ['passport'],
};
