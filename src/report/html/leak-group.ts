import type { RuleId } from '../../catalog/catalog.js';
import type { Level } from '../../catalog/rule.js';
import type { Finding, PropertyValue } from '../../findings/finding.js';
import type { GroupJwtFacts, GroupSummary } from '../../logs/findings/finding-group.js';

/** A log finding as the report draws it: where it is, and what it sums up (one occurrence or a whole group). */
export interface LeakGroup {
  readonly ruleId: RuleId;
  readonly level: Level;
  readonly path: string;
  readonly line: number;
  readonly summary: GroupSummary;
}

/**
 * The group a log finding stands for: its `properties.group` when the scanner grouped findings, else a group of one
 * secret (`--each-secret`, a folded summary), built from what such a finding's properties say.
 */
export function leakGroupOf(finding: Finding): LeakGroup {
  const { ruleId, level, location } = finding;
  const summary = readGroupSummary(finding.properties?.['group']) ?? groupOfOneFinding(finding);
  return { ruleId, level, path: location.path, line: location.line, summary };
}

/** The scanner's own output, checked only enough that a finding of another shape falls back to one occurrence. */
function readGroupSummary(value: PropertyValue | undefined): GroupSummary | undefined {
  if (!isRecord(value)) return undefined;
  const shaped =
    typeof value['occurrences'] === 'number' &&
    typeof value['distinctSecrets'] === 'number' &&
    isRecord(value['levels']) &&
    isRecord(value['timeline']) &&
    Array.isArray(value['samples']);
  return shaped ? (value as unknown as GroupSummary) : undefined;
}

function groupOfOneFinding(finding: Finding): GroupSummary {
  const properties = finding.properties ?? {};
  const occurrences = numberProperty(properties['occurrences']) ?? 1;
  const distinctSecrets = numberProperty(properties['distinctSecrets']) ?? 1;
  return {
    endpoint: null,
    where: stringProperty(properties['where']) ?? 'log line',
    parameter: stringProperty(properties['parameter']) ?? null,
    occurrences,
    distinctSecrets,
    distinctApproximate: properties['distinctApproximate'] === true,
    firstLine: finding.location.line,
    lastLine: numberProperty(properties['lastLine']) ?? finding.location.line,
    firstTime: null,
    lastTime: null,
    levels: { error: 0, warning: 0, note: 0, [finding.level]: occurrences },
    samples: finding.secret
      ? [{ redacted: finding.secret.redacted, fingerprint: finding.secret.fingerprint, line: finding.location.line }]
      : [],
    jwt: jwtFactsOf(properties['jwt']),
    timeline: { bucketSeconds: 3600, buckets: [] },
  };
}

/** One JWT's facts (`properties.jwt` of a per-secret finding, at its first sighting) as a group of one occurrence. */
function jwtFactsOf(value: PropertyValue | undefined): GroupJwtFacts | null {
  if (!isRecord(value)) return null;
  const live = value['liveWhenLogged'];
  const lifetime = numberProperty(value['lifetimeSeconds']);
  // As the grouped scanner names them: lowercased, `(missing)` for a token without an `alg` header.
  const alg = stringProperty(value['alg'])?.toLowerCase() ?? '(missing)';
  return {
    occurrences: 1,
    liveWhenLogged: live === true ? 1 : 0,
    expiredWhenLogged: live === false ? 1 : 0,
    liveUnknown: typeof live === 'boolean' ? 0 : 1,
    withoutExp: numberProperty(value['exp']) === undefined ? 1 : 0,
    withJti: value['hasJti'] === true ? 1 : 0,
    algs: { [alg]: 1 },
    lifetimes: lifetime === undefined ? [] : [[lifetimeBucketOf(lifetime), 1]],
    medianLifetimeSeconds: lifetime === undefined ? null : lifetimeBucketOf(lifetime),
    minLifetimeSeconds: lifetime ?? null,
    maxLifetimeSeconds: lifetime ?? null,
  };
}

/** The exclusive upper bound of the power-of-two bucket a lifetime falls in, as the grouped scanner counts them. */
export function lifetimeBucketOf(seconds: number): number {
  let upTo = 1;
  while (upTo <= seconds && upTo < 2 ** 40) upTo *= 2;
  return upTo;
}

function isRecord(value: PropertyValue | undefined): value is { readonly [key: string]: PropertyValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberProperty(value: PropertyValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function stringProperty(value: PropertyValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
