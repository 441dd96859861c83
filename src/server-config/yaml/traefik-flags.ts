import type { TraefikAccessLog, TraefikSetting } from './traefik-access-log.js';
import type { Span } from './source-text.js';

/**
 * A `--accesslog…` flag in a command line: `--accesslog`, `--accesslog=false`, `--accessLog.format=json`,
 * `--accesslog.fields.names.RequestPath=drop`. Traefik's flags are case-insensitive.
 */
const ACCESS_LOG_FLAG = /(?<![\w-])--accesslog(?![\w-])(?:\.([\w.-]+))?(?:=("[^"]*"|'[^']*'|[^\s"',\]]*))?/gi;

/** Flags only Traefik takes, or its binary: a command line with one of them is Traefik's. */
const TRAEFIK_FLAG =
  /(?<![\w-])--(?:entrypoints|providers|certificatesresolvers|serverstransport|metrics|tracing|log)\.|(?<![\w-])--(?:api|ping)(?![\w-])|(?:^|\/)traefik(?:\s|$)/i;

/** v1's `--accesslog.fields.names="Username=drop Hostname=drop"`: one flag holding several options. */
const LIST_OPTIONS = new Set(['fields.names', 'fields.headers.names']);

/** Whether command-line text is Traefik's. */
export function looksLikeTraefikCommand(texts: readonly string[]): boolean {
  return texts.some((text) => TRAEFIK_FLAG.test(text));
}

/**
 * The access log a Traefik command line turns on, from the raw source of its arguments (each span one argument or a
 * whole command string), or undefined when it turns none on (no flag, or `--accesslog=false`).
 */
export function accessLogOfFlags(text: string, argumentSpans: readonly Span[]): TraefikAccessLog | undefined {
  let enabling: Span | undefined;
  let firstOption: Span | undefined;
  let disabled = false;
  const settings: TraefikSetting[] = [];
  for (const argument of argumentSpans) {
    const raw = text.slice(argument.start, argument.end);
    for (const match of raw.matchAll(ACCESS_LOG_FLAG)) {
      const span = { start: argument.start + match.index, end: argument.start + match.index + match[0].length };
      const [, option, quotedValue] = match;
      const value = unquote(quotedValue ?? '');
      if (option === undefined) {
        disabled = value.toLowerCase() === 'false';
        if (!disabled) enabling ??= span;
        continue;
      }
      firstOption ??= span;
      settings.push(...optionSettings(option.toLowerCase(), value, span));
    }
  }
  const start = enabling ?? firstOption;
  if (disabled || start === undefined) return undefined;
  return { dialect: 'flags', enabling: start, settings };
}

function optionSettings(path: string, value: string, span: Span): TraefikSetting[] {
  if (!LIST_OPTIONS.has(path)) return [{ path, value, span }];
  return value
    .split(/\s+/)
    .map((pair) => pair.split('='))
    .filter((pair): pair is [string, string] => pair.length === 2)
    .map(([name, mode]) => ({ path: `${path}.${name.toLowerCase()}`, value: mode, span }));
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
