import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { evaluate } from '../evaluate/evaluate.js';
import { urlleakRedactExports } from '../frameworks/loggers/urlleak-redact.js';
import type { SinkExpression } from '../judge/sink-hit.js';
import { resolveApiRef } from '../resolve/library-resolution.js';
import { pinoProblem } from './check-logging-options.js';
import { containsUrlleakRedactCall } from './urlleak-redact-calls.js';

/**
 * What a logger redacts by its own setup: the strings of every entry, URLs in them redacted (winston with urlleak's
 * `redactUrlsFormat()`; objects that are no plain ones, and values that are no URL, pass as they are),
 * or the request object it is given as `{ req }` (pino with a `serializers.req` that drops the query, or urlleak's
 * `pinoSerializers()`); undefined when nothing is known.
 */
export type LoggerRedaction = 'entries' | 'request-object' | undefined;

const MAX_HOPS = 6;

/** The redaction of the logger a call like `logger.info(…)` writes through, from the call that created it. */
export function redactionOfLogger(call: SinkExpression, context: AnalysisContext): LoggerRedaction {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const creation = loggerCreation(call.expression.expression, context);
  const [options] = creation?.arguments ?? [];
  if (!creation || !options) return undefined;
  const ref = resolveApiRef(creation.expression, context);
  const value = evaluate(options, context);
  if (ref?.module === 'winston' && value.kind === 'object') {
    const format = value.props.get('format')?.node;
    return format && containsUrlleakRedactCall(format, urlleakRedactExports.entryFormats, context) ? 'entries' : undefined;
  }
  if (ref?.module === 'pino') return pinoProblem(value, context) === undefined ? 'request-object' : undefined;
  return undefined;
}

/**
 * The call that made a logger: `pino({…})` for `logger`, through variables and `.child(…)` loggers, which keep their
 * parent's serializers and formats.
 */
function loggerCreation(expression: ts.Expression, context: AnalysisContext): ts.CallExpression | undefined {
  let current: ts.Expression = expression;
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    while (ts.isParenthesizedExpression(current)) current = current.expression;
    if (ts.isCallExpression(current)) {
      const callee = current.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'child') return current;
      current = callee.expression;
    } else if (ts.isIdentifier(current)) {
      const declaration = context.checker.getSymbolAtLocation(current)?.valueDeclaration;
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
      current = declaration.initializer;
    } else {
      return undefined;
    }
  }
  return undefined;
}
