import type { RuleId } from '../../catalog/catalog.js';
import type { Finding } from '../../findings/finding.js';
import { DistinctCounter } from './count-distinct.js';
import { formatCount, formatDuration, isoTime, occurrenceWord, WHAT_TO_DO } from './describe-secret.js';
import type { GroupJwtFacts, GroupSummary } from './finding-group.js';
import type { GroupData, JwtTally } from './group-findings.js';

/** What a group's secrets are called, one and many. */
const GROUP_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  'log-jwt': ['JWT', 'JWTs'],
  'log-url-token': ['credential', 'credentials'],
  'log-provider-token': ['provider token', 'provider tokens'],
  'log-token-replay': ['replayed single-use token', 'replayed single-use tokens'],
};

/**
 * The finding that stands for a group: what, where, how many (occurrences exact, distinct secrets exact or estimated
 * and said so), the JWT facts an operator acts on, and the first and last line. Its identity is the group's (rule,
 * file, endpoint, place), not a secret's, so a baseline keeps it whatever secrets come and go.
 */
export function describeGroup(data: GroupData): Finding {
  const group = summarize(data);
  const [one, many] = GROUP_NOUNS[data.ruleId] ?? ['secret', 'secrets'];
  const noun = group.distinctSecrets === 1 ? one : many;
  const facts = [occurrenceFacts(group, noun), ...jwtFacts(group.jwt), lineSpan(group)].filter((part) => part !== '');
  return {
    ruleId: data.ruleId,
    level: data.level,
    message: `${capitalize(noun)} ${placeOf(group)}: ${facts.join(', ')}.${WHAT_TO_DO[data.level]}`,
    location: data.location,
    identity: groupIdentity(data.ruleId, group),
    properties: { group },
  };
}

export function summarize(data: GroupData): GroupSummary {
  const distinct = DistinctCounter.from(data.distinct).estimate();
  return {
    endpoint: data.endpoint,
    where: data.where,
    parameter: data.parameter,
    occurrences: data.occurrences,
    // An estimate may overshoot what it counts.
    distinctSecrets: Math.min(distinct.count, data.occurrences),
    distinctApproximate: distinct.approximate,
    firstLine: data.location.line,
    lastLine: data.lastLine,
    firstTime: data.firstTime === null ? null : isoTime(data.firstTime),
    lastTime: data.lastTime === null ? null : isoTime(data.lastTime),
    levels: data.levels,
    samples: data.samples,
    jwt: data.jwt ? jwtSummary(data.jwt) : null,
    timeline: data.timeline,
  };
}

function jwtSummary(tally: JwtTally): GroupJwtFacts {
  const lifetimes = tally.lifetimes.flatMap((count, index) => (count > 0 ? [[2 ** index, count] as const] : []));
  return { ...tally, lifetimes, medianLifetimeSeconds: medianBucket(lifetimes) };
}

/** The upper bound of the bucket that holds the median lifetime. */
function medianBucket(buckets: readonly (readonly [number, number])[]): number | null {
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  let seen = 0;
  for (const [upTo, count] of buckets) {
    seen += count;
    if (seen * 2 >= total) return upTo;
  }
  return null;
}

/** `in parameter "token" of the request line on GET /ws`, `in the Authorization header`. */
function placeOf(group: GroupSummary): string {
  const place = group.parameter === null ? `in the ${group.where}` : `in parameter "${group.parameter}" of the ${group.where}`;
  return group.endpoint === null ? place : `${place} on ${group.endpoint}`;
}

/** `the same one on 12 lines`, `2,313,998 distinct (an estimate) on 2,314,006 lines, e.g. eyJh… (fingerprint 1a2b…)`. */
function occurrenceFacts(group: GroupSummary, noun: string): string {
  const occurrences = `${formatCount(group.occurrences)} ${occurrenceWord(group.occurrences)}`;
  const [sample] = group.samples;
  const example =
    sample === undefined ? '' : `${group.distinctSecrets === 1 ? '' : 'e.g. '}${sample.redacted} (fingerprint ${sample.fingerprint})`;
  if (group.distinctSecrets === 1) return [example, occurrences].filter(Boolean).join(', ');
  const distinct = `${formatCount(group.distinctSecrets, group.distinctApproximate)} distinct ${noun}`;
  const estimate = group.distinctApproximate ? ' (an estimate)' : '';
  return [`${distinct}${estimate} in ${occurrences}`, example].filter(Boolean).join(', ');
}

/** `alg "none" on 3 (unsigned)`, `median lifetime 1 hour`, `99.8% live when logged`. */
function jwtFacts(jwt: GroupJwtFacts | null): string[] {
  if (jwt === null) return [];
  const facts: string[] = [];
  const unsigned = jwt.algs['none'] ?? 0;
  if (unsigned > 0) facts.push(`alg "none" (unsigned: anyone can forge it) on ${formatCount(unsigned)}`);
  const lifetimes = lifetimeRange(jwt);
  if (lifetimes !== undefined) facts.push(lifetimes);
  if (jwt.withoutExp > 0) facts.push(`${formatCount(jwt.withoutExp)} without exp (never expire)`);
  const timed = jwt.liveWhenLogged + jwt.expiredWhenLogged;
  if (timed > 0) facts.push(`${percent(jwt.liveWhenLogged, timed)} live when logged`);
  return facts;
}

/** `lifetime 1 hour`, or `lifetimes 5 minutes to 1 hour (median under 17.1 minutes)`. */
function lifetimeRange({
  minLifetimeSeconds: low,
  maxLifetimeSeconds: high,
  medianLifetimeSeconds: median,
}: GroupJwtFacts): string | undefined {
  if (low === null || high === null) return undefined;
  if (low === high) return `lifetime ${formatDuration(low)}`;
  const middle = median === null ? '' : ` (median under ${formatDuration(median)})`;
  return `lifetimes ${formatDuration(low)} to ${formatDuration(high)}${middle}`;
}

function lineSpan(group: GroupSummary): string {
  if (group.firstLine === group.lastLine) return `line ${formatCount(group.firstLine)}`;
  return `first on line ${formatCount(group.firstLine)}, last on line ${formatCount(group.lastLine)}`;
}

function percent(part: number, whole: number): string {
  const share = (part / whole) * 100;
  return `${share === 100 || share === 0 ? share : share.toFixed(1)}%`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A group's identity for fingerprints: its rule, endpoint and place; the file is added by the fingerprint. */
function groupIdentity(ruleId: RuleId, group: GroupSummary): string {
  return `group\0${ruleId}\0${group.endpoint ?? ''}\0${group.where}\0${group.parameter ?? ''}`;
}
