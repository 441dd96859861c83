import type { Log } from 'sarif';
import { readToolInfo } from '../../src/report/sarif/tool-info.js';

/**
 * What a golden file must not depend on: the package version, the machine's working directory, and the rule docs'
 * wording (other tests compare help with the docs themselves; the golden guards the shape around them).
 */
export function normalizeSarif(log: Log, cwdUri?: string): Log {
  const version = readToolInfo().version;
  let text = JSON.stringify(log).replaceAll(`"${version}"`, '"<version>"').replaceAll(`@${version}/`, '@<version>/');
  if (cwdUri !== undefined) text = text.replaceAll(JSON.stringify(cwdUri).slice(1, -1), 'file:///<cwd>/');
  const normalized = JSON.parse(text) as Log;
  for (const rule of normalized.runs.flatMap((run) => run.tool.driver.rules ?? [])) {
    rule.fullDescription = { text: '<fullDescription>' };
    rule.help = { text: '<help.text>', markdown: '<help.markdown>' };
  }
  return normalized;
}
