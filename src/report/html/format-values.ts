/** How the report writes numbers, sizes, times and durations: one way everywhere, in English, times in UTC. */

const COUNT = new Intl.NumberFormat('en-US');

/** `12,345`; `≈12,345` for an estimate. */
export function formatCount(count: number, approximate = false): string {
  return `${approximate ? '≈' : ''}${COUNT.format(count)}`;
}

/** `42 %` of a whole, `–` when there is no whole to take a share of. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;
}

const BYTE_UNITS: readonly string[] = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** `1.9 GB` (powers of 1,024, as `ls -h`). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${formatCount(value)} bytes` : `${value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

/** `2026-10-12 14:05:09 UTC` from an ISO 8601 time or seconds since the epoch. */
export function formatTime(time: string | number): string {
  const date = new Date(typeof time === 'number' ? time * 1000 : time);
  if (Number.isNaN(date.getTime())) return String(time);
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A time bucket's start as wide as the bucket says: `2026-10-12 14:00` for hours, `2026-10-12` for longer. */
export function formatBucketStart(seconds: number, bucketSeconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return bucketSeconds < 86_400 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

const DURATION_UNITS: ReadonlyArray<readonly [number, string]> = [
  [365 * 86_400, 'y'],
  [86_400, 'd'],
  [3600, 'h'],
  [60, 'min'],
  [1, 's'],
];

/** `68 min`, `1.1 y`: two significant digits at most, in the largest unit that is at least one. */
export function formatDuration(seconds: number): string {
  const [size, unit] = DURATION_UNITS.find(([unitSeconds]) => seconds >= unitSeconds) ?? [1, 's'];
  return `${Number((seconds / size).toPrecision(2))} ${unit}`;
}

/** `hour`, `day`, `week`, `30 days`: what one timeline bucket spans. */
export function describeBucket(bucketSeconds: number): string {
  const names: Readonly<Record<number, string>> = { 3600: 'hour', 86_400: 'day', 604_800: 'week' };
  return names[bucketSeconds] ?? `${formatDuration(bucketSeconds)}`;
}
