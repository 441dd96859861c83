/**
 * tsconfig bases a framework writes on its first run (`svelte-kit sync`, `nuxt prepare`), which a fresh clone lacks
 * (they are ignored by git): the import aliases each gives its sources, as `paths` relative to the project's tsconfig.
 * Without them, `import { http } from '$lib/utils/http'` resolves nowhere and a wrapper's requests go unread.
 */
export interface GeneratedTsconfig {
  /** The `extends` value, as the framework's templates write it. */
  readonly base: RegExp;
  readonly paths: Readonly<Record<string, readonly string[]>>;
  readonly source: string;
}

export const generatedTsconfigs: readonly GeneratedTsconfig[] = [
  {
    base: /^\.\/?\.svelte-kit\/tsconfig\.json$/,
    paths: { $lib: ['./src/lib'], '$lib/*': ['./src/lib/*'] },
    source: 'https://svelte.dev/docs/kit/configuration#typescript',
  },
  {
    base: /^\.\/?\.nuxt\/tsconfig\.json$/,
    paths: { '~': ['.'], '~/*': ['./*'], '@': ['.'], '@/*': ['./*'], '~~': ['.'], '~~/*': ['./*'], '@@': ['.'], '@@/*': ['./*'] },
    source: 'https://nuxt.com/docs/guide/directory-structure/tsconfig',
  },
];
