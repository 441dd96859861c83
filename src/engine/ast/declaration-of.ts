import { ts } from './typescript.js';
import type { AnalysisContext } from './context.js';

/**
 * What holds a destructuring pattern's outermost level: the parameter of `({ auth: { token } }) => …`, the variable of
 * `const { token } = useAuth()`.
 */
export function bindingHolder(element: ts.BindingElement): ts.Node {
  let pattern: ts.Node = element.parent;
  while (ts.isBindingElement(pattern.parent) || ts.isObjectBindingPattern(pattern.parent) || ts.isArrayBindingPattern(pattern.parent))
    pattern = pattern.parent;
  return pattern.parent;
}

/** The declaration behind a name, through imports when the checker sees the other file. */
export function declarationOf(symbol: ts.Symbol | undefined, context: AnalysisContext): ts.Declaration | undefined {
  if (!symbol) return undefined;
  const target = context.typed && symbol.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.valueDeclaration ?? target.declarations?.[0];
  if (declaration && !declaration.getSourceFile().isDeclarationFile) return declaration;
  return symbol.valueDeclaration ?? symbol.declarations?.[0];
}
