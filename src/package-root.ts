/**
 * The package's root directory as a URL ending in `/`. This module sits at `src/` in the sources and at
 * `dist/src/` when built; docs and package.json live at the root in both cases.
 */
export const packageRoot: URL = new URL(import.meta.url.includes('/dist/src/') ? '../../' : '../', import.meta.url);
