/**
 * A `JSON.parse` failure without the excerpt V8 quotes (`Unexpected token 's', ..."[sk_live_ab"... is not valid JSON`):
 * the excerpt is the input's own text, and a config, baseline or SARIF file may hold part of a secret there.
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, ' (not valid JSON)');
}
