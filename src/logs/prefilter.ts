import { secretParamNameEndings } from '../secrets/param-names.js';
import { providerTokenPrefixes, type ProviderTokenPrefix } from '../secrets/shapes.js';

/**
 * The hot path's only per-byte work: two regexes run over a whole block (as a latin1 string, so string offsets are
 * byte offsets), and only lines they hit are parsed. Measured on these machines, a regex anchored on one rare
 * character (`=` then a fixed lookbehind) and a plain literal alternation each run at 0.8–1.6 GB/s, while a single
 * regex mixing both falls to ~0.25 GB/s, hence two passes.
 */
export interface Prefilter {
  /** `name=` or `name%3D` where the name ends in a word the secret-parameter table can accept. */
  readonly secretParam: RegExp;
  /** JWTs (`eyJ`), provider token prefixes, and W3C `#Fields:` headers (which change how later lines are read). */
  readonly literals: RegExp;
}

/** The prefilter's vocabulary as regex sources: parameter-name endings and literals (also what the benchmark gives ripgrep). */
export function prefilterSources(): { readonly paramNameEndings: string; readonly literals: string } {
  return {
    paramNameEndings: minimalEndings(secretParamNameEndings()).map(caseAndSeparatorInsensitive).join('|'),
    literals: ['eyJ', '#Fields:'].map(escapeRegExp).concat(providerTokenPrefixes().map(prefixSource)).join('|'),
  };
}

export function createPrefilter(): Prefilter {
  const { paramNameEndings, literals } = prefilterSources();
  return {
    secretParam: new RegExp(String.raw`(?:=|%3[Dd])(?<=(?:${paramNameEndings})(?:=|%3[Dd]))`, 'g'),
    literals: new RegExp(literals, 'g'),
  };
}

/**
 * A literal of at least 4 characters: the regex engine skips ahead by the shortest alternative, and a 2-character
 * `SK` halved the speed of the whole alternation (measured). Short prefixes get the class that must follow them.
 * Unknown followers default to a token character: every shape in the table continues with one.
 */
const MIN_PREFILTER_LITERAL = 4;

/** What every provider token continues with when its pattern does not say (`sk-` then an optional `proj-`, …). */
const TOKEN_CHARACTER = '[A-Za-z0-9_-]';

function prefixSource({ literal, next }: ProviderTokenPrefix): string {
  const padding = Math.max(0, MIN_PREFILTER_LITERAL - literal.length);
  const follower = next ?? TOKEN_CHARACTER;
  return escapeRegExp(literal) + (padding === 0 ? '' : padding === 1 ? follower : `${follower}{${padding}}`);
}

/** Drops endings that end in another ending: `accesstoken` is covered by `token`. */
function minimalEndings(endings: readonly string[]): string[] {
  return endings.filter((ending) => !endings.some((other) => other !== ending && ending.endsWith(other)));
}

/** `sessionid` → `[sS][-_.]?[eE]…`: names are written `session_id`, `SessionId`, `SESSION-ID`. */
function caseAndSeparatorInsensitive(ending: string): string {
  return [...ending].map((char) => (/[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : char)).join('[-_.]?');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line of a block that the prefilter hit, and whether a literal (JWT, provider prefix, header) was among the hits. */
export interface CandidateLine {
  readonly start: number;
  readonly literal: boolean;
}

/** The lines of `text` that contain a prefilter hit, by ascending start offset, each once. */
export function findCandidateLines(text: string, prefilter: Prefilter): CandidateLine[] {
  const fromParams = lineStartsOfHits(text, prefilter.secretParam);
  const fromLiterals = lineStartsOfHits(text, prefilter.literals);
  if (fromLiterals.length === 0) return fromParams.map((start) => ({ start, literal: false }));
  const literalStarts = new Set(fromLiterals);
  const starts = fromParams.length === 0 ? fromLiterals : [...new Set([...fromParams, ...fromLiterals])].sort((a, b) => a - b);
  return starts.map((start) => ({ start, literal: literalStarts.has(start) }));
}

function lineStartsOfHits(text: string, regex: RegExp): number[] {
  const starts: number[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    starts.push(text.lastIndexOf('\n', match.index - 1) + 1);
    const lineEnd = text.indexOf('\n', match.index);
    if (lineEnd === -1) break;
    regex.lastIndex = lineEnd + 1;
  }
  return starts;
}
