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

/** `12/Oct/2026:08:15:02 +0000` (nginx, Apache) or `12/Oct/2026:08:15:02.123` (HAProxy, local time taken as UTC). */
const COMMON_LOG_TIME = /^(\d{1,2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?: ?([+-])(\d{2}):?(\d{2}))?$/;

/**
 * ISO 8601 / RFC 3339, with `T` or a space; also nginx's error log (`2026/10/12 08:15:02`) and the comma before the
 * fraction that log4j and Python's logging write (`08:15:02,655`). No zone means UTC (W3C logs are UTC by definition).
 */
const ISO_TIME = /^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}:\d{2}:\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}:?\d{2})?$/;

/** C's `ctime` as Apache's error log writes it: `Mon Oct 12 08:15:02.655 2026` (local time, taken as UTC). */
const CTIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)? (\d{4})$/;

/** Seconds since the epoch for a log timestamp in any format urlleak knows, or undefined. */
export function parseTimestamp(text: string): number | undefined {
  const trimmed = text.trim();
  return parseCommonLogTime(trimmed) ?? parseIsoTime(trimmed) ?? parseCtime(trimmed) ?? parseEpochNumber(trimmed);
}

function parseCommonLogTime(text: string): number | undefined {
  const match = COMMON_LOG_TIME.exec(text);
  if (!match) return undefined;
  const [, day, monthName, year, hour, minute, second, sign, zoneHours, zoneMinutes] = match;
  const month = MONTHS[monthName ?? ''];
  if (month === undefined) return undefined;
  const utc = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second)) / 1000;
  const zone = sign ? (Number(zoneHours) * 3600 + Number(zoneMinutes) * 60) * (sign === '-' ? -1 : 1) : 0;
  return utc - zone;
}

function parseIsoTime(text: string): number | undefined {
  const match = ISO_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, time, fraction, zone] = match;
  const millis = Date.parse(`${year}-${month}-${day}T${time}${fraction === undefined ? '' : `.${fraction}`}${zone ?? 'Z'}`);
  return Number.isNaN(millis) ? undefined : millis / 1000;
}

function parseCtime(text: string): number | undefined {
  const match = CTIME.exec(text);
  const month = MONTHS[match?.[1] ?? ''];
  if (!match || month === undefined) return undefined;
  const [, , day, hour, minute, second, year] = match;
  return Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second)) / 1000;
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
