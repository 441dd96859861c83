import { detectLineSecrets, ParamNameCache, type LineSecret } from '../logs/detect/detect-line.js';
import { createParamNameClassifier } from '../secrets/param-names.js';
import { prefilterUrl } from './prefilter-url.js';

/** A stretch of text to replace, and what the replacement is told about it. */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  /** The parameter, header or link word the secret was found under, else its kind (`jwt`, `password`, a provider id). */
  readonly name: string;
}

/** The spans to replace in a text: what `urlleak logs` reports there, in order and without overlap. */
export type SpanFinder = (text: string) => readonly SecretSpan[];

const NO_SPANS: readonly SecretSpan[] = [];
const defaultNames = new ParamNameCache(createParamNameClassifier());

/**
 * A finder that runs the log scanner's line detector (src/logs/detect/detect-line.ts, with its risk model: public
 * keys, examples, placeholders and flags are no secret) on the shapes the prefilter announces. Build one per
 * configuration: it remembers the classification of the parameter names it meets.
 */
export function createSpanFinder(sensitiveNames: readonly string[] = []): SpanFinder {
  const names = sensitiveNames.length > 0 ? new ParamNameCache(createParamNameClassifier(sensitiveNames)) : defaultNames;
  return (text) => {
    const shapes = prefilterUrl(text);
    if (!shapes) return NO_SPANS;
    const secrets = detectLineSecrets(text, shapes, names);
    return secrets.length === 0 ? NO_SPANS : secretSpans(text, secrets);
  };
}

/**
 * Provider shapes that match the host and path before the secret (src/secrets/shapes.ts): the secret starts after the
 * last of these markers in the match, so the host and path stay readable. Shapes not listed whose match holds a `/`
 * (the Slack and Discord webhooks) keep everything up to the last `/`.
 */
const SECRET_AFTER: Readonly<Record<string, string>> = {
  'telegram-bot-token': '/bot',
  'teams-webhook': '/IncomingWebhook/',
};

/** What a secret outside any parameter is called when the scanner gives it no name. */
const KIND_NAMES: Readonly<Record<LineSecret['kind'], string>> = {
  'url-param': 'token',
  'url-userinfo': 'password',
  jwt: 'jwt',
  'provider-token': 'token',
};

/**
 * The spans a scrubbed copy replaces, in order and without overlap: what the log scanner redacts in `--redact-to`
 * (the whole value of the parameter a secret sits in), except that a provider shape matched with its host keeps it.
 */
export function secretSpans(text: string, secrets: readonly LineSecret[]): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const secret of secrets) {
    const start = secret.param ? secret.redactStart : secretStart(text, secret);
    const last = spans.at(-1);
    if (last && start < last.end) {
      if (secret.redactEnd > last.end) spans[spans.length - 1] = { ...last, end: secret.redactEnd };
      continue;
    }
    spans.push({ start, end: secret.redactEnd, name: nameOf(secret) });
  }
  return spans;
}

function secretStart(text: string, secret: LineSecret): number {
  if (!secret.provider) return secret.redactStart;
  const match = text.slice(secret.redactStart, secret.redactEnd);
  const marker = SECRET_AFTER[secret.provider.id] ?? '/';
  const at = match.lastIndexOf(marker);
  return at === -1 ? secret.redactStart : secret.redactStart + at + marker.length;
}

function nameOf(secret: LineSecret): string {
  return secret.param?.name ?? secret.provider?.id ?? KIND_NAMES[secret.kind];
}
