import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProgram } from '../../src/engine/analyze-program.js';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { createProgram } from '../../src/engine/ast/create-program.js';
import type { Finding } from '../../src/findings/finding.js';
import { CORPUS_DIR, corpusFiles, knownMistakes, parseAlone, readLabels, score, type Label, type Score } from './corpus.js';

/** The server-side rules (issue 4), measured one by one over the whole corpus: each must hold on its own. */
const SERVER_RULES = [
  'log-raw-url',
  'log-middleware-url',
  'ws-missing-origin-check',
  'ws-insecure-scheme',
  'query-token-accepted',
] as const;

const files = corpusFiles();
const labels = readLabels(files);
const serverLabels = labels.filter((label) => label.path.includes('/server/'));

/** One rule's view: its labels are the positives, every `none` label a negative, its other findings false positives. */
function scoreRule(rule: string, findings: readonly Finding[], mode: 'program' | 'single-file'): Score {
  const ruleLabels = labels.filter((label) => label.rule === rule || label.rule === 'none');
  return score(
    findings.filter((finding) => finding.ruleId === rule),
    ruleLabels,
    mode,
  );
}

function report(mode: string, results: ReadonlyMap<string, Score>): void {
  const lines = [...results].flatMap(([rule, result]) => [
    `[server corpus ${mode}] ${rule}: recall ${result.recall.toFixed(3)} precision ${result.precision.toFixed(3)} (TP ${result.truePositives} FN ${result.falseNegatives} FP ${result.falsePositives})`,
    ...result.mistakes.map((mistake) => `  ${mistake}`),
  ]);
  console.log(lines.join('\n'));
}

/** Exactly the known mistakes (corpus-known-mistakes.json), rule by rule: a new miss or false positive fails by name. */
function expectEachRule(results: ReadonlyMap<string, Score>, mode: 'program' | 'single-file'): void {
  const known = knownMistakes(mode);
  for (const [rule, result] of results) {
    expect.soft(result.mistakes, rule).toEqual(known.filter((mistake) => mistake.includes(` ${rule} `) || mistake.includes(`:${rule}:`)));
  }
}

function positives(rule: string): Label[] {
  return labels.filter((label) => label.rule === rule);
}

describe('server rules on the labeled corpus (fixtures/code/server)', () => {
  it('has ≥ 80 server cases, positives and look-alike negatives for every rule', () => {
    expect(serverLabels.length).toBeGreaterThanOrEqual(80);
    for (const rule of SERVER_RULES) expect(positives(rule).length, rule).toBeGreaterThanOrEqual(8);
    expect(serverLabels.filter((label) => label.rule === 'none').length).toBeGreaterThanOrEqual(30);
    expect(serverLabels.filter((label) => label.programOnly).length).toBeGreaterThanOrEqual(2);
  });

  it('makes exactly the known mistakes per rule in program mode', () => {
    const { program, errors } = createProgram({ cwd: CORPUS_DIR, files, project: join(CORPUS_DIR, 'tsconfig.json') });
    expect(errors).toEqual([]);
    if (!program) throw new Error('no program');
    const findings = analyzeProgram(program, files);
    const results = new Map(SERVER_RULES.map((rule) => [rule, scoreRule(rule, findings, 'program')]));
    report('program', results);
    expectEachRule(results, 'program');
  });

  it('makes exactly the known mistakes per rule in single-file mode (cross-file cases excluded)', () => {
    const findings = files.flatMap((path) => analyzeSourceFile(parseAlone(path)));
    const results = new Map(SERVER_RULES.map((rule) => [rule, scoreRule(rule, findings, 'single-file')]));
    report('single-file', results);
    expectEachRule(results, 'single-file');
  });
});
