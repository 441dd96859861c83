import { formatCount } from './format-values.js';
import type { GroupRow } from './group-rows.js';
import { html, type Html } from './html.js';

/**
 * A row's distinct count: exact for one group; a sketch's estimate is marked `≈`; an exact sum over several groups
 * is an upper bound (one token may be in two files), marked `≤`.
 */
export function distinctCell(row: GroupRow): Html {
  if (row.approximate)
    return html`<abbr title="an estimate (HyperLogLog, standard error 0.8 %)">≈</abbr>${formatCount(row.distinctSecrets)}`;
  if (row.groups > 1)
    return html`<abbr title="at most: one token may be counted on more than one endpoint or in more than one file">≤</abbr>${formatCount(row.distinctSecrets)}`;
  return html`${formatCount(row.distinctSecrets)}`;
}

/** The same in words: `321 distinct tokens`, `about 321 …`, `up to 321 …`. */
export function distinctWords(row: GroupRow): string {
  const qualifier = row.approximate ? 'about ' : row.groups > 1 ? 'up to ' : '';
  return `${qualifier}${formatCount(row.distinctSecrets)} distinct ${row.distinctSecrets === 1 ? 'token' : 'tokens'}`;
}
