/** The environment variables the CLI reads: the color conventions below, nothing else. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface ColorInputs {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  readonly flag: boolean | undefined;
  readonly env: Environment;
  readonly stdoutIsTty: boolean;
  /** The report goes to `--output`, not to stdout. */
  readonly toFile: boolean;
}

/**
 * Whether the report is colored, the first that speaks deciding: `--color`/`--no-color`; then, for stdout only,
 * FORCE_COLOR (any non-empty value forces color even when piped, except "0" and "false", which turn it off, as in
 * Node) and NO_COLOR (any non-empty value turns it off: https://no-color.org); else color on a terminal. A report
 * written with `--output` is colored by `--color` alone: an environment set up for a terminal must not put escape
 * codes into a file.
 */
export function decideColor({ flag, env, stdoutIsTty, toFile }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env['FORCE_COLOR'];
  if (force) return force !== '0' && force !== 'false';
  if (env['NO_COLOR']) return false;
  return stdoutIsTty;
}

/** Said on stderr when urlleak reads logs from a terminal: otherwise it would wait there, silent, for input. */
export const STDIN_HINT = 'urlleak: reading from standard input; press Ctrl-D to end\n';
