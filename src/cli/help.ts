export const HELP = `urlleak — find auth tokens leaking through URLs, in code, in logs and in server configuration

Usage:
  urlleak code [paths...]   Analyze JS/TS sources with the TypeScript compiler
  urlleak logs [paths...|-] Scan access and app logs (plain, gzip or UTF-16; - or no path reads stdin)
  urlleak config [paths...] Read nginx, Apache, HAProxy, Caddy, Envoy, Traefik and ingress-nginx configuration for
                            access logs that record query strings or the Referer (nginx includes are followed)
  urlleak scan [paths...]   Route each file to the right engine: sources to code, logs to logs, configuration
                            (.conf, .cfg, Caddyfile, YAML, TOML) to config
  urlleak merge <sarif...>  Merge SARIF files (e.g. one per shard) into one: runs united per category,
                            findings de-duplicated; fails without output if any input is unreadable

Paths are files, directories (walked recursively) or globs. Directories skip node_modules and .git and honor
.urlleakignore; the code and config walks also honor .gitignore. With no path, code, config and scan read ".".

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif, html (a self-contained audit report)
  -o, --output <file>     Write the report to a file instead of stdout
      --ignore <glob>     Skip matching files (gitignore syntax; repeatable)
  -q, --quiet             Report errors only (no warnings or notes; stylish prints nothing when no error is
                          left); hidden findings still count toward the exit code, as in ESLint
      --max-warnings <n>  Exit 1 when there are more than n warnings
      --fail-level <lvl>  Lowest level that makes the exit code 1: error (default), warning, note
  -p, --project <file>    tsconfig.json for "code" (default: found from the working directory)
      --baseline <file>   Hide findings whose fingerprints are listed in this baseline file
      --write-baseline <file>
                          Record the fingerprints of this run's findings (after ignore comments) in a baseline file.
                          Exits 0 by design (recording accepts today's findings; 2 on an input or write error);
                          later runs with --baseline <file> hide what it recorded
      --shard <K/N>       Scan only shard K of N: files by a hash of their path, logs over 256 MiB by byte range;
                          merge the shards' SARIF with "urlleak merge"
      --color, --no-color Force color on or off (default: on when stdout is a terminal; a non-empty
                          NO_COLOR turns it off, FORCE_COLOR on even when piped; never in an --output file)
      --each-secret       Logs: one finding per distinct secret per file, at its first line, with a count
                          (default: one per file, rule, endpoint and place, summing up its secrets)
      --all-occurrences   Logs: one finding per line a secret appears on
      --redact-to <dir>   Logs: write scrubbed copies under <dir> (same relative paths; gzip stays gzip),
                          each secret replaced by [REDACTED:<fingerprint>], every other byte unchanged
                          (standard input is copied to <dir>/stdin.log, or stdin.log.gz when it is gzip)
      --threads <n>       Logs: scan with n worker threads, each with a bounded heap (default: one per core)
      --no-error-on-unmatched-pattern
                          Paths that lead to no file to scan are not an error (by default they are, exit 2)
  -h, --help              Show this help
  -v, --version           Show the version

Configuration: urlleak.config.json, or a "urlleak" key in package.json, in the working directory:
  { "allowedHosts": [...], "sensitiveNames": [...], "ignorePaths": [...] }   (see docs/configuration.md)
In code, "// urlleak-ignore-next-line <rule> -- reason" silences that rule on the next line; in configuration,
"# urlleak-ignore-next-line <rule> -- reason" does.

Exit codes:
  0  no findings at or above --fail-level (default: error), and no more warnings than --max-warnings
  1  findings: at least one at or above --fail-level, or more warnings than --max-warnings (counted
     before --quiet hides any)
  2  usage error, or an input that could not be read (other inputs are still scanned)

A progress line (bytes, MB/s, findings) goes to stderr while logs are scanned, only when stderr is a terminal.
Logs read from standard input on a terminal start with a hint on stderr: press Ctrl-D to end the input.
Secrets are never printed: findings show a redacted form and a fingerprint.
`;
