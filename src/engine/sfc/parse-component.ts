import { ts } from '../ast/typescript.js';
import { blankOutsideScripts } from './blank-outside-scripts.js';
import type { ComponentKind, ScriptLanguage } from './component-kinds.js';
import { findScriptParts, type ScriptParts } from './find-script-parts.js';

/** A component's script parts, in a text of the component's length where all else is blank. */
export interface ComponentScripts {
  readonly scriptText: string;
  readonly scripts: ScriptParts;
  /** The widest language of its parts (`lang="ts"` beside a `lang="tsx"` part: `tsx`); also its extension. */
  readonly language: ScriptLanguage;
}

/** By name: reading `ts.ScriptKind` when this module loads would load TypeScript (ast/typescript.ts). */
const SCRIPT_KINDS: Readonly<Record<ScriptLanguage, keyof typeof ts.ScriptKind>> = { js: 'JS', jsx: 'JSX', ts: 'TS', tsx: 'TSX' };

/** What the engine reads of a component (blank-outside-scripts.ts): every position in it is one in the component. */
export function readComponentScripts(text: string, kind: ComponentKind): ComponentScripts {
  const scripts = findScriptParts(text, kind);
  const language = widestLanguage(scripts.parts.map((part) => part.language));
  return { scriptText: blankOutsideScripts(text, scripts.parts), scripts, language };
}

/** The source file of a component's script parts, named `fileName` (the component's own name in a program). */
export function parseComponent(
  fileName: string,
  scripts: ComponentScripts,
  languageVersionOrOptions: ts.ScriptTarget | ts.CreateSourceFileOptions,
  setParentNodes = false,
): ts.SourceFile {
  return ts.createSourceFile(
    fileName,
    scripts.scriptText,
    languageVersionOrOptions,
    setParentNodes,
    ts.ScriptKind[SCRIPT_KINDS[scripts.language]],
  );
}

function widestLanguage(languages: readonly ScriptLanguage[]): ScriptLanguage {
  const typed = languages.some((language) => language === 'ts' || language === 'tsx');
  const jsx = languages.some((language) => language === 'jsx' || language === 'tsx');
  if (typed) return jsx ? 'tsx' : 'ts';
  return jsx ? 'jsx' : 'js';
}
