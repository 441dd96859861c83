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

/**
 * `12/Oct/2026:08:15:02 +0000` (nginx, Apache) or `12/Oct/2026:08:15:02.123` (HAProxy, local time taken as UTC);
 * Django's development server writes a space before the time: `14/Oct/2026 07:56:09`.
 */
const COMMON_LOG_TIME = /^(\d{1,2})\/([A-Z][a-z]{2})\/(\d{4})[: ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?: ?([+-])(\d{2}):?(\d{2}))?$/;

/**
 * ISO 8601 / RFC 3339, with `T`, a space or a tab (W3C logs: `date` and `time` are two columns); also nginx's error
 * log (`2026/10/12 08:15:02`) and the comma before the fraction that log4j and Python's logging write
 * (`08:15:02,655`). Zones as `Z`, `+02:00`, `+0200` or `+02`; none means UTC (W3C logs are UTC by definition).
 */
const ISO_TIME = /^(\d{4})[-/](\d{2})[-/](\d{2})[T \t](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/** C's `ctime` as Apache's error log writes it: `Mon Oct 12 08:15:02.655 2026` (local time, taken as UTC). */
const CTIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)? (\d{4})$/;

/** BSD syslog (RFC 3164) has no year: `Oct 14 07:56:09`, `Oct  4 07:56:09.003` (local time, taken as UTC). */
const YEARLESS_TIME = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;

/**
 * How far after the file's last change a yearless time may fall and keep the file's year: times are local and read as
 * UTC, so the last lines of a file written east of UTC seem up to 14 hours later than its modification time.
 */
const YEARLESS_SLACK_SECONDS = 24 * 3600;

/** Seconds since the epoch for a log timestamp in any format urlleak knows, or undefined. */
export function parseTimestamp(text: string): number | undefined {
  const trimmed = text.trim();
  return parseCommonLogTime(trimmed) ?? parseIsoTime(trimmed) ?? parseCtime(trimmed) ?? parseEpochNumber(trimmed);
}

/**
 * A syslog time without a year (`Oct 14 07:56:09`), placed in the latest year that puts it no later than `notAfter`
 * (the file's modification time, in seconds): a line cannot be written after its file last changed. A `Dec 31` line
 * in a file modified on January 1st is from the year before; a `Jan 1` line in a file modified on December 31st
 * (UTC) a few hours before that local midnight is from the year after.
 */
export function parseYearlessTime(text: string, notAfter: number): number | undefined {
  const match = YEARLESS_TIME.exec(text.trim());
  const month = MONTHS[match?.[1] ?? ''];
  if (!match || month === undefined) return undefined;
  const [, , day, hour, minute, second, fraction] = match;
  const latest = notAfter + YEARLESS_SLACK_SECONDS;
  // Four years back at most: February 29th exists only in leap years.
  for (let year = new Date(latest * 1000).getUTCFullYear(), oldest = year - 4; year >= oldest; year -= 1) {
    const time = utcSeconds(year, month, Number(day), Number(hour), Number(minute), Number(second), fraction);
    if (time !== undefined && time <= latest) return time;
  }
  return undefined;
}

function parseCommonLogTime(text: string): number | undefined {
  const match = COMMON_LOG_TIME.exec(text);
  if (!match) return undefined;
  const [, day, monthName, year, hour, minute, second, sign, zoneHours, zoneMinutes] = match;
  const month = MONTHS[monthName ?? ''];
  if (month === undefined) return undefined;
  const utc = utcSeconds(Number(year), month, Number(day), Number(hour), Number(minute), Number(second), undefined);
  return utc === undefined ? undefined : utc - zoneOffset(sign, zoneHours, zoneMinutes);
}

function parseIsoTime(text: string): number | undefined {
  const match = ISO_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, , sign, zoneHours, zoneMinutes] = match;
  const utc = utcSeconds(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), fraction);
  return utc === undefined ? undefined : utc - zoneOffset(sign, zoneHours, zoneMinutes);
}

function parseCtime(text: string): number | undefined {
  const match = CTIME.exec(text);
  const month = MONTHS[match?.[1] ?? ''];
  if (!match || month === undefined) return undefined;
  const [, , day, hour, minute, second, year] = match;
  return utcSeconds(Number(year), month, Number(day), Number(hour), Number(minute), Number(second), undefined);
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

/** A zone written `+02:00`, `+0200` or `+02`, in seconds east of UTC; none (or `Z`) is UTC. */
function zoneOffset(sign: string | undefined, hours: string | undefined, minutes: string | undefined): number {
  if (sign === undefined) return 0;
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
