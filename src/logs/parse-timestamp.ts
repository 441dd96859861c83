const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

/** `12/Oct/2026:08:15:02 +0000` (nginx, Apache) or `12/Oct/2026:08:15:02.123` (HAProxy, local time taken as UTC). */
const COMMON_LOG_TIME = /^(\d{1,2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?: ?([+-])(\d{2}):?(\d{2}))?$/;

/** ISO 8601 / RFC 3339, with `T` or a space; no zone means UTC (W3C logs are UTC by definition). */
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** Seconds since the epoch for a log timestamp in any format urlleak knows, or undefined. */
export function parseTimestamp(text: string): number | undefined {
  const trimmed = text.trim();
  return parseCommonLogTime(trimmed) ?? parseIsoTime(trimmed) ?? parseEpochNumber(trimmed);
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
  const [, date, time, zone] = match;
  const millis = Date.parse(`${date}T${time}${zone ?? 'Z'}`);
  return Number.isNaN(millis) ? undefined : millis / 1000;
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
