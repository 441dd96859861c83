/**
 * Orders strings by UTF-16 code units: the same order on every machine whatever its locale (reports and SARIF files
 * diff cleanly between a laptop and CI), and no ICU collator to set up (`localeCompare`'s first call costs ~13 ms,
 * paid again by every log-scanning worker thread).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
