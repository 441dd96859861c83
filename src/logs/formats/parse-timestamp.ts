const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/** What a capture group of a `TimeShape` holds. */
type TimePart = 'year' | 'month' | 'monthName' | 'day' | 'hour' | 'minute' | 'second' | 'fraction' | 'zone' | 'meridiem';

/**
 * One way logs write a date and a time: a regex source whose capture groups are, in order, `parts`, and whose first
 * group always takes part in a match (it tells which shape matched). Shapes are joined into one regex, so a source
 * has no anchors and no named groups.
 */
interface TimeShape {
  readonly source: string;
  readonly parts: readonly TimePart[];
}

/** Digits after a point or, as log4j and Python's logging write it, a comma (`10:20:13,123`). */
const FRACTION = String.raw`(?:[.,](\d+))?`;

/**
 * A zone right after the time: `Z`, `+02:00`, `+0200`, `+02`; after a space `+0000` (Common Log Format, gunicorn,
 * Rails), `+02:00` (Serilog's file sink), `-03` (WEBrick's access log: Ruby's `%z` where the zone has no minutes), `UTC`,
 * `GMT` or `Z` (Mattermost's `2026-12-16 14:07:00.432 Z`), an offset from UTC or GMT (Java's `SimpleDateFormat` `z`:
 * `GMT+02:00`; .NET's `(UTC+0100)`). None means UTC: times without a zone are local times, taken as UTC (W3C logs are
 * UTC by definition). The lookaheads keep a number that goes on (`+020`) from being read as a zone.
 */
const ZONE = String.raw`(Z|[+-]\d{2}(?::?\d{2})?(?!\d)| [+-]\d{2}:?\d{2}(?!\d)| [+-]\d{2}(?![\d:])| \(?(?:UTC|GMT)[+-]\d{2}:?\d{2}\)?(?!\d)| UTC| GMT| Z)?`;

/** The shapes of a time with a date, most common first. Each costs a bounded number of steps where it is tried. */
const TIME_SHAPES: readonly TimeShape[] = [
  // ISO 8601 / RFC 3339 with `T`, a space or a tab (W3C `date` and `time` columns); nginx's error log and Go's `log`
  // package write the date with slashes (`2026/07/14 10:20:13`), Gin's logger (and KrakenD's) with ` - ` before the
  // time (`[GIN] 2026/07/14 - 10:20:13`), ClickHouse with dots (`2026.07.14 10:20:13.558529`), Sophos UTM with colons
  // and a `-` before the time (`2026:07:14-10:20:13`), runit's svlogd with `_` (`-tt`: `2026-07-14_10:20:13.55849`,
  // UTC: https://smarden.org/runit/svlogd.8).
  {
    source: String.raw`(\d{4})[-/.:](\d{2})[-/.:](\d{2})(?:[T \t_-]| - )(\d{2}):(\d{2}):(\d{2})${FRACTION}${ZONE}`,
    parts: ['year', 'month', 'day', 'hour', 'minute', 'second', 'fraction', 'zone'],
  },
  // Unreal Engine's log prefix, dots throughout and the milliseconds after a colon (`[2026.07.14-10.20.13:558]`), read as
  // UTC as Sentry's parser of Unreal logs reads it (https://docs.rs/symbolic-unreal/12.0.0/src/symbolic_unreal/logs.rs.html).
  {
    source: String.raw`(\d{4})\.(\d{2})\.(\d{2})-(\d{2})\.(\d{2})\.(\d{2}):(\d{3})`,
    parts: ['year', 'month', 'day', 'hour', 'minute', 'second', 'fraction'],
  },
  // Day, month and year in numbers joined by `-` or `.`, as day-first countries write them: 3proxy's default
  // `%d-%m-%Y %H:%M:%S` (https://3proxy.org/doc/man3/3proxy.cfg.3.html), `14.07.2026 10:20:13`. Month-first dates
  // are written with `/` (above, `toLocaleString`).
  {
    source: String.raw`(\d{2})[-.](\d{2})[-.](\d{4})[ T](\d{2}):(\d{2}):(\d{2})${FRACTION}${ZONE}`,
    parts: ['day', 'month', 'year', 'hour', 'minute', 'second', 'fraction', 'zone'],
  },
  // MariaDB's audit plugin: `20261216 10:04:33` (https://mariadb.com/kb/en/mariadb-audit-plugin-log-format/).
  {
    source: String.raw`((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d) (\d{2}):(\d{2}):(\d{2})`,
    parts: ['year', 'month', 'day', 'hour', 'minute', 'second'],
  },
  // Day, month name, year: the Common Log Format's `14/Jul/2026:10:20:13 +0000` (nginx, Apache; HAProxy's
  // `14/Jul/2026:10:20:13.123`), Django's runserver `14/Jul/2026 10:20:13`, Java's `dd-MMM-yyyy HH:mm:ss.SSS` (Tomcat's
  // OneLineFormatter, PHP's error log `14-Jul-2026 10:20:13 UTC`), RFC 1123 and log4j's `DATE` (`14 Jul 2026 10:20:13,123`).
  {
    source: String.raw`(\d{1,2})[-/ ]([A-Z][a-z]{2})[-/ ](\d{4})[: ](\d{2}):(\d{2}):(\d{2})${FRACTION}${ZONE}`,
    parts: ['day', 'monthName', 'year', 'hour', 'minute', 'second', 'fraction', 'zone'],
  },
  // C's ctime: Apache's error log (`Tue Jul 14 10:20:13.123456 2026`), date(1) (`Tue Jul 14 10:20:13 UTC 2026`).
  {
    source: String.raw`[A-Z][a-z]{2} ([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})${FRACTION}(?: (UTC|GMT))? (\d{4})`,
    parts: ['monthName', 'day', 'hour', 'minute', 'second', 'fraction', 'zone', 'year'],
  },
  // JavaScript's `toLocaleString('en-US')`, as Cloudflare's `wrangler tail --format pretty` writes it:
  // `7/14/2026, 10:20:13 AM`, month first, a 12-hour clock.
  {
    source: String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{1,2}):(\d{2}):(\d{2}) ([AP]M)`,
    parts: ['month', 'day', 'year', 'hour', 'minute', 'second', 'meridiem'],
  },
  // JavaScript's `Date#toString()`: `Tue Jul 14 2026 10:20:13 GMT+0000 (Coordinated Universal Time)`.
  {
    source: String.raw`[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})`,
    parts: ['monthName', 'day', 'year', 'hour', 'minute', 'second', 'zone'],
  },
];

/** A time of any shape urlleak knows, as a regex source to search a line with (formats.ts); read it with `parseTimestamp`. */
export const TIME_IN_TEXT = TIME_SHAPES.map((shape) => shape.source).join('|');

const WHOLE_TIME = new RegExp(`^(?:${TIME_IN_TEXT})$`);

/**
 * A time without a year: BSD syslog (RFC 3164: `Oct 14 07:56:09`, `Oct  4 07:56:09.003`), Kubernetes' klog
 * (`1014 07:56:09.003456`, after the level letter) and Android's logcat (`10-14 07:56:09.003`). Local times, taken as
 * UTC.
 */
const YEARLESS_TIME = /^(?:([A-Z][a-z]{2}) {1,2}(\d{1,2})|(\d{2})-?(\d{2})) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;

/** log4j's `yy/MM/dd HH:mm:ss`, Spark's default layout (`26/07/14 10:20:13`): a year of this century. */
const SHORT_YEAR_TIME = /^(\d{2})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * hapi's good-console (and the good reporters built on it): Moment's `YYMMDD/HHmmss.SSS` in UTC, its defaults
 * (`261221/070118.526`, https://github.com/hapijs/good-console#usage).
 */
const COMPACT_SHORT_YEAR_TIME = /^(\d{2})(\d{2})(\d{2})\/(\d{2})(\d{2})(\d{2})\.(\d{3})$/;

/**
 * How far after the file's last change a yearless time may fall and keep the file's year: times are local and read as
 * UTC, so the last lines of a file written east of UTC seem up to 14 hours later than its modification time.
 */
const YEARLESS_SLACK_SECONDS = 24 * 3600;

/** Seconds since the epoch for a log timestamp in any format urlleak knows, or undefined. */
export function parseTimestamp(text: string): number | undefined {
  // Lines come in time order, many to a second: the time read last is often the next line's too.
  if (text === lastParsed.text) return lastParsed.time;
  // A JSON field may keep the brackets of the access-log variable it was filled from (`"time":"[04/Dec/2026:15:04:24 +0000]"`).
  const spaced = text.trim();
  const trimmed = spaced.startsWith('[') && spaced.endsWith(']') ? spaced.slice(1, -1) : spaced;
  const match = WHOLE_TIME.exec(trimmed);
  const time = match ? readTimeMatch(match) : parseEpochNumber(trimmed);
  lastParsed = { text, time };
  return time;
}

let lastParsed: { readonly text: string; readonly time: number | undefined } = { text: '', time: undefined };

/**
 * A time without a year (`Oct 14 07:56:09`, klog's `1014 07:56:09.003456`, logcat's `10-14 07:56:09.003`), placed in the latest year that puts it no
 * later than `notAfter` (the file's modification time, in seconds): a line cannot be written after its file last
 * changed. A `Dec 31` line in a file modified on January 1st is from the year before; a `Jan 1` line in a file modified
 * on December 31st (UTC) a few hours before that local midnight is from the year after.
 */
export function parseYearlessTime(text: string, notAfter: number): number | undefined {
  const match = YEARLESS_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, monthName, day, monthNumber, dayNumber, hour, minute, second, fraction] = match;
  const month = monthName === undefined ? Number(monthNumber) - 1 : MONTHS[monthName];
  if (month === undefined) return undefined;
  const latest = notAfter + YEARLESS_SLACK_SECONDS;
  // Four years back at most: February 29th exists only in leap years.
  for (let year = new Date(latest * 1000).getUTCFullYear(), oldest = year - 4; year >= oldest; year -= 1) {
    const time = utcSeconds(year, month, Number(day ?? dayNumber), Number(hour), Number(minute), Number(second), fraction);
    if (time !== undefined && time <= latest) return time;
  }
  return undefined;
}

/** SharePoint's ULS `MM/dd/yyyy HH:mm:ss.ff` (month first, hundredths), or undefined. */
export function parseUlsTime(text: string): number | undefined {
  const match = ULS_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, month, day, year, hour, minute, second, fraction] = match;
  return utcSeconds(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), fraction);
}

const ULS_TIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})\.(\d{2})$/;

/** A time written with a two-digit year first (`SHORT_YEAR_TIME`), or undefined. */
export function parseShortYearTime(text: string): number | undefined {
  const match = SHORT_YEAR_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return utcSeconds(2000 + Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), undefined);
}

/** A `COMPACT_SHORT_YEAR_TIME` (good-console's), or undefined. */
export function parseCompactShortYearTime(text: string): number | undefined {
  const match = COMPACT_SHORT_YEAR_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction] = match;
  return utcSeconds(2000 + Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), fraction);
}

/** Reads a match of `WHOLE_TIME`: the shape whose first group took part is the one that matched. */
function readTimeMatch(match: RegExpExecArray): number | undefined {
  let first = 1;
  for (const shape of TIME_SHAPES) {
    if (match[first] !== undefined) return readParts((part) => partOf(match, first, shape, part));
    first += shape.parts.length;
  }
  return undefined;
}

/** The text of a part in a match of `WHOLE_TIME` whose groups for `shape` start at `first`. */
function partOf(match: RegExpExecArray, first: number, shape: TimeShape, part: TimePart): string | undefined {
  const index = shape.parts.indexOf(part);
  return index === -1 ? undefined : match[first + index];
}

/** Seconds since the epoch from the parts of a time, each read by `part`. */
function readParts(part: (name: TimePart) => string | undefined): number | undefined {
  const monthName = part('monthName');
  const month = monthName === undefined ? Number(part('month')) - 1 : MONTHS[monthName];
  if (month === undefined) return undefined;
  const utc = utcSeconds(
    Number(part('year')),
    month,
    Number(part('day')),
    hourOfDay(Number(part('hour')), part('meridiem')),
    Number(part('minute')),
    Number(part('second')),
    part('fraction'),
  );
  return utc === undefined ? undefined : utc - zoneOffset(part('zone'));
}

/** A 12-hour clock's hour (`12 AM` is 0, `1 PM` is 13) on the 24-hour clock; the hour itself without a meridiem. */
function hourOfDay(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return Number.NaN;
  return (hour % 12) + (meridiem === 'PM' ? 12 : 0);
}

/**
 * Seconds since the epoch for a UTC date and time (`month` from 0), to the millisecond of `fraction` (the digits after
 * the point), or undefined when a field is out of range (`Feb 30`, `25:00`): `Date.UTC` would roll it into another date.
 */
function utcSeconds(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
): number | undefined {
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  // A leap second (`23:59:60`) is kept in its day, as its last second.
  const millis = Date.UTC(
    year,
    month,
    day,
    hour,
    minute,
    Math.min(second, 59),
    fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
  );
  const date = new Date(millis);
  return date.getUTCMonth() === month && date.getUTCDate() === day ? millis / 1000 : undefined;
}

/** A zone (`Z`, `UTC`, `GMT`, `+02:00`, `+0200`, `+02`, with or without a space before it) in seconds east of UTC. */
function zoneOffset(zone: string | undefined): number {
  const match = /^ ?\(?(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})?\)?$/.exec(zone ?? '');
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  const offset = Number(hours) * 3600 + Number(minutes ?? 0) * 60;
  return sign === '-' ? -offset : offset;
}

/** Epoch numbers by magnitude: seconds (Caddy `ts`), milliseconds (pino `time`), micro- or nanoseconds (Cloudflare). */
function parseEpochNumber(text: string): number | undefined {
  if (!/^\d{9,19}(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (value < 1e11) return value;
  if (value < 1e14) return value / 1e3;
  if (value < 1e17) return value / 1e6;
  return value / 1e9;
}
