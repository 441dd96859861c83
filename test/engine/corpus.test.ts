import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProgram } from '../../src/engine/analyze-program.js';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { createProgram } from '../../src/engine/ast/create-program.js';
import { CORPUS_DIR, corpusFiles, knownMistakes, parseAlone, readLabels, score, type Score } from './corpus.js';

const files = corpusFiles();
const labels = readLabels(files);

function report(mode: string, result: Score): void {
  const lines = [
    `[corpus ${mode}] recall ${result.recall.toFixed(3)} precision ${result.precision.toFixed(3)}`,
    `  TP ${result.truePositives} FN ${result.falseNegatives} FP ${result.falsePositives} TN ${result.trueNegatives}/${result.negatives}`,
    ...result.mistakes.map((mistake) => `  ${mistake}`),
  ];
  console.log(lines.join('\n'));
}

describe('labeled corpus (fixtures/code)', () => {
  it('is big enough to measure: ≥ 60 cases, ≥ 10 cross-function, ≥ 5 cross-file', () => {
    const crossFunction = labels.filter((label) => label.path.includes('/cross-function/') && label.rule !== 'none');
    const crossFile = labels.filter((label) => label.programOnly);
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(crossFunction.length).toBeGreaterThanOrEqual(10);
    expect(crossFile.length).toBeGreaterThanOrEqual(5);
  });

  it('makes exactly the known mistakes in program mode (none today: recall and precision 1.0)', () => {
    const { program, errors } = createProgram({ cwd: CORPUS_DIR, files, project: join(CORPUS_DIR, 'tsconfig.json') });
    expect(errors).toEqual([]);
    if (!program) throw new Error('no program');
    const findings = analyzeProgram(program, files);
    const result = score(findings, labels, 'program');
    report('program', result);
    // Each file's findings lie in that file (the editor shows them there), whatever file the flow started in.
    for (const file of files) {
      const own = analyzeSourceFile(program.getSourceFile(file) ?? parseAlone(file), { program });
      expect(own.filter((finding) => finding.location.path !== file)).toEqual([]);
    }
    expect(result.mistakes).toEqual(knownMistakes('program'));
  });

  it('makes exactly the known mistakes in single-file mode (cross-file cases excluded)', () => {
    const findings = files.flatMap((path) => analyzeSourceFile(parseAlone(path)));
    const result = score(findings, labels, 'single-file');
    report('single-file', result);
    expect(result.mistakes).toEqual(knownMistakes('single-file'));
  });
});
