import type { LibraryModel } from './model.js';

/** Hono: `c.req` (a `HonoRequest`) and its `raw` Web Request. */
export const hono: LibraryModel = {
  name: 'Hono',
  modules: ['hono'],
  requestObjects: [
    {
      framework: 'Hono',
      modules: ['hono'],
      types: ['HonoRequest'],
      urlMembers: ['url'],
      queryMembers: [],
      requestMembers: ['req', 'raw'],
      pathMember: 'path',
    },
  ],
};
