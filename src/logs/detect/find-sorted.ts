/** In `items` sorted by `startOf`, the last one starting at or before `index`, if it `contains` the index. */
export function lastStartingAtOrBefore<T>(
  items: readonly T[],
  index: number,
  startOf: (item: T) => number,
  contains: (item: T) => boolean,
): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle] as T;
    if (startOf(item) <= index) {
      found = item;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found !== undefined && contains(found) ? found : undefined;
}
