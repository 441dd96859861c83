import { decodeValue, type UrlParam } from '../detect/find-url-params.js';
import type { SecretParamName } from '../../secrets/param-names.js';
import { splitColumns, W3C_HEADER_COLUMN } from './formats.js';

/**
 * W3C extended logs that log a request header in a column of its own, named `cs(<header>)`: IIS's custom fields and
 * ASP.NET Core's W3CLogger with `AdditionalRequestHeaders` (`#Fields: … cs(x-api-key)`,
 * https://learn.microsoft.com/en-us/aspnet/core/fundamentals/w3c-logger/); Tomcat's parameter, cookie and session id
 * columns (`x-P(api_key)`, `x-H(requestedSessionId)`). When the header is a credential's
 * (`Authorization`, `X-Api-Key`, `X-Auth-Token`), every value of its column is read as that parameter's: no byte of
 * such a line announces it, so the scanner reads every line of the file (scan-stream.ts).
 */
export interface CredentialColumn {
  readonly index: number;
  /** The header's name as the `#Fields:` line writes it (`x-api-key`): what a finding calls the parameter. */
  readonly name: string;
}

/** Which columns of a `#Fields:` header hold a credential header; computed once per header. */
export function credentialColumnsOf(
  fields: readonly string[] | undefined,
  classify: (name: string) => SecretParamName | undefined,
): readonly CredentialColumn[] {
  if (fields === undefined) return NONE;
  const cached = columnsByFields.get(fields);
  if (cached) return cached;
  const columns = fields.flatMap((field, index) => {
    const column = W3C_HEADER_COLUMN.exec(field)?.[1] ?? TOMCAT_VALUE_COLUMN.exec(field)?.[1];
    const name = column === undefined ? undefined : (TOMCAT_NAMES[column] ?? column);
    const entry = name === undefined || COOKIE_HEADERS.has(name.toLowerCase()) ? undefined : classify(name);
    // Names the table knows only with a secret-shaped value (`key`, `session`) are data as often as not.
    return name !== undefined && entry !== undefined && !entry.needsSecretValue ? [{ index, name }] : [];
  });
  columnsByFields.set(fields, columns);
  return columns;
}

/**
 * Tomcat's extended access log names a request's parameter `x-P(<name>)`, a cookie's value `x-C(<name>)` and the
 * session id the request asked for `x-H(requestedSessionId)`
 * (https://tomcat.apache.org/tomcat-10.1-doc/config/valve.html#Extended_Access_Log_Valve).
 */
const TOMCAT_VALUE_COLUMN = /^x-(?:P|C|H(?=\(requestedSessionId\)))\(([^()]+)\)$/;
/** The session id's column holds a `JSESSIONID`, and is named so. */
const TOMCAT_NAMES: Readonly<Record<string, string>> = { requestedSessionId: 'JSESSIONID' };

const NONE: readonly CredentialColumn[] = [];
const columnsByFields = new WeakMap<readonly string[], readonly CredentialColumn[]>();
/** Cookie headers hold `name=value` pairs the scanner reads as parameters anyway. */
const COOKIE_HEADERS = new Set(['cookie', 'set-cookie']);

/**
 * The values of a W3C line's credential columns, as parameters named by their header (`-` is an empty column). The
 * line must have the header's number of columns, as `describeW3cLine` asks.
 */
export function credentialColumnParams(line: string, fields: readonly string[], columns: readonly CredentialColumn[]): UrlParam[] {
  if (columns.length === 0 || line.startsWith('#')) return [];
  const spans = splitColumns(line, line.includes('\t') ? '\t' : ' ');
  if (spans.length !== fields.length) return [];
  return columns.flatMap(({ index, name }) => {
    const span = spans[index];
    if (span === undefined || span.end - span.start < 2) return [];
    // Parameters are written percent-encoded (Tomcat's `x-P`): `%7B%7Bapi_key%7D%7D` is the placeholder `{{api_key}}`.
    const value = decodeValue(line.slice(span.start, span.end));
    return [{ name, anchor: span.start, valueStart: span.start, valueEnd: span.end, value }];
  });
}
