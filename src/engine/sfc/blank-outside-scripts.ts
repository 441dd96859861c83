import type { ScriptPart } from './find-script-parts.js';

const NOT_A_LINE_BREAK = /[^\r\n\u2028\u2029]/g;

/**
 * The component's text with everything outside its script parts turned into spaces: the same length and the same
 * line breaks, so an offset, line and column in it are the same in the component (a finding, an ESLint location, a
 * suggestion's edit). Parts stay separate statements: a `;` takes the first character after each part (the `<` of its
 * `</script>`), so `export default {}` in `<script>` does not become a call with `(…)` opening `<script setup>`.
 */
export function blankOutsideScripts(text: string, parts: readonly ScriptPart[]): string {
  let blanked = blank(text.slice(0, parts[0]?.start ?? text.length), false);
  for (const [index, part] of parts.entries()) {
    const next = parts[index + 1]?.start ?? text.length;
    blanked += text.slice(part.start, part.end) + blank(text.slice(part.end, next), true);
  }
  return blanked;
}

function blank(gap: string, afterPart: boolean): string {
  const spaces = gap.replace(NOT_A_LINE_BREAK, ' ');
  return afterPart && spaces.startsWith(' ') ? `;${spaces.slice(1)}` : spaces;
}
