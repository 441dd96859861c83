import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { evaluate } from './evaluate.js';
import { evaluateGlobalMember, evaluateThisMember } from './evaluate-declaration.js';
import { isGlobalObject, isPlatformGlobal } from '../ast/file-index.js';
import { classOfThis } from '../ast/class-of-this.js';
import { vueThisMember } from './vue-options-this.js';
import { pageUrlRead } from './evaluate-request.js';
import { matchesApi, resolveApiRef } from '../resolve/library-resolution.js';
import { nameTaint, sourceTaint } from './name-sources.js';
import { pickProperty } from './pick-property.js';
import { transparentProperties } from '../tables/propagators.js';
import { propertySources, PUBLIC_ENV_NAME, SECRET_ENV_NAME } from '../tables/sources.js';
import { opaque, type Value } from './value.js';

type PropertyRead = ts.PropertyAccessExpression | ts.ElementAccessExpression;

/** `x.name`: a source (`process.env.API_TOKEN`, `document.cookie`), a known shape, or a name that says secret. */
export function evaluateProperty(node: PropertyRead, name: string, context: AnalysisContext): Value {
  if (isEnvObject(node.expression)) return envValue(node, name);
  const source = propertySource(node, context);
  if (source) return opaque(node, sourceTaint(node, source));
  const pageUrl = pageUrlRead(node, name, context);
  if (pageUrl) return pageUrl;
  const isThis = node.expression.kind === ts.SyntaxKind.ThisKeyword;
  const cls = isThis ? classOfThis(node) : undefined;
  const member = cls ? evaluateThisMember(cls, name, context) : isThis ? vueThisMember(node, name, context) : undefined;
  if (member) return member;
  const global = isProgramGlobal(node, context) ? evaluateGlobalMember(name, context) : undefined;
  if (global) return global;
  const base = evaluate(node.expression, context);
  if (transparentProperties.has(name)) return base;
  const picked = pickProperty(base, name, node);
  const taint = nameTaint(name, node, context);
  if (picked?.kind === 'param') return taint ? { ...picked, taint } : picked;
  return picked ?? opaque(node, taint);
}

/** `window.sockterUrl`: a global of the program's own (not the platform's `window.location`). */
function isProgramGlobal(node: PropertyRead, context: AnalysisContext): boolean {
  return ts.isPropertyAccessExpression(node) && isGlobalObject(node.expression, context) && !isPlatformGlobal(node.name, context);
}

/** `process.env` or `import.meta.env`. */
function isEnvObject(node: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'env') return false;
  const owner = node.expression;
  return (ts.isIdentifier(owner) && owner.text === 'process') || ts.isMetaProperty(owner);
}

function envValue(node: PropertyRead, name: string): Value {
  if (!SECRET_ENV_NAME.test(name) || PUBLIC_ENV_NAME.test(name)) return opaque(node);
  return opaque(node, sourceTaint(node, `the environment variable ${name}`));
}

const sourceNames = new Set(propertySources.flatMap((row) => row.paths.map((path) => path.split('.').at(-1))));

function propertySource(node: PropertyRead, context: AnalysisContext): string | undefined {
  const name = ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
  if (name === undefined || !sourceNames.has(name)) return undefined;
  const ref = resolveApiRef(node, context);
  if (!ref) return undefined;
  return propertySources.find((row) => matchesApi(ref, row))?.description;
}
