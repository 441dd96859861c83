import { ts } from './typescript.js';
import type { AnalysisContext } from './context.js';

/** The declaration behind a name, through imports when the checker sees the other file. */
export function declarationOf(symbol: ts.Symbol | undefined, context: AnalysisContext): ts.Declaration | undefined {
  if (!symbol) return undefined;
  const target = context.typed && symbol.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.valueDeclaration ?? target.declarations?.[0];
  if (declaration && !declaration.getSourceFile().isDeclarationFile) return declaration;
  return symbol.valueDeclaration ?? symbol.declarations?.[0];
}
