import type { Formatter } from './formatter.js';
import { formatHtml } from './html/format-html.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif/format-sarif.js';
import { formatStylish } from './stylish.js';

/** The `--format` choices. */
export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  html: formatHtml,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
