import { ts } from './typescript.js';

const MAX_LENGTH = 48;

/**
 * Source text for a message (`getAccessToken()`, `session.access_token`), shortened. String literals are elided:
 * a message must never carry a literal that may be the secret itself.
 */
export function describeNode(node: ts.Node): string {
  const sourceFile = node.getSourceFile();
  const raw = ts.isStringLiteralLike(node) ? '…' : node.getText(sourceFile);
  const compact = raw
    .replace(/\s+/g, ' ')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, (quoted) => (quoted.length > 18 ? `${quoted[0]}…${quoted[0]}` : quoted));
  return compact.length > MAX_LENGTH ? `${compact.slice(0, MAX_LENGTH - 1)}…` : compact;
}
