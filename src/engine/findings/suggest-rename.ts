import { ts } from '../ast/typescript.js';
import type { Suggestion } from '../../findings/finding.js';
import type { OptionRename } from '../tables/sinks.js';

/**
 * The rewrite from a leaking option to the library's safe one, when it is mechanical: `query: {…}` → `auth: {…}`,
 * `params: { token }` → `authToken: token`. Nothing when the code is shaped otherwise (a function, several values).
 */
export function suggestRename(property: ts.Node, rename: OptionRename): Suggestion | undefined {
  const sourceFile = property.getSourceFile();
  const replacement = rename.shape === 'same' ? sameValue(property, rename.to, sourceFile) : singleValue(property, rename.to, sourceFile);
  if (replacement === undefined) return undefined;
  return {
    id: rename.id,
    description: rename.description,
    edits: [{ start: property.getStart(sourceFile), end: property.getEnd(), text: replacement }],
  };
}

function sameValue(property: ts.Node, to: string, sourceFile: ts.SourceFile): string | undefined {
  if (ts.isShorthandPropertyAssignment(property)) return `${to}: ${property.name.text}`;
  if (!ts.isPropertyAssignment(property) || ts.isStringLiteralLike(property.initializer)) return undefined;
  return `${to}: ${property.initializer.getText(sourceFile)}`;
}

function singleValue(property: ts.Node, to: string, sourceFile: ts.SourceFile): string | undefined {
  if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) return undefined;
  const [only, ...others] = property.initializer.properties;
  if (!only || others.length > 0) return undefined;
  if (ts.isShorthandPropertyAssignment(only)) return `${to}: ${only.name.text}`;
  if (ts.isPropertyAssignment(only)) return `${to}: ${only.initializer.getText(sourceFile)}`;
  return undefined;
}
