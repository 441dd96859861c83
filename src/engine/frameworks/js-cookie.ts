import type { LibraryModel } from './model.js';

const MODULES = ['js-cookie', 'universal-cookie', 'react-cookie'];

/** Cookie libraries of browser code (js-cookie, universal-cookie, react-cookie): `Cookies.get('token')` reads a credential. */
export const jsCookie: LibraryModel = {
  name: 'js-cookie, universal-cookie, react-cookie',
  modules: MODULES,
  callSources: [{ description: 'a cookie', modules: MODULES, paths: ['get', 'Cookies().get'], keyArg: 0 }],
};
