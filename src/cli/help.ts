export const HELP = `urlleak — find auth tokens leaking through URLs, in code and in logs

Usage:
  urlleak code [paths...]   Analyse JS/TS sources with the TypeScript compiler
  urlleak logs [paths...|-] Scan access and app logs (plain or gzip; - or no path reads stdin)
  urlleak scan [paths...]   Route each file to the right engine: sources to code, logs to logs

Paths are files, directories (walked recursively) or globs. Directories skip node_modules and .git and honour
.urlleakignore; the code walk also honours .gitignore. With no path, code and scan read ".".

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif
  -o, --output <file>     Write the report to a file instead of stdout
      --ignore <glob>     Skip matching files (gitignore syntax; repeatable)
  -q, --quiet             Report errors only (no warnings or notes)
      --max-warnings <n>  Exit 1 when there are more than n warnings
      --fail-level <lvl>  Lowest level that makes the exit code 1: error (default), warning, note
  -p, --project <file>    tsconfig.json for "code" (default: found from the working directory)
      --color, --no-color Force colour on or off (default: on when stdout is a terminal)
      --all-occurrences   Logs: report every line a secret appears on (default: its first, with a count)
      --redact-to <dir>   Logs: write scrubbed copies under <dir> (same relative paths; gzip stays gzip),
                          each secret replaced by [REDACTED:<fingerprint>], every other byte unchanged
                          (standard input is copied to <dir>/stdin.log, or stdin.log.gz when it is gzip)
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes:
  0  no findings at or above the failing level
  1  findings at or above the failing level, or more warnings than --max-warnings
  2  usage error, or an input that could not be read (other inputs are still scanned)

A progress line (bytes, MB/s, findings) goes to stderr while logs are scanned, only when stderr is a terminal.
Secrets are never printed: findings show a redacted form and a fingerprint.
`;
