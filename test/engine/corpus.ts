import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { Finding } from '../../src/findings/finding.js';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../fixtures/code');

/** A label on a line of the corpus: which rule must (or, for `none`, must not) report there, and in which mode. */
export interface Label {
  readonly path: string;
  readonly line: number;
  readonly rule: string;
  readonly programOnly: boolean;
}

const LABEL = /\/\/ expect(-program)?: ([\w-]+)/;

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return corpusFiles(path);
    return /\.(?:ts|js)$/.test(entry.name) ? [path] : [];
  });
}

export function readLabels(files: readonly string[]): Label[] {
  return files.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((text, index) => {
        const match = LABEL.exec(text);
        return match?.[2] ? [{ path, line: index + 1, rule: match[2], programOnly: match[1] !== undefined }] : [];
      }),
  );
}

export interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  readonly negatives: number;
  readonly recall: number;
  readonly precision: number;
  readonly mistakes: readonly string[];
}

/** Scores findings against labels: a finding counts where it starts; any unlabeled finding is a false positive. */
export function score(findings: readonly Finding[], labels: readonly Label[], mode: 'program' | 'single-file'): Score {
  const considered = labels.filter((label) => mode === 'program' || !label.programOnly);
  const ignoredLines = new Set(labels.filter((label) => !considered.includes(label)).map((label) => `${label.path}:${label.line}`));
  const expected = considered.filter((label) => label.rule !== 'none');
  const found = new Set(findings.map((finding) => `${finding.location.path}:${finding.location.line}:${finding.ruleId}`));
  const expectedKeys = new Set(expected.map((label) => `${label.path}:${label.line}:${label.rule}`));
  const mistakes: string[] = [];
  const truePositives = expected.filter((label) => found.has(`${label.path}:${label.line}:${label.rule}`)).length;
  for (const label of expected) {
    if (!found.has(`${label.path}:${label.line}:${label.rule}`)) mistakes.push(`missed ${label.rule} at ${label.path}:${label.line}`);
  }
  const unexpected = [...new Set(findings.map((finding) => `${finding.location.path}:${finding.location.line}:${finding.ruleId}`))].filter(
    (key) => !expectedKeys.has(key) && !ignoredLines.has(key.split(':').slice(0, 2).join(':')),
  );
  for (const key of unexpected) {
    const finding = findings.find((candidate) => `${candidate.location.path}:${candidate.location.line}:${candidate.ruleId}` === key);
    mistakes.push(`unexpected ${key}: ${finding?.message ?? ''}`);
  }
  const negativeLabels = considered.filter((label) => label.rule === 'none');
  const trueNegatives = negativeLabels.filter((label) => ![...found].some((key) => key.startsWith(`${label.path}:${label.line}:`))).length;
  const falsePositives = unexpected.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives: expected.length - truePositives,
    trueNegatives,
    negatives: negativeLabels.length,
    recall: expected.length === 0 ? 1 : truePositives / expected.length,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    mistakes,
  };
}

/** The corpus mistakes known and accepted (test/engine/corpus-known-mistakes.json), by mode. */
export function knownMistakes(mode: 'program' | 'single-file'): readonly string[] {
  const known = JSON.parse(readFileSync(resolve(import.meta.dirname, 'corpus-known-mistakes.json'), 'utf8')) as Record<
    string,
    readonly string[]
  >;
  return known[mode] ?? [];
}

export function parseAlone(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}
