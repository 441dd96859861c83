// urlleak lints itself: its own strict preset (a security linter should pass its own checks) and typescript-eslint's
// recommended rules, on the sources, the ESLint door and the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import urlleak from './dist/rules/index.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.stryker-tmp/', 'bench/.work/', 'fixtures/', 'test/**/fixtures/', 'bench/**/*.mjs', 'scripts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  urlleak.configs.strict,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
