import ts from 'typescript';
import { expect } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';
import { allRulesAsErrors, lintSnippet } from './lint.js';

/** Where a finding is, as both doors report it (the engine also has its level). */
export interface Place {
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  readonly level?: string;
}

/** The engine on one file, without a program. */
export function engine(code: string, fileName: string): Finding[] {
  return analyzeSourceFile(ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true));
}

export function places(code: string, fileName: string): Place[] {
  return engine(code, fileName).map((finding) => ({
    rule: finding.ruleId,
    line: finding.location.line,
    column: finding.location.column,
    level: finding.level,
  }));
}

/** What ESLint reports on the same text, with typescript-eslint's parser for TypeScript and espree for JavaScript. */
export function eslintPlaces(code: string, fileName: string): Omit<Place, 'level'>[] {
  const parser = /\.[cm]?tsx?$/.test(fileName) ? 'typescript-eslint' : 'espree';
  return lintSnippet(code, allRulesAsErrors(), parser, fileName).map((message) => ({
    rule: (message.ruleId ?? '').replace('urlleak/', ''),
    line: message.line,
    column: message.column,
  }));
}

/** 1-based line and column of the first `needle` in `code`. */
export function at(code: string, needle: string): { line: number; column: number } {
  const index = code.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not in the code`);
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** The engine and the ESLint door agree on the text: the same rules at the same lines and columns. */
export function expectBothDoors(code: string, fileName: string, expected: readonly Place[]): void {
  expect(places(code, fileName)).toEqual(expected);
  expect(eslintPlaces(code, fileName)).toEqual(expected.map(({ rule, line, column }) => ({ rule, line, column })));
}
