import { ts } from './typescript.js';

/** Whether a declaration carries a modifier (`static`, `export`, `default`). */
export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

/**
 * What a module exports as a whole: `module.exports = node`, `export default node` (or `export = node`), or a declaration
 * marked `export default` (`export default function (…) {…}`).
 */
export function isModuleExportValue(node: ts.Node): boolean {
  const holder = node.parent;
  if (ts.isExportAssignment(holder) || hasModifier(node, ts.SyntaxKind.DefaultKeyword)) return true;
  return (
    ts.isBinaryExpression(holder) &&
    holder.right === node &&
    holder.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    holder.left.getText() === 'module.exports'
  );
}
