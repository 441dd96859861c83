import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { staticPropertyName } from '../ast/property-name.js';
import { declarationOf } from '../ast/declaration-of.js';
import { hasModifier } from '../ast/modifiers.js';
import { className } from '../ast/class-of-this.js';
import type { FunctionLike } from './summaries.js';

/**
 * `SocketService.Instance.connect(url)`, `Api.getInstance().get(url)`: a method of the one instance a class hands out
 * through a static member (the singleton pattern of WebSocket and HTTP wrappers). JavaScript declares the instance
 * `static instance = null` and fills it in the static member, so the checker types the member `null` and knows no
 * method there; the class is the one its static member constructs (`new SocketService()`, `new this()`).
 */
export function singletonMethod(callee: ts.Expression, context: AnalysisContext): FunctionLike | undefined {
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const cls = singletonClass(callee.expression, context);
  const name = callee.name.text;
  const method = cls?.members.find(
    (member): member is ts.MethodDeclaration =>
      ts.isMethodDeclaration(member) && !isStatic(member) && staticPropertyName(member.name) === name,
  );
  return method?.body ? method : undefined;
}

/** The class of `Class.instance`, `Class.Instance` or `Class.getInstance()` when that static member constructs it. */
function singletonClass(receiver: ts.Expression, context: AnalysisContext): ts.ClassLikeDeclaration | undefined {
  const access = ts.isCallExpression(receiver) && receiver.arguments.length === 0 ? receiver.expression : receiver;
  if (!ts.isPropertyAccessExpression(access) || !ts.isIdentifier(access.expression)) return undefined;
  const cls = classDeclaredBy(declarationOf(context.checker.getSymbolAtLocation(access.expression), context));
  const member = cls?.members.find(
    (candidate) => isStatic(candidate) && candidate.name !== undefined && staticPropertyName(candidate.name) === access.name.text,
  );
  return cls && member && constructsOwnClass(member, cls) ? cls : undefined;
}

/** `class Live {}`, or `const Live = class {}`. */
function classDeclaredBy(declaration: ts.Declaration | undefined): ts.ClassLikeDeclaration | undefined {
  if (declaration && ts.isClassLike(declaration)) return declaration;
  const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  return initializer && ts.isClassExpression(initializer) ? initializer : undefined;
}

function isStatic(member: ts.ClassElement): boolean {
  return hasModifier(member, ts.SyntaxKind.StaticKeyword);
}

/** Whether `member` (its body, or a static property's initializer) holds `new Class(…)` or `new this(…)`. */
function constructsOwnClass(member: ts.ClassElement, cls: ts.ClassLikeDeclaration): boolean {
  const name = className(cls);
  const constructsIt = (node: ts.Node): boolean =>
    (ts.isNewExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(node.expression) && node.expression.text === name))) ||
    (!ts.isClassLike(node) && (ts.forEachChild(node, constructsIt) ?? false));
  return ts.forEachChild(member, constructsIt) ?? false;
}
