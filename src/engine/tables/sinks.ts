import { frameworks } from '../frameworks/index.js';
import type { SinkRow } from '../frameworks/model.js';
import { insecureSchemeRows, serverSinkRows } from './server-sinks.js';

/**
 * Where a URL leaves the program, or a server API a rule judges: the one sink table, assembled from the framework
 * models (frameworks/index.ts). Row types and the path syntax: frameworks/model.ts.
 */
export type { CodeRuleId, OptionRename, QueryOptionSpec, SinkRow, TokenOptionSpec, UrlSpec } from '../frameworks/model.js';

/** Client URLs: ws-token-in-url and token-in-request-url rows, one per client API. */
const urlSinks: readonly SinkRow[] = frameworks.flatMap((model) => model.urlSinks ?? []);

export const sinkTable: readonly SinkRow[] = [...urlSinks, ...insecureSchemeRows(urlSinks), ...serverSinkRows];
