import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { staticPropertyName } from '../ast/property-name.js';
import { declarationOf } from '../ast/declaration-of.js';
import { evaluate } from './evaluate.js';
import { pickProperty } from './pick-property.js';
import { summarizeFunction, type FunctionLike } from './summaries.js';
import type { Value } from './value.js';

/**
 * `this` in a Vue component written with the options API (`export default { computed, methods, data, mixins }`, or
 * the same object given to `defineComponent`): the component instance, whose members are the component's computed
 * properties, methods and data, and its mixins' (https://vuejs.org/api/options-state.html). TypeScript types `this`
 * in a method as the object literal the method sits in (`methods`), so `this.endpoint` of a computed property, or a
 * method a mixin brings, is found here.
 */

/** The value of `this.name` in a component's method, computed property or hook; undefined outside one. */
export function vueThisMember(read: ts.Node, name: string, context: AnalysisContext): Value | undefined {
  const component = componentOfThis(read);
  if (!component) return undefined;
  for (const options of withMixins(component, context)) {
    const computed = computedGetter(options, name);
    if (computed) return summarizeFunction(computed, context);
    const method = memberFunction(objectOption(options, 'methods'), name);
    if (method) return { kind: 'function', returns: summarizeFunction(method, context) };
    const data = dataOf(options, context);
    const picked = data && pickProperty(data, name);
    if (picked) return picked;
  }
  return undefined;
}

/**
 * The component's data: what `data()` returns, or the object a Vue 2 root instance is given
 * (`new Vue({ el: '#app', data: { appid: '…' } })`: an object is accepted there only, https://v2.vuejs.org/v2/api/#data).
 */
function dataOf(options: ts.ObjectLiteralExpression, context: AnalysisContext): Value | undefined {
  const data = memberFunction(options, 'data');
  if (data) return summarizeFunction(data, context);
  const object = objectOption(options, 'data');
  return object && evaluate(object, context);
}

/** The method `this.name(…)` calls in a component: its own `methods`, then its mixins'. */
export function vueThisMethod(callee: ts.Expression, context: AnalysisContext): FunctionLike | undefined {
  if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  const component = componentOfThis(callee);
  if (!component) return undefined;
  for (const options of withMixins(component, context)) {
    const method = memberFunction(objectOption(options, 'methods'), callee.name.text);
    if (method) return method;
  }
  return undefined;
}

/** Keys only a component's options object has, one of which it must hold to be read as one. */
const COMPONENT_KEYS = new Set(['methods', 'computed', 'data', 'props', 'mixins', 'watch', 'components', 'emits']);
/** The option objects whose functions run with the instance as `this`. */
const INSTANCE_OPTIONS = new Set(['methods', 'computed', 'watch']);

/**
 * The options object whose instance `this` is at `node`: arrow functions keep the `this` around them; a function that
 * is a member of `methods`, `computed` (or a computed property's `get`) or `watch`, or a hook of the options object
 * itself, gives that object; any other function has a `this` of its own.
 */
function componentOfThis(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isArrowFunction(current)) continue;
    if (!ts.isFunctionLike(current)) continue;
    const member = ts.isMethodDeclaration(current) ? current : ts.isPropertyAssignment(current.parent) ? current.parent : undefined;
    const holder = member?.parent;
    if (!holder || !ts.isObjectLiteralExpression(holder)) return undefined;
    if (isComponentOptions(holder)) return holder;
    const option = ownerOption(holder);
    if (option && INSTANCE_OPTIONS.has(option.name) && isComponentOptions(option.options)) return option.options;
    // A computed property's `get`/`set`: `computed: { url: { get() { … } } }`.
    const computedOwner = option && ownerOption(option.options);
    return computedOwner?.name === 'computed' && isComponentOptions(computedOwner.options) ? computedOwner.options : undefined;
  }
  return undefined;
}

/** `{ … }` as the value of a property of an object: the property's name and the object. */
function ownerOption(object: ts.ObjectLiteralExpression): { name: string; options: ts.ObjectLiteralExpression } | undefined {
  const assignment = object.parent;
  if (!ts.isPropertyAssignment(assignment) || !ts.isObjectLiteralExpression(assignment.parent)) return undefined;
  const name = staticPropertyName(assignment.name);
  return name === undefined ? undefined : { name, options: assignment.parent };
}

function isComponentOptions(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((property) => {
    const name = property.name && staticPropertyName(property.name);
    return name !== undefined && COMPONENT_KEYS.has(name);
  });
}

/** The component's options, then each mixin's (objects declared in the project, followed through imports), in order. */
function withMixins(component: ts.ObjectLiteralExpression, context: AnalysisContext, depth = 0): ts.ObjectLiteralExpression[] {
  const mixins = optionValue(component, 'mixins');
  if (!mixins || !ts.isArrayLiteralExpression(mixins) || depth >= MAX_MIXIN_DEPTH) return [component];
  const nested = mixins.elements.flatMap((element) => {
    const mixin = ts.isIdentifier(element) ? objectDeclaredAs(element, context) : undefined;
    return mixin ? withMixins(mixin, context, depth + 1) : [];
  });
  return [component, ...nested];
}

const MAX_MIXIN_DEPTH = 3;

/** `const WidgetMixin = { … }`, in this file or (with a checker) the module it is imported from. */
function objectDeclaredAs(identifier: ts.Identifier, context: AnalysisContext): ts.ObjectLiteralExpression | undefined {
  const declaration = declarationOf(context.checker.getSymbolAtLocation(identifier), context);
  let value: ts.Expression | undefined =
    declaration && ts.isVariableDeclaration(declaration)
      ? declaration.initializer
      : declaration && ts.isExportAssignment(declaration)
        ? declaration.expression
        : undefined;
  // `export default WidgetMixin` after its declaration.
  if (value && ts.isIdentifier(value) && value !== identifier) return objectDeclaredAs(value, context);
  while (value && (ts.isParenthesizedExpression(value) || ts.isAsExpression(value))) value = value.expression;
  return value && ts.isObjectLiteralExpression(value) ? value : undefined;
}

function optionValue(options: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of options.properties) {
    if (ts.isPropertyAssignment(property) && staticPropertyName(property.name) === name) return property.initializer;
  }
  return undefined;
}

function objectOption(options: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralExpression | undefined {
  const value = optionValue(options, name);
  return value && ts.isObjectLiteralExpression(value) ? value : undefined;
}

/** A function member of an object: `name() {}`, `name: function () {}`, `name: () => …`. */
function memberFunction(object: ts.ObjectLiteralExpression | undefined, name: string): FunctionLike | undefined {
  for (const property of object?.properties ?? []) {
    if (!property.name || staticPropertyName(property.name) !== name) continue;
    if (ts.isMethodDeclaration(property)) return property;
    if (ts.isPropertyAssignment(property) && (ts.isFunctionExpression(property.initializer) || ts.isArrowFunction(property.initializer)))
      return property.initializer;
  }
  return undefined;
}

/** A computed property's getter: `url() {}`, `url: () => …`, or `url: { get() {} }`. */
function computedGetter(options: ts.ObjectLiteralExpression, name: string): FunctionLike | undefined {
  const computed = objectOption(options, 'computed');
  const direct = memberFunction(computed, name);
  if (direct) return direct;
  const accessor = computed && optionValue(computed, name);
  return accessor && ts.isObjectLiteralExpression(accessor) ? memberFunction(accessor, 'get') : undefined;
}
