import type { LibraryModel } from './model.js';

/**
 * Vue: the functions plugins install on every component, called as `this.$name(…)` in Options API components. Vue 2
 * assigns them to `Vue.prototype` (https://v2.vuejs.org/v2/cookbook/adding-instance-properties.html), Vue 3 to
 * `app.config.globalProperties` (https://vuejs.org/api/application.html#app-config-globalproperties); both by
 * convention with a `$`. Vue's reactivity (`computed`, `unref`) is in tables/propagators.ts.
 */
export const vue: LibraryModel = {
  name: 'Vue',
  modules: ['vue'],
  componentGlobals: [
    { holder: 'prototype', prefix: '$' },
    { holder: 'globalProperties', prefix: '$' },
  ],
};
