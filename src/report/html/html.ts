import { safePath, safeText } from '../safe-text.js';

/** Markup that is already escaped: inserted into a template as it is. Every other string is escaped on the way in. */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

/**
 * The one way text reaches the report: a tagged template whose strings are passed through safeText (secrets
 * redacted, control characters escaped) and HTML-escaped, so no message, path or input-derived value can re-leak a
 * secret or inject markup. Numbers go in as they are (SVG coordinates); `null`, `undefined` and `false` add nothing.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(markup);
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.markup;
  if (typeof value === 'string') return escapeHtml(safeText(value));
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(render).join('');
  return '';
}

/**
 * A file path: secrets redacted as in the other reports, but hashed and dated names left readable (safePath), which
 * safeText would shorten.
 */
export function pathText(path: string): Html {
  return new Html(escapeHtml(safePath(path)));
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
