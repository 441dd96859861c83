/** A `name=value` pair found in URL-like text, with the value's span in the raw line and its decoded form. */
export interface UrlParam {
  readonly name: string;
  /** Where the match begins (the separator before the name): the context a window must contain. */
  readonly anchor: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Percent-decoded, JSON-unescaped value. */
  readonly value: string;
}

/**
 * `name=value` where the name follows a URL separator: `?`, `&`, `;`, `#` (fragments), `&amp;` (HTML), `\u0026`
 * (JSON), whitespace or a quote (W3C `cs-uri-query` has no leading `?`), or their percent-encoded forms, which is
 * how a URL nested in another parameter (`redirect_uri=https%3A…%3Ftoken%3D…`) shows up. A value ends at the next
 * raw separator, or at an encoded one that starts another `name%3D` (so `password=a%23b` keeps its `#`), so nested
 * parameters are separate matches with exact spans. Linear: the alternatives of the value start with disjoint
 * characters and the lookahead is bounded.
 */
const PARAM =
  /(?:&amp;|\\u0026|%26|%3[Ff]|%23|[?&;#\s"'(,{[]|^)([A-Za-z][A-Za-z0-9_.[\]-]{0,63})(?:=|%3[Dd])((?:[^&\s"'#<>\\%;]|%(?!(?:2[36]|3[Ff])[A-Za-z][A-Za-z0-9_.[\]-]{0,63}%3[Dd])|\\\/)*)/g;

export function findUrlParams(text: string): UrlParam[] {
  const params: UrlParam[] = [];
  PARAM.lastIndex = 0;
  for (let match = PARAM.exec(text); match; match = PARAM.exec(text)) {
    const [whole, name = '', rawValue = ''] = match;
    const valueEnd = match.index + whole.length;
    params.push({ name, anchor: match.index, valueStart: valueEnd - rawValue.length, valueEnd, value: decodeValue(rawValue) });
    // The value's terminating separator may start the next parameter.
    PARAM.lastIndex = valueEnd;
  }
  return params;
}

/** Percent-decoding that leaves malformed escapes as they are (logs are full of them) instead of throwing. */
export function decodeValue(raw: string): string {
  const unescaped = raw.includes('\\/') ? raw.replaceAll('\\/', '/') : raw;
  if (!unescaped.includes('%')) return unescaped;
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped.replace(/%[0-9A-Fa-f]{2}/g, (escape) => String.fromCharCode(Number.parseInt(escape.slice(1), 16)));
  }
}
