import type { Value } from './value.js';

/** A value fully known at analysis time: literals and text made only of literals. */
export function isConstant(value: Value): boolean {
  switch (value.kind) {
    case 'literal':
      return true;
    case 'text':
      return value.parts.every(isConstant);
    case 'union':
      return value.options.every(isConstant);
    default:
      return false;
  }
}
