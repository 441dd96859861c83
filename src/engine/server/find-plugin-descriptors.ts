import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { descendantsOfKind } from '../ast/walk.js';
import type { SinkHit } from '../judge/sink-hit.js';
import { HAPI_PINO } from '../frameworks/loggers/pino.js';
import { checkHapiPinoDescriptor } from './check-logging-options.js';

/** Whether a file names a module whose plugin descriptors are judged where they are written: one that names none has none. */
export function mentionsPluginDescriptor(text: string): boolean {
  return HAPI_PINO.modules.some((module) => text.includes(module));
}

/**
 * log-middleware-url for logging plugins registered by a descriptor object, judged where it is written: hapi's
 * `{ plugin: hapiPino, options }`. A descriptor has no other use than being registered, and projects register them
 * from arrays, loops and directory loaders (`collectFiles(__dirname)`) that no analysis follows; its options are all
 * that decides what the plugin logs. For files that `mentionsPluginDescriptor`.
 */
export function findPluginDescriptorHits(sourceFile: ts.SourceFile, context: AnalysisContext): SinkHit[] {
  return descendantsOfKind(sourceFile, [ts.SyntaxKind.ObjectLiteralExpression]).flatMap((node) =>
    ts.isObjectLiteralExpression(node) ? checkHapiPinoDescriptor(node, HAPI_PINO, context) : [],
  );
}
