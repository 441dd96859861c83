import { ts } from '../ast/typescript.js';

/**
 * A condition known to hold or fail by how it is written: `location.protocol === 'https'`. `location.protocol` always
 * ends in a colon (`'https:'`), so comparing it with a scheme written without one never holds, and code that picks
 * `'wss'` on it always takes the other branch. Parts compared (`startsWith('https')`, `includes('https')`) are not
 * known. Undefined when unknown.
 */
export function conditionOutcome(condition: ts.Expression): boolean | undefined {
  let comparison = condition;
  while (ts.isParenthesizedExpression(comparison)) comparison = comparison.expression;
  if (!ts.isBinaryExpression(comparison)) return undefined;
  const operator = comparison.operatorToken.getText();
  const negated = operator === '!==' || operator === '!=';
  if (!negated && operator !== '===' && operator !== '==') return undefined;
  const [property, literal] = ts.isStringLiteralLike(comparison.right)
    ? [comparison.left, comparison.right]
    : [comparison.right, comparison.left];
  const protocolWithoutColon =
    ts.isStringLiteralLike(literal) &&
    /^(?:https?|wss?)$/i.test(literal.text) &&
    ts.isPropertyAccessExpression(property) &&
    property.name.text === 'protocol' &&
    /(?:^|\.)location$/.test(property.expression.getText());
  return protocolWithoutColon ? negated : undefined;
}
