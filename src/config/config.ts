/**
 * The project's urlleak settings, from `urlleak.config.json` or the `urlleak` key of package.json. Every field is
 * optional in the file and an empty list here. Documented in docs/configuration.md.
 */
export interface UrlleakConfig {
  /** Hosts whose URLs may carry credentials by design (signed CDN links, an identity provider): not reported. */
  readonly allowedHosts: readonly string[];
  /** Query parameter and property names to treat as secrets, beyond the built-in table (`x-session`, `sid`, …). */
  readonly sensitiveNames: readonly string[];
  /** Files never scanned, in .gitignore syntax, like `--ignore`. */
  readonly ignorePaths: readonly string[];
}

export const EMPTY_CONFIG: UrlleakConfig = { allowedHosts: [], sensitiveNames: [], ignorePaths: [] };

/** The fields a config file may have; each is a list of strings. A reviewer extends the format here. */
export const CONFIG_FIELDS: readonly (keyof UrlleakConfig)[] = ['allowedHosts', 'sensitiveNames', 'ignorePaths'];
