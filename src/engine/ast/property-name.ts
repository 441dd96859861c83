import { ts } from './typescript.js';

/** A property's or binding's name as written, when it is static: `a`, `'a'`, `1`, `#a`, `['a']`; else undefined. */
export function staticPropertyName(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}
