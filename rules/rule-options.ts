import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { EngineSettings } from '../src/engine/engine-options.js';

const stringList = (description: string): JSONSchema4 => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
  description,
});

/** Every option a urlleak rule may take; each feeds one engine setting and extends, never replaces, the built-ins. */
export const optionSchemas = {
  extraSecretNames: stringList(
    'More query-parameter, property or variable names that carry credentials (e.g. "x_session_key"), added to the built-in list.',
  ),
  extraLoggerNames: stringList('More logger objects or functions (e.g. "auditLog"), added to the built-in logger table.'),
  allowedHosts: stringList('Hosts that may be reached over plain ws:// (loopback and *.localhost always are).'),
} as const satisfies Record<keyof EngineSettings, JSONSchema4>;

export type OptionName = keyof typeof optionSchemas;
export type RuleOptions = Partial<Record<OptionName, string[]>>;

export function optionsSchema(names: readonly OptionName[]): JSONSchema4[] {
  if (names.length === 0) return [];
  const properties = Object.fromEntries(names.map((name) => [name, optionSchemas[name]]));
  return [{ type: 'object', properties, additionalProperties: false }];
}

export function settingsFrom(options: RuleOptions): EngineSettings {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined && value.length > 0));
}
