import type { Level } from '../../catalog/rule.js';
import type { RuleId } from '../../catalog/catalog.js';
import type { Finding, Location, PropertyValue } from '../../findings/finding.js';
import type { ScanNotice } from '../../findings/scan-result.js';
import type { JwtFacts } from '../../secrets/jwt.js';
import { fingerprintOf, protectSecret } from '../../secrets/protect.js';
import type { LineSecret } from '../detect/detect-line.js';
import { countFoldedSecrets, type FoldedFindings } from './fold-findings.js';
import { regionLabelAt, type LineContext } from '../formats/formats.js';
import { gradeJwt, isLiveWhenLogged, type JwtPolicy } from './jwt-policy.js';
import { explainAssessment, isShortLived, levelOfKind, type Assessment } from '../../secrets/credential-risk.js';
import { assessLineSecret } from '../detect/assess-secret.js';
import type { GradedOccurrence, JwtProperties } from './group-findings.js';

const RULE_BY_KIND: Readonly<Record<LineSecret['kind'], RuleId>> = {
  'url-param': 'log-url-token',
  'url-userinfo': 'log-url-token',
  jwt: 'log-jwt',
  'provider-token': 'log-provider-token',
};

/**
 * What a grouped report needs of a secret's occurrence (group-findings.ts): its rule, place and level without the
 * message, the redaction or the hash a finding costs. `level` is the level when live: a JWT's expiry is judged on
 * each line it is seen on.
 */
export function gradeSecret(secret: LineSecret, location: Location, context: LineContext, policy: JwtPolicy): GradedOccurrence {
  const assessment = assessLineSecret(secret, policy, context.timestamp);
  return {
    ruleId: RULE_BY_KIND[secret.kind],
    level: secret.jwt ? gradeJwt(assessment, undefined, policy) : (levelOfKind(assessment.kind) ?? 'note'),
    location,
    where: regionLabelAt(context, secret.start),
    parameter: secret.param?.name ?? null,
    jwt: secret.jwt ? jwtProperties(secret.jwt, undefined) : undefined,
    sample: () => protectSecret(secret.value),
  };
}

/** The finding for a secret's first occurrence. The message and properties carry only the redacted form. */
export function describeSecret(
  secret: LineSecret,
  location: Location,
  context: LineContext,
  policy: JwtPolicy,
  endpoint?: string | undefined,
): Finding {
  const protectedSecret = protectSecret(secret.value);
  const loggedAt = context.timestamp;
  const where = regionLabelAt(context, secret.start);
  const liveWhenLogged = secret.jwt ? isLiveWhenLogged(secret.jwt, loggedAt) : undefined;
  const assessment = assessLineSecret(secret, policy, loggedAt);
  const properties: Record<string, PropertyValue> = {
    where,
    parameter: secret.param?.name ?? null,
    ...(endpoint === undefined ? {} : { endpoint }),
    occurrences: 1,
    lastLine: location.line,
  };
  if (secret.jwt) properties['jwt'] = jwtProperties(secret.jwt, liveWhenLogged);
  if (secret.provider) properties['provider'] = secret.provider.id;
  if (secret.signedUrl) properties['signedUrl'] = secret.signedUrl.label;
  const shown = `${protectedSecret.redacted} (fingerprint ${protectedSecret.fingerprint})`;
  const level = secret.jwt ? gradeJwt(assessment, liveWhenLogged, policy) : (levelOfKind(assessment.kind) ?? 'note');
  const facts = secret.jwt ? `; ${jwtSummary(secret.jwt, liveWhenLogged, assessment)}` : kindNote(assessment);
  return {
    ruleId: RULE_BY_KIND[secret.kind],
    level,
    message: `${whatAndWhere(secret, where)}: ${shown}${facts}.${WHAT_TO_DO[level]}`,
    location,
    secret: protectedSecret,
    properties,
  };
}

/**
 * What an operator does about a logged credential, by how bad it is: a live credential is rotated, the sender fixed
 * and the log scrubbed; a short-lived one no longer works, but its sender still needs fixing; a note asks nothing more.
 */
export const WHAT_TO_DO: Readonly<Record<Level, string>> = {
  error:
    ' Rotate it, stop it reaching the log (fix the client that puts it in the URL, or the logger that records it), and scrub the log (urlleak logs --redact-to <dir>).',
  warning:
    ' Stop it reaching the log (fix the client that puts it in the URL, or the logger that records it) and scrub the log (urlleak logs --redact-to <dir>).',
  note: '',
};

/** `JWT in parameter "token" of the request line`, `GitHub token in the Referer`, `Credential in JSON field "msg"`. */
function whatAndWhere(secret: LineSecret, region: string): string {
  const what = secret.jwt
    ? 'JWT'
    : secret.provider
      ? `${secret.provider.provider} ${secret.provider.publishable ? 'publishable key' : 'token'} (${secret.provider.id})`
      : secret.signedUrl
        ? `${secret.signedUrl.label} signature`
        : secret.kind === 'url-userinfo'
          ? 'Password in a URL (scheme://user:…@host)'
          : 'Credential';
  const where = `the ${region}`;
  return secret.param ? `${what} in parameter "${secret.param.name}" of ${where}` : `${what} in ${where}`;
}

/** `; a ticket (single-use by its name): acceptable when …` for what is not a plain credential; nothing for one. */
function kindNote(assessment: Assessment): string {
  return assessment.kind === 'credential' ? '' : `; ${explainAssessment(assessment)}`;
}

function jwtProperties(facts: JwtFacts, liveWhenLogged: boolean | undefined): JwtProperties & { [key: string]: PropertyValue } {
  return {
    alg: facts.alg ?? null,
    iat: facts.iat ?? null,
    exp: facts.exp ?? null,
    lifetimeSeconds: facts.lifetimeSeconds ?? null,
    hasJti: facts.hasJti,
    liveWhenLogged: liveWhenLogged ?? null,
  };
}

/** Never the `jti` value: it identifies the token as well as the token does. */
function jwtSummary(facts: JwtFacts, liveWhenLogged: boolean | undefined, assessment: Assessment): string {
  const alg =
    facts.alg === undefined
      ? 'no alg'
      : facts.alg.toLowerCase() === 'none'
        ? 'alg "none" (unsigned: anyone can forge it)'
        : `alg ${facts.alg}`;
  const lifetime =
    facts.exp === undefined
      ? 'no exp (never expires)'
      : facts.lifetimeSeconds === undefined
        ? `exp ${isoTime(facts.exp)}`
        : `lifetime ${formatDuration(facts.lifetimeSeconds)}`;
  const live = liveWhenLogged === undefined ? 'logging time unknown' : liveWhenLogged ? 'live when logged' : 'already expired when logged';
  const ticket = assessment.kind === 'ticket' || assessment.kind === 'short-lived' ? explainAssessment(assessment) : undefined;
  return [alg, lifetime, ticket, live].filter((part) => part !== undefined).join(', ');
}

export function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace('.000Z', 'Z');
}

export function formatDuration(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units) {
    if (Math.abs(seconds) >= size) {
      const count = Math.round((seconds / size) * 10) / 10;
      return `${count} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

/** The key under which uses of a single-use token are compared, or undefined when the token is reusable. */
export function singleUseKey(secret: LineSecret, policy: JwtPolicy): string | undefined {
  const ticketParam = secret.param?.entry?.singleUse === true;
  if (secret.jwt?.jti !== undefined && (ticketParam || isShortLived(secret.jwt, policy))) return `jti:${fingerprintOf(secret.jwt.jti)}`;
  return ticketParam ? `value:${fingerprintOf(secret.value)}` : undefined;
}

/** A `log-token-replay` finding at a reuse; `related` is filled in by whoever knows the first use. */
export function describeReplay(
  secret: LineSecret,
  location: Location,
  context: LineContext,
  first: Location | undefined,
  endpoint?: string | undefined,
): Finding {
  const protectedSecret = protectSecret(secret.value);
  const kind = secret.jwt ? 'Single-use JWT (same jti)' : 'Single-use ticket';
  const region = regionLabelAt(context, secret.start);
  const where = secret.param ? `parameter "${secret.param.name}" of the ${region}` : `the ${region}`;
  return {
    ruleId: 'log-token-replay',
    level: 'error',
    message: `${kind} used again in ${where}: ${protectedSecret.redacted} (fingerprint ${protectedSecret.fingerprint}); a single-use token seen twice was replayed or not invalidated.`,
    location,
    secret: protectedSecret,
    related: first ? [{ location: first, message: 'first use' }] : [],
    properties: { where: region, parameter: secret.param?.name ?? null, ...(endpoint === undefined ? {} : { endpoint }) },
  };
}

/** What the summary of folded findings calls them, one and many. */
export const FOLDED_KINDS: Readonly<Partial<Record<RuleId, readonly [string, string]>>> = {
  'log-jwt': ['JWT', 'JWTs'],
  'log-url-token': ['credential in a URL', 'credentials in URLs'],
  'log-provider-token': ['provider token', 'provider tokens'],
  'log-token-replay': ['replayed single-use token', 'replayed single-use tokens'],
};

/**
 * The one finding that stands for a file's findings of a rule past the detail budget, at the first of them: how
 * many distinct secrets (exact, or estimated and said so) and occurrences. No secret is shown: there is none to show.
 */
export function describeFolded(folded: FoldedFindings, allOccurrences: boolean): Finding {
  const distinct = countFoldedSecrets(folded);
  const [one, many] = FOLDED_KINDS[folded.ruleId] ?? ['secret', 'secrets'];
  const count = formatCount(distinct.count, distinct.approximate);
  const kind = distinct.count === 1 ? one : many;
  const estimate = distinct.approximate ? 'the distinct count is an estimate; ' : '';
  const lastLine = `the last on line ${formatCount(folded.lastLine)}`;
  const what = allOccurrences
    ? `${formatCount(folded.occurrences)} more ${occurrenceWord(folded.occurrences)} of ${count} distinct ${kind} in this file (${estimate}${lastLine})`
    : `${count} more distinct ${kind} in this file (${estimate}${formatCount(folded.occurrences)} ${occurrenceWord(folded.occurrences)}, ${lastLine})`;
  return {
    ruleId: folded.ruleId,
    level: folded.level,
    message: `… and ${what}, counted but not described one by one: ${budgetReached(folded.detailBudget)}.`,
    location: folded.location,
    properties: {
      folded: true,
      distinctSecrets: distinct.count,
      distinctApproximate: distinct.approximate,
      occurrences: folded.occurrences,
      lastLine: folded.lastLine,
      detailBudget: folded.detailBudget,
    },
  };
}

/** The run's notice that the detail budget was spent, or undefined when nothing was folded. */
export function describeBudgetNotice(folds: readonly FoldedFindings[], allOccurrences: boolean): ScanNotice | undefined {
  const [first] = folds;
  if (first === undefined) return undefined;
  const counts = folds.map(countFoldedSecrets);
  const distinct = counts.reduce((sum, count) => sum + count.count, 0);
  const approximate = counts.some((count) => count.approximate);
  const occurrences = folds.reduce((sum, folded) => sum + folded.occurrences, 0);
  const files = new Set(folds.map((folded) => folded.location.path)).size;
  const count = formatCount(distinct, approximate);
  const times = `${formatCount(occurrences)} ${occurrenceWord(occurrences)}`;
  const more = allOccurrences
    ? `${formatCount(occurrences)} more ${occurrenceWord(occurrences)} (of ${count} distinct secrets)`
    : `${count} more distinct secrets (${times})`;
  return {
    path: first.location.path,
    message:
      `Detail budget of ${formatCount(first.detailBudget)} finding${first.detailBudget === 1 ? '' : 's'} reached: ${more} in ${formatCount(files)} ${files === 1 ? 'file were' : 'files were'} found and counted but not ` +
      'described one by one. One summary finding per file and rule stands for them, and redacted copies still cover every secret. Rerun on fewer files or with --shard for the detail.',
  };
}

function budgetReached(budget: number): string {
  return `the run's detail budget of ${formatCount(budget)} finding${budget === 1 ? '' : 's'} was reached (rerun on fewer files or with --shard)`;
}

export function occurrenceWord(count: number): string {
  return count === 1 ? 'occurrence' : 'occurrences';
}

/** `19,000`; an estimate to three significant digits (`about 18,900`). */
export function formatCount(count: number, approximate = false): string {
  if (!approximate) return count.toLocaleString('en-US');
  return `about ${(count >= 1000 ? Number(count.toPrecision(3)) : count).toLocaleString('en-US')}`;
}
