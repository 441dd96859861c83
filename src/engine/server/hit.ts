import type ts from 'typescript';
import type { Level } from '../../catalog/rule.js';
import type { Suggestion } from '../../findings/finding.js';
import type { SinkHit } from '../judge/sink-hit.js';
import type { SinkRow } from '../tables/sinks.js';
import type { Taint } from '../evaluate/value.js';

export interface ServerHitSpec {
  readonly row: SinkRow;
  /** What the finding points at. */
  readonly site: ts.Node;
  /** Where the problem starts (a request URL, a `logger: true`), with a short note for the flow. */
  readonly origin: Taint | { readonly node: ts.Node; readonly message: string };
  readonly message: string;
  readonly level?: Level | undefined;
  readonly suggestions?: readonly Suggestion[];
  /** Other places the message speaks of; their lines stay out of the message, which the fingerprint includes. */
  readonly related?: SinkHit['related'];
}

/** A hit of a server rule: a configuration or flow finding with its own wording and, possibly, level. */
export function serverHit(spec: ServerHitSpec): SinkHit {
  const taint: Taint = 'origin' in spec.origin ? spec.origin : { origin: spec.origin, steps: [] };
  return {
    row: spec.row,
    site: spec.site,
    leak: { parameter: undefined, taint },
    suggestions: spec.suggestions ?? [],
    message: spec.message,
    ...(spec.level === undefined ? {} : { level: spec.level }),
    ...(spec.related && spec.related.length > 0 ? { related: spec.related } : {}),
  };
}
