import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../rules/index.js';

export type LintParser = 'espree' | 'typescript-eslint';

/** Lints one snippet with urlleak rules only, as a user's editor would. */
export function lintSnippet(
  code: string,
  ruleLevels: Record<string, 'error' | 'warn'>,
  parser: LintParser,
  filename = 'example.ts',
): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
      plugins: { urlleak: plugin as never },
      ...(parser === 'typescript-eslint' ? { languageOptions: { parser: tseslint.parser as Linter.Parser } } : {}),
      rules: ruleLevels,
    },
  ];
  return linter.verify(code, config, { filename: parser === 'espree' ? filename.replace(/\.tsx?$/, '.js') : filename });
}

/** Every urlleak rule at error level. */
export function allRulesAsErrors(): Record<string, 'error'> {
  return Object.fromEntries(Object.keys(plugin.rules).map((id) => [`urlleak/${id}`, 'error']));
}
