import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FIELDS, EMPTY_CONFIG, type UrlleakConfig } from './config.js';
import type { ScanError } from '../findings/scan-result.js';
import { normalizeParamName } from '../secrets/param-names.js';
import { describeJsonError } from './describe-json-error.js';

/** A config file that exists but is not valid: the run stops with exit code 2 rather than guess. */
export class ConfigError extends Error {}

/** A JSON file that could not be read or parsed: its path, and what was wrong, apart. */
class JsonFileError extends ConfigError {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export interface LoadedConfig {
  readonly config: UrlleakConfig;
  /** Where it came from, for messages; undefined when the project has no config. */
  readonly source: string | undefined;
  /** A package.json that could not be read: the run goes on without its settings and ends with exit code 2. */
  readonly errors: readonly ScanError[];
}

/**
 * `urlleak.config.json` in the working directory, else the `urlleak` key of its package.json, else nothing. A broken
 * urlleak.config.json stops the run (it is urlleak's own file: a typo should not wait for hours of scanning); a
 * package.json that is not JSON (a merge conflict's markers, a trailing comma) is the project's, and most have no
 * `urlleak` key: the run scans without it and reports the file as an error.
 */
export async function loadConfig(cwd: string): Promise<LoadedConfig> {
  const file = await readJson(join(cwd, 'urlleak.config.json'));
  if (file !== undefined) return { config: parseConfig(file, 'urlleak.config.json'), source: 'urlleak.config.json', errors: [] };
  let manifest: unknown;
  try {
    manifest = await readJson(join(cwd, 'package.json'));
  } catch (error) {
    if (!(error instanceof JsonFileError)) throw error;
    const message = `${error.problem}; scanned without any "urlleak" settings it may hold`;
    return { config: EMPTY_CONFIG, source: undefined, errors: [{ path: error.path, message }] };
  }
  if (isObject(manifest) && manifest['urlleak'] !== undefined) {
    return { config: parseConfig(manifest['urlleak'], 'package.json "urlleak"'), source: 'package.json', errors: [] };
  }
  return { config: EMPTY_CONFIG, source: undefined, errors: [] };
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new JsonFileError(path, `cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new JsonFileError(path, `not valid JSON (${describeJsonError(error)})`);
  }
}

/** Unknown keys are errors: a misspelt `ignorePath` silently doing nothing is worse than a failed run. */
export function parseConfig(value: unknown, where: string): UrlleakConfig {
  if (!isObject(value)) throw new ConfigError(`${where} must be an object.`);
  const unknown = Object.keys(value).filter((key) => key !== '$schema' && !(CONFIG_FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0)
    throw new ConfigError(`${where}: unknown setting ${unknown.map((key) => `"${key}"`).join(', ')}; known: ${CONFIG_FIELDS.join(', ')}.`);
  const lists = CONFIG_FIELDS.map((field) => [field, stringList(value[field], `${where}: "${field}"`)] as const);
  const config = Object.fromEntries(lists) as Record<keyof UrlleakConfig, readonly string[]>;
  const blank = config.sensitiveNames.find((name) => normalizeParamName(name) === '');
  if (blank !== undefined)
    throw new ConfigError(`${where}: "sensitiveNames" entry ${JSON.stringify(blank)} names nothing (a name needs a letter or digit).`);
  return config;
}

function stringList(value: unknown, where: string): readonly string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new ConfigError(`${where} must be a list of strings.`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
