import { normalizeParamName } from '../../secrets/param-names.js';
import { classifySecretValue, GENERATED_VALUE_MIN_LENGTH, isStoredTokenDigest } from '../../secrets/shapes.js';
import type { UrlParam } from './find-url-params.js';

/**
 * The values an SQL statement written in a line puts into or compares with a column, named by that column: a
 * database's query log (MySQL's general log, MariaDB's audit plugin, PostgreSQL's `log_statement`), an ORM's
 * (GORM's default logger, Sequelize's `Executing (default): …`, EF Core with `EnableSensitiveDataLogging()`). An app
 * that stores its sessions, reset tokens or API keys in a table writes them there:
 * - `` `remember_token` = 'mjYx…' ``, `session_token='…'`: a column compared or set to a string;
 * - `INSERT INTO integrations ("provider","api_key") VALUES ('novaposhta','e35d…')`: columns and values by position;
 * - `[Parameters=[@p0='…' (Size = 4000)], …] UPDATE [ExternalLogins] SET [RefreshToken] = @p0`: a parameter's value
 *   named by the column the statement binds it to, else by the parameter's own name (`@__sessionKey_0`: EF Core names
 *   a captured variable so);
 * - `SET value = '…' WHERE key = 'mailgun_secret'`: a key-value table's row, named by its key (WordPress'
 *   `option_name`, Laravel settings tables).
 * A table of sessions or tokens names its `id` column's values (`` select * from `sessions` where `id` = '…' ``).
 * Quotes may be escaped as the line's container writes them (`\'` in an audit field, `\u0027` in a JSON message).
 */
export function findSqlValues(line: string, isCredentialName: (name: string) => boolean = () => false): UrlParam[] {
  // Every value read here is a string literal, or a generated value Laravel put in an insert's values unquoted: a line
  // without either (most access log lines) has none.
  if (!(line.includes("'") || line.includes('\\u0027') || INSERT_VALUES_LITERALS.some((literal) => line.includes(literal)))) return [];
  const statement = SQL_STATEMENT.exec(line);
  if (!statement) return [];
  const { bound, pairs } = readStatement(line);
  for (const { name, value, anchor } of parameterValues(line))
    pairs.push(namedValue(line, bound.get(name) ?? parameterName(name), value, anchor));
  return withKeyValueRows(pairs, isCredentialName, statement.index).sort((a, b) => a.valueStart - b.valueStart);
}

/**
 * The columns a statement written in a line binds its placeholders to (`?` counted in order as `?1`, `?2`; `$1`,
 * `@p0`, `:name`), for the lines that give the values apart from it (`boundValues`); undefined for a line without.
 */
export function placeholderColumns(line: string): ReadonlyMap<string, string> | undefined {
  if (!SQL_STATEMENT.test(line)) return undefined;
  const { bound } = readStatement(line);
  return bound.size > 0 ? bound : undefined;
}

/** A statement's placeholders by their column, and the strings it compares or inserts, named by theirs. */
function readStatement(line: string): { bound: Map<string, string>; pairs: UrlParam[] } {
  const table = tableOf(line);
  const bound = new Map<string, string>();
  const pairs: UrlParam[] = [];
  for (const { column, value, placeholder, anchor } of [...comparedValues(line), ...insertedValues(line)]) {
    if (placeholder !== undefined) bound.set(placeholder, columnName(column, table));
    else if (value) pairs.push(namedValue(line, columnName(column, table), value, anchor));
  }
  // A token's digest stored in its place (Laravel Sanctum's, Devise's) opens nothing.
  return { bound, pairs: pairs.filter((pair) => !isStoredTokenDigest(pair.value)) };
}

/**
 * What the lines that give a statement's parameters apart from it hold: Hibernate's bind logging
 * (`org.hibernate.orm.jdbc.bind`, `BasicBinder` before Hibernate 6) and PostgreSQL's `DETAIL:  parameters:` under its
 * `execute` line in its text log (with `log_statement` or `log_min_duration_statement`). Whole phrases: the log
 * prefilter finds them by byte pairs other literals already search for (`parameters: $` alone added one as common as
 * `me`, +19 % byte-search hits on the benchmark's sparse log). Not read: SQLAlchemy's engine echo, whose parameters
 * follow `[cached since …]` (its words' byte pairs added 11 % hits), and a statement printed over many lines.
 */
const HIBERNATE_BIND_LITERAL = 'binding parameter';
const POSTGRES_PARAMETERS_LITERAL = 'DETAIL:  parameters: $';
export const BIND_LINE_LITERALS = [HIBERNATE_BIND_LITERAL, POSTGRES_PARAMETERS_LITERAL] as const;

/**
 * The values a bind line gives, each named by the column the statement before it binds that placeholder to
 * (`columns`, from `placeholderColumns` of the nearest earlier statement):
 * - Hibernate 6: `binding parameter (1:VARCHAR) <- [value]`; Hibernate 5: `binding parameter [1] as [VARCHAR] - [value]`
 *   (https://docs.jboss.org/hibernate/orm/6.6/userguide/html_single/Hibernate_User_Guide.html#best-practices-logging);
 * - PostgreSQL: `DETAIL:  parameters: $1 = 'value', $2 = '…'`.
 */
export function boundValues(line: string, columns: ReadonlyMap<string, string> | undefined): UrlParam[] {
  if (columns === undefined) return [];
  const hibernate = HIBERNATE_BIND.exec(line);
  if (hibernate) {
    const column = columns.get(`?${hibernate[1] ?? hibernate[2] ?? ''}`);
    const start = hibernate.index + hibernate[0].length;
    const end = line.lastIndexOf(']');
    return column === undefined || end <= start
      ? []
      : [{ name: column, anchor: hibernate.index, valueStart: start, valueEnd: end, value: line.slice(start, end) }];
  }
  if (!line.includes(POSTGRES_PARAMETERS_LITERAL)) return [];
  return [...parameterValues(line)].flatMap(({ name, value, anchor }) => {
    const column = columns.get(name);
    return column === undefined ? [] : [namedValue(line, column, value, anchor)];
  });
}

const HIBERNATE_BIND = /binding parameter (?:\((\d{1,4}):\w{1,32}\) <- |\[(\d{1,4})\] as \[\w{1,32}\] - )\[/;

/** A word's start: after no letter, digit or `_`, or after a JSON-escaped newline or tab (`;\\nUPDATE [Users]`). */
const STARTS_WORD = String.raw`(?:(?<![A-Za-z0-9_])|(?<=\\[nrt]))`;
/** A statement's first word, anywhere in the line (a log's prefix before it); T-SQL's `exec` of a procedure too. */
const SQL_STATEMENT = new RegExp(String.raw`${STARTS_WORD}(?:select|insert\s+into|update|delete\s+from|exec(?:ute)?)\s`, 'i');
/** A name as SQL quotes it or not: `` `users` ``, `"users"`, `[Users]`; the name is the group. */
const QUOTED_NAME = String.raw`[\x60"[]?(\w{1,64})[\x60"\]]?`;
/** The table a statement reads or writes first, after its schema if one is named. */
const TABLE = new RegExp(String.raw`${STARTS_WORD}(?:from|into|update)\s+${QUOTED_NAME}(?:\.${QUOTED_NAME})?`, 'i');

function tableOf(line: string): string | undefined {
  const match = TABLE.exec(line);
  return match ? (match[2] ?? match[1]) : undefined;
}

interface Quoted {
  readonly start: number;
  readonly end: number;
  /** Where the quoted text ends, closing quote included. */
  readonly after: number;
}

/**
 * A string literal opened by `'`, `\'` or `\u0027` at `at` (after T-SQL's `N` of a Unicode string, `N'…'`), closed by
 * the same; `''` inside is a quote.
 */
function quotedAt(line: string, at: number): Quoted | undefined {
  if (line[at] === 'N' && line[at + 1] === "'") at += 1;
  const quote = QUOTES.find((candidate) => line.startsWith(candidate, at));
  if (quote === undefined) return undefined;
  const start = at + quote.length;
  for (let index = start; index < line.length && index - start <= MAX_VALUE; index += 1) {
    if (!line.startsWith(quote, index)) continue;
    if (quote === "'" && line[index + 1] === "'") {
      index += 1;
      continue;
    }
    return { start, end: index, after: index + quote.length };
  }
  return undefined;
}

const QUOTES = ['\\u0027', "\\'", "'"];
const MAX_VALUE = 4096;

interface ColumnValue {
  readonly column: string;
  /** The literal's span, when the column meets a string. */
  readonly value: Quoted | undefined;
  /** The placeholder bound there (`?` counted in order as `?1`, `$1`, `@p0`, `:name`), when it meets one. */
  readonly placeholder: string | undefined;
  readonly anchor: number;
}

/** `col = 'x'`, `t.col='x'`, `[Col] = @p0`, `"col" = $1`, `col = ?`: in order. */
function* comparedValues(line: string): Generator<ColumnValue> {
  let questionMarks = 0;
  COMPARISON.lastIndex = 0;
  for (let match = COMPARISON.exec(line); match; match = COMPARISON.exec(line)) {
    const column = match[1] ?? '';
    const at = match.index + match[0].length;
    const placeholder = PLACEHOLDER.exec(line.slice(at, at + 64))?.[0];
    if (placeholder !== undefined) {
      questionMarks += placeholder === '?' ? 1 : 0;
      yield { column, value: undefined, placeholder: placeholder === '?' ? `?${questionMarks}` : placeholder, anchor: match.index };
      continue;
    }
    const value = quotedAt(line, at);
    if (value) {
      COMPARISON.lastIndex = value.after;
      yield { column, value, placeholder: undefined, anchor: match.index };
    }
  }
}

/** A column (bare, or quoted by `` ` ``, `"`, `[ ]`, after its table or alias), then `=`, `!=`, `<>` or LIKE. */
const COMPARISON =
  /(?<![\w$@.`"\]])(?:[`"[]?\w{1,64}[`"\]]?\.)?[`"[]?([A-Za-z_]\w{0,63})[`"\]]?\s{0,3}(?:=|!=|<>|\s[Ll][Ii][Kk][Ee]\s)\s{0,3}/g;
const PLACEHOLDER = /^(?:\?(?!\w)|\$\d{1,4}\b|@\w{1,64}|:[A-Za-z_]\w{0,63})/;

/** `INSERT INTO t (a, "b", `c`) VALUES ('x', ?, $2, NULL, 'y')`: each column with its value, by position. */
function* insertedValues(line: string): Generator<ColumnValue> {
  INSERT.lastIndex = 0;
  for (let match = INSERT.exec(line); match; match = INSERT.exec(line)) {
    const columns = (match[1] ?? '').split(',').map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    let at = match.index + match[0].length;
    let questionMarks = 0;
    for (const column of columns) {
      while (line[at] === ' ') at += 1;
      const value = quotedAt(line, at) ?? generatedValueAt(line, at);
      const placeholder = value ? undefined : PLACEHOLDER.exec(line.slice(at, at + 64))?.[0];
      if (placeholder === '?') questionMarks += 1;
      yield {
        column,
        value,
        placeholder: placeholder === '?' ? `?${questionMarks}` : placeholder,
        anchor: match.index,
      };
      // To the next value: past a literal, or past anything else (a number, NULL, a function's call) up to its comma.
      const next = line.indexOf(',', value ? value.after : at);
      if (next === -1) break;
      at = next + 1;
    }
  }
}

/**
 * A value a server generated, written without quotes: Laravel's `QueryException` message puts a failed statement's
 * bindings in place of its `?` as they are (`Str::replaceArray('?', $bindings, $sql)`: `(SQL: insert into
 * \`password_resets\` (\`email\`, \`token\`) values (a@b.example, hebcMrZ4…))`). Only a value of a secret's shape is read so:
 * the rest (numbers, `NULL`, dates, e-mail addresses) stays a column's ordinary data.
 */
function generatedValueAt(line: string, at: number): Quoted | undefined {
  const end = line.slice(at, at + MAX_VALUE).search(UNQUOTED_VALUE_END);
  if (end < GENERATED_VALUE_MIN_LENGTH) return undefined;
  return classifySecretValue(line.slice(at, at + end)) === undefined ? undefined : { start: at, end: at + end, after: at + end };
}

/**
 * What the log prefilter finds an insert by when its values are unquoted (Laravel's `QueryException`, whose grammar
 * writes lower case): no quote after a credential's name. Found by `va`, a needle the search has; `) values (` took a
 * pair of its own, `) ` (+10% byte-search hits on the 47 MB Apache log).
 */
export const INSERT_VALUES_LITERALS = ['values ('] as const;
const UNQUOTED_VALUE_END = /[\s,()'"]|$/;

/** `INSERT INTO t (cols) VALUES (`, with SQL Server's `OUTPUT INSERTED.[Id]` between them (EF Core writes it). */
const INSERT = new RegExp(
  String.raw`${STARTS_WORD}insert\s+into\s+[^\s(]{1,128}\s*\(([^()]{1,2048})\)\s*(?:output\s+[^()]{1,256}?\s+)?values\s*\(`,
  'gi',
);

/** `@p0='…'`, `@__sessionKey_0='…'` (EF Core), `$1 = '…'` (PostgreSQL's `DETAIL:  parameters:`). */
function* parameterValues(line: string): Generator<{ name: string; value: Quoted; anchor: number }> {
  PARAMETER.lastIndex = 0;
  for (let match = PARAMETER.exec(line); match; match = PARAMETER.exec(line)) {
    const value = quotedAt(line, match.index + match[0].length);
    if (!value) continue;
    PARAMETER.lastIndex = value.after;
    yield { name: match[1] ?? '', value, anchor: match.index };
  }
}

const PARAMETER = /(?<![\w$@])(@\w{1,64}|\$\d{1,4})\s{0,2}=\s{0,2}/g;

/** EF Core's name for a captured variable, `@__sessionKey_0`, is the variable's: `sessionKey`. */
function parameterName(name: string): string {
  return name.replace(/^[@$]_*/, '').replace(/_\d+$/, '');
}

/** A table of sessions or tokens (`sessions`, `password_reset_tokens`) names the values of its `id`. */
function columnName(column: string, table: string | undefined): string {
  if (table === undefined || normalizeParamName(column) !== 'id') return column;
  return table.endsWith('s') ? table.slice(0, -1) : table;
}

/**
 * A key-value table's value column takes the row's key as its name (`value` … `key = 'mailgun_secret'`). Not a key
 * that looks like a secret itself (a table keyed by API keys): a finding's name is printed whole.
 */
function withKeyValueRows(pairs: UrlParam[], isCredentialName: (name: string) => boolean, statementStart: number): UrlParam[] {
  const keyPair = pairs.find((pair) => ROW_KEY_COLUMNS.has(normalizeParamName(pair.name)));
  if (!keyPair) return rowNamedByItsValue(pairs, isCredentialName, statementStart);
  if (!isRowKey(keyPair.value)) return pairs;
  if (!pairs.some((pair) => ROW_VALUE_COLUMNS.has(normalizeParamName(pair.name)))) return pairs;
  return pairs
    .filter((pair) => pair !== keyPair)
    .map((pair) => (ROW_VALUE_COLUMNS.has(normalizeParamName(pair.name)) ? { ...pair, name: keyPair.value } : pair));
}

function isRowKey(value: string): boolean {
  return /^[A-Za-z][\w.-]{1,63}$/.test(value) && classifySecretValue(value) === undefined;
}

/**
 * A key-value table whose columns are named in the app's language (`UPDATE asetukset SET arvo = '…' WHERE avain =
 * 'vipps_refresh_token'`, `INSERT INTO nastavitve (kljuc, vrednost) VALUES ('api_key', '…')`): a statement of two
 * strings, one a credential's name, the other a generated value, which the name names. The statement's own strings:
 * those after its first word (an audit record's fields before it are pairs too: StarRocks' `User='…'`).
 */
function rowNamedByItsValue(pairs: UrlParam[], isCredentialName: (name: string) => boolean, statementStart: number): UrlParam[] {
  const own = pairs.filter((pair) => pair.anchor >= statementStart);
  if (own.length !== 2) return pairs;
  const keyPair = own.find((pair) => isRowKey(pair.value) && isCredentialName(pair.value));
  const valuePair = own.find((pair) => pair !== keyPair);
  if (!keyPair || !valuePair || classifySecretValue(valuePair.value) === undefined) return pairs;
  return [...pairs.filter((pair) => !own.includes(pair)), { ...valuePair, name: keyPair.value }];
}

const ROW_KEY_COLUMNS = new Set(['key', 'name', 'optionname', 'metakey', 'settingkey', 'configkey', 'setting']);
const ROW_VALUE_COLUMNS = new Set(['value', 'optionvalue', 'metavalue', 'settingvalue', 'configvalue', 'val']);

function namedValue(line: string, name: string, value: Quoted, anchor: number): UrlParam {
  return { name, anchor, valueStart: value.start, valueEnd: value.end, value: line.slice(value.start, value.end).replaceAll("''", "'") };
}
